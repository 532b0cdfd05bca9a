#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "docx/numbering.hpp"
#include "docx/part_source.hpp"
#include "docx/properties_cache.hpp"
#include "docx/style_sheet.hpp"
#include "docx/xml_tree.hpp"
#include "model/document.hpp"

namespace qb::docx {

// Nesting (tables in cells, text boxes, content controls) deeper than this is not descended: deeper
// content is read as plain paragraphs, so hostile input cannot exhaust the stack.
inline constexpr std::size_t k_max_nesting = 64;

// Where the inline reader resumes after a container (w:hyperlink, w:ins, w:sdt...) it entered: the
// container's next sibling, and whether that sibling is inside a w:fldSimple.
struct InlineResume
{
  XmlElement next;
  bool simple_field = false;
};

// State shared by the readers of one document: the resolvers, the document being filled, and what the body
// tells the notes reader (which paragraph holds each note reference).
struct ReadContext
{
  ReadContext(const StyleSheet& style_sheet, NumberingResolver& numbering_resolver, model::Document& doc)
    : styles(style_sheet)
    , numbering(numbering_resolver)
    , document(doc)
  {
  }

  const StyleSheet& styles;
  NumberingResolver& numbering;
  model::Document& document;
  std::unordered_map<std::string, std::size_t> footnote_anchors; // w:footnoteReference id -> paragraph
  std::unordered_map<std::string, std::size_t> endnote_anchors;  // w:endnoteReference id -> paragraph
  std::size_t depth = 0;                                         // current nesting, see k_max_nesting
  std::size_t max_paragraphs = ReadLimits{}.max_paragraphs;      // see ReadLimits
  PropertiesCache properties;             // of the part being read (load_document sets it)
  std::vector<InlineResume> inline_stack; // the inline reader's stack, kept from paragraph to paragraph

  // styles.style_numbering(style_id), remembered for the last style asked about: consecutive paragraphs
  // mostly share one style, and the look-up hashes its id.
  std::pair<int, int> style_numbering(const std::string& style_id)
  {
    if (!m_numbered_style || *m_numbered_style != style_id) {
      m_numbered_style = style_id;
      m_style_numbering = styles.style_numbering(style_id);
    }
    return m_style_numbering;
  }

private:
  std::optional<std::string> m_numbered_style; // the style m_style_numbering belongs to
  std::pair<int, int> m_style_numbering;
};

// Where the paragraphs being read belong.
struct Place
{
  model::Story story = model::Story::main;
  std::optional<model::CellRef> cell; // innermost table cell
  std::optional<std::size_t> table;   // innermost enclosing table (Document::tables index)
  std::size_t table_depth = 0;        // number of enclosing tables
  std::string table_style_id;         // w:tblStyle of the innermost table
  std::optional<std::size_t> anchor;  // text boxes and notes: the paragraph they hang from
  std::string note_id;                // notes: w:id of the note
  std::optional<std::size_t> section; // notes and text boxes: the section of their anchor
};

// Complex fields open in a story (w:fldChar begin/separate/end, nested). Fields may span paragraphs, so the
// state belongs to the story, not to a paragraph.
class FieldState
{
public:
  void begin()
  {
    m_in_result.push_back(false);
    ++m_instruction_levels;
  }
  void separate()
  {
    if (!m_in_result.empty() && !m_in_result.back()) {
      m_in_result.back() = true;
      --m_instruction_levels;
    }
  }
  void end()
  {
    if (m_in_result.empty()) {
      return; // a stray end: ignore it
    }
    if (!m_in_result.back()) {
      --m_instruction_levels;
    }
    m_in_result.pop_back();
  }
  // Inside the instruction of some open field (its own or an enclosing one's): nothing here is text.
  bool in_instruction() const { return m_instruction_levels > 0; }
  // Inside the result of an open field.
  bool in_result() const { return !m_in_result.empty(); }

private:
  std::vector<bool> m_in_result; // per open field: past its separate
  std::size_t m_instruction_levels = 0;
};

} // namespace qb::docx

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "docx/numbering.hpp"
#include "docx/part_source.hpp"
#include "docx/properties_cache.hpp"
#include "docx/style_sheet.hpp"
#include "model/document.hpp"

namespace qb::docx {

// Nesting (tables in cells, text boxes, content controls) deeper than this is not descended: deeper
// content is read as plain paragraphs, so hostile input cannot exhaust the stack.
inline constexpr std::size_t k_max_nesting = 64;

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
  PropertiesCache properties; // of the part being read (load_document sets it)
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

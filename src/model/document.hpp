#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/properties.hpp"

namespace qb::model {

// The story a paragraph belongs to. Word's statistics count the main story; its dialog adds text boxes and
// notes.
enum class Story { main, textbox, footnote, endnote };
std::string_view to_string(Story story);

// What a run holds. Text-like kinds carry their characters in Run::text.
enum class RunKind {
  text,       // w:t (also a field result's text, and w:sym as its character)
  tab,        // w:tab / w:ptab: text is "\t"
  line_break, // w:br (text wrapping), w:cr: text is "\n"; not counted as a character
  page_break, // w:br type="page"/"column": text is empty
  math,       // m:t inside Office Math
};

struct Run
{
  RunKind kind = RunKind::text;
  std::string
      text; // UTF-8, exactly as a reader sees it (non-breaking hyphen U+2011, soft hyphen U+00AD kept)
  RunProperties props;
  bool hidden = false; // w:vanish resolved true: kept, but not text for counting
  bool field_result =
      false; // inside the result part of a field (between w:fldChar separate and end / fldSimple)
};

// A picture, chart or shape found in a paragraph.
enum class DrawingKind { picture, chart, shape, textbox, other };
struct Drawing
{
  DrawingKind kind = DrawingKind::other;
  bool anchored = false;   // wp:anchor (floating) rather than wp:inline
  std::string description; // alt text (wp:docPr/@descr), never counted
};

// Where a paragraph sits inside a table (0-based), for reports ("table 1, row 2, column 3").
struct CellRef
{
  std::size_t table = 0; // index into Document::tables
  std::size_t row = 0;
  std::size_t column = 0;
};

struct Paragraph
{
  Story story = Story::main;
  std::size_t index = 0;             // position in Document::paragraphs
  std::optional<CellRef> cell;       // innermost table cell, when in a table
  std::optional<std::size_t> anchor; // for text boxes and notes: the main-story paragraph they hang from
  std::string note_id;               // footnote/endnote id, for notes
  ParagraphProperties props;
  RunProperties mark; // the paragraph mark's resolved run properties
  std::vector<Run> runs;
  std::vector<Drawing> drawings;
  std::size_t section = 0; // index into Document::sections

  // The visible text: every run that is not hidden, concatenated (no numbering label). Built from the runs on
  // the first call and kept: the rules ask for it many times (the reader asks once it has read the runs, so a
  // document's paragraphs are never written to while they are checked). Change no run after the first call.
  const std::string& text() const;
  // True when text() has a character that is not a blank.
  bool has_visible_text() const;

  mutable std::optional<std::string> visible_text; // text(), once built
};

struct Table
{
  std::size_t first_paragraph = 0; // Document::paragraphs index of its first cell paragraph
  std::size_t paragraph_count = 0; // every paragraph inside, nested tables included
  std::size_t rows = 0;
  std::size_t columns = 0;           // widest row
  std::size_t depth = 0;             // 0 for a table in the body, 1 for a table in a cell...
  std::optional<std::size_t> parent; // the enclosing table for nested ones
};

// A top-level block of the main story, in reading order (what captions are judged against).
enum class BlockKind { paragraph, table };
struct Block
{
  BlockKind kind = BlockKind::paragraph;
  std::size_t index = 0; // into Document::paragraphs or Document::tables
};

enum class Orientation { portrait, landscape };

struct Section
{
  int page_width_twips = 0;                        // w:pgSz/@w:w (0 when the document does not say)
  int page_height_twips = 0;                       // w:pgSz/@w:h
  Orientation orientation = Orientation::portrait; // w:orient (portrait when absent)
  int margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0; // twips
  std::size_t last_paragraph = 0; // Document::paragraphs index of the section's last main-story paragraph
};

// Statistics the writing program stored in docProps/app.xml. Often stale or estimated: never "the count".
struct StoredStatistics
{
  std::string application; // e.g. "Microsoft Office Word", "WPS Office_12..."
  std::string app_version;
  std::optional<std::int64_t> words;
  std::optional<std::int64_t> characters;
  std::optional<std::int64_t> characters_with_spaces;
  std::optional<std::int64_t> paragraphs;
  std::optional<std::int64_t> pages;
};

// Facts about the package as a whole, for hygiene rules and `dump`.
struct DocumentFacts
{
  std::size_t insertions = 0;                // w:ins runs of tracked changes
  std::size_t deletions = 0;                 // w:del / w:moveFrom
  std::size_t format_changes = 0;            // w:rPrChange / w:pPrChange
  std::vector<std::string> revision_authors; // sorted, unique
  std::size_t comments = 0;                  // entries in the comments part
  std::size_t hidden_runs = 0;               // runs with non-empty text hidden by w:vanish
  bool strict_ooxml = false;                 // written as Strict Open XML
  std::string title;                         // docProps/core.xml dc:title
  std::string creator;                       // dc:creator
  std::string last_modified_by;
};

// The whole document, as read from the .docx.
struct Document
{
  std::string file;
  std::vector<Paragraph> paragraphs; // main story in reading order (table cells inline); each text box's
                                     // paragraphs right after the paragraph anchoring it; notes last
  std::vector<Table> tables;
  std::vector<Block> body;       // top-level main-story blocks
  std::vector<Section> sections; // at least one
  DocumentFacts facts;
  StoredStatistics stored;
};

} // namespace qb::model

#include "text/counter.hpp"

#include <unicode/utf8.h>

#include "text/char_class.hpp"
#include "text/cjk_fonts.hpp"

namespace qb::text {
namespace {

// Where the scan stands: at a word boundary, just after an Asian character, or inside a non-Asian word.
enum class Position { boundary, after_asian, in_word };

// Counts a stream of text pieces; a paragraph is one stream (words may span runs, never paragraphs).
class Tally
{
public:
  // Counts `text` (UTF-8; invalid bytes count as one non-Asian character each, like U+FFFD), with ambiguous
  // characters Asian when `ambiguous_is_asian`.
  void add_text(std::string_view text, bool ambiguous_is_asian)
  {
    const char* data = text.data();
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t offset = 0;
    while (offset < length) {
      UChar32 c = 0;
      U8_NEXT(data, offset, length, c);
      add(classify(c), ambiguous_is_asian);
    }
  }

  void add_blank()
  {
    ++m_counts.characters_with_spaces;
    m_position = Position::boundary;
  }

  void add_break() { m_position = Position::boundary; }

  const Counts& counts() const { return m_counts; }

private:
  void add(CharClass kind, bool ambiguous_is_asian)
  {
    switch (kind) {
    case CharClass::ignored: return;
    case CharClass::breaking: add_break(); return;
    case CharClass::blank: add_blank(); return;
    case CharClass::hanzi:
      ++m_counts.hanzi;
      add_asian();
      return;
    case CharClass::asian: add_asian(); return;
    case CharClass::ambiguous:
      if (ambiguous_is_asian) {
        add_asian();
      } else {
        add_word_character();
      }
      return;
    case CharClass::extend:
      // A combining mark belongs to the character before it; only a stray one starts a word.
      if (m_position == Position::boundary) {
        add_word_character();
      } else {
        add_character();
      }
      return;
    case CharClass::other: add_word_character(); return;
    }
  }

  void add_character()
  {
    ++m_counts.characters;
    ++m_counts.characters_with_spaces;
  }

  void add_asian()
  {
    add_character();
    ++m_counts.asian;
    ++m_counts.words;
    m_position = Position::after_asian;
  }

  void add_word_character()
  {
    add_character();
    if (m_position != Position::in_word) {
      ++m_counts.non_asian_words;
      ++m_counts.words;
      m_position = Position::in_word;
    }
  }

  Counts m_counts;
  Position m_position = Position::boundary;
};

// The run-level decision for ambiguous characters (docs/counting.md, "Where Word and WPS differ").
bool ambiguous_is_asian(const model::RunProperties& props, CountingMode mode)
{
  if (props.fonts.hint == model::FontHint::east_asia) {
    return true;
  }
  if (mode == CountingMode::word) {
    return false;
  }
  // Ambiguous characters are not ASCII, so they take the hAnsi font; the ascii font stands in when no hAnsi
  // font is named anywhere.
  const auto& font = props.fonts.h_ansi.value.empty() ? props.fonts.ascii.value : props.fonts.h_ansi.value;
  return is_cjk_font(font);
}

void add_label(const model::Paragraph& paragraph, CountingMode mode, Tally& tally)
{
  if (mode != CountingMode::word || !paragraph.props.numbering) {
    return;
  }
  const auto& numbering = *paragraph.props.numbering;
  tally.add_text(numbering.label, ambiguous_is_asian(paragraph.mark, mode));
  tally.add_text(numbering.suffix, false);
}

void add_run(const model::Run& run, CountingMode mode, Tally& tally)
{
  if (run.hidden) {
    return; // not displayed: neither counted nor a word boundary
  }
  switch (run.kind) {
  case model::RunKind::text:
  case model::RunKind::math: tally.add_text(run.text, ambiguous_is_asian(run.props, mode)); return;
  case model::RunKind::tab: tally.add_blank(); return;
  case model::RunKind::line_break:
  case model::RunKind::page_break: tally.add_break(); return;
  }
}

} // namespace

Counts& Counts::operator+=(const Counts& other)
{
  words += other.words;
  asian += other.asian;
  non_asian_words += other.non_asian_words;
  characters += other.characters;
  characters_with_spaces += other.characters_with_spaces;
  hanzi += other.hanzi;
  return *this;
}

Counts StoryCounts::document() const
{
  Counts total = main;
  total += textboxes;
  total += footnotes;
  total += endnotes;
  return total;
}

Counter::Counter(CountingMode mode)
  : m_mode(mode)
{
}

void Counter::add(const model::Paragraph& paragraph)
{
  m_counts += count_paragraph(paragraph, m_mode);
}

Counts count_paragraph(const model::Paragraph& paragraph, CountingMode mode)
{
  Tally tally;
  add_label(paragraph, mode, tally);
  for (const auto& run : paragraph.runs) {
    add_run(run, mode, tally);
  }
  return tally.counts();
}

Counts count_text(std::string_view text, bool ambiguous_as_asian)
{
  Tally tally;
  tally.add_text(text, ambiguous_as_asian);
  return tally.counts();
}

StoryCounts count_document(const model::Document& document, CountingMode mode)
{
  StoryCounts result;
  for (const auto& paragraph : document.paragraphs) {
    const auto counts = count_paragraph(paragraph, mode);
    switch (paragraph.story) {
    case model::Story::main: result.main += counts; break;
    case model::Story::textbox: result.textboxes += counts; break;
    case model::Story::footnote: result.footnotes += counts; break;
    case model::Story::endnote: result.endnotes += counts; break;
    }
  }
  return result;
}

} // namespace qb::text

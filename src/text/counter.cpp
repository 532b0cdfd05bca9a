#include "text/counter.hpp"

#include <array>

#include "text/char_class.hpp"
#include "text/cjk_fonts.hpp"
#include "text/utf8.hpp"

namespace qb::text {
namespace {

// Adds to `asian` (and to `hanzi` those of them that are Han ideographs) the Asian characters of `data` from
// `offset` on while each is a well-formed three-byte sequence that next_utf8() decodes inline (E1..EC, EE..EF
// and two continuation bytes: most of a Chinese text) whose remembered class is hanzi or asian; returns the
// offset of the first character that is not one (or `length`). The same characters and classes as
// next_utf8() and classify() one by one, in a loop without calls (a class not yet remembered stops it), so
// that its counters stay in registers.
inline std::int32_t tally_asian_run(const char* data, std::int32_t offset, std::int32_t length,
                                    std::int64_t& asian, std::int64_t& hanzi)
{
  constexpr auto k_known_hanzi = static_cast<std::uint8_t>(static_cast<std::uint8_t>(CharClass::hanzi) + 1);
  constexpr auto k_known_asian = static_cast<std::uint8_t>(static_cast<std::uint8_t>(CharClass::asian) + 1);
  const auto* const start = reinterpret_cast<const unsigned char*>(data) + offset;
  const auto* const end = reinterpret_cast<const unsigned char*>(data) + length;
  const auto* p = start;
  std::int64_t han = 0;
  while (end - p >= 3) {
    const unsigned lead = p[0];
    const unsigned second = p[1] ^ 0x80u;
    const unsigned third = p[2] ^ 0x80u;
    if (lead - 0xE1u > 0xEFu - 0xE1u || lead == 0xED || (second | third) >= 0x40) {
      break;
    }
    const unsigned c = ((lead & 0x0Fu) << 12) | (second << 6) | third;
    const std::uint8_t known = detail::g_bmp_classes[c].load(std::memory_order_relaxed);
    if (known == k_known_hanzi) {
      ++han;
    } else if (known != k_known_asian) {
      break;
    }
    p += 3;
  }
  asian += (p - start) / 3;
  hanzi += han;
  return offset + static_cast<std::int32_t>(p - start);
}

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
      add(classify(next_utf8(data, offset, length)), ambiguous_is_asian);
    }
  }

  // Counts `text` in this tally and in `other` at once (each character decoded and classified once), with
  // each tally's own decision for ambiguous characters. A run of Asian characters (most of a Chinese text)
  // counts the same in both modes and whatever came before it, so it is only tallied inside the loop and
  // added to both tallies where it ends.
  void add_text_to_both(std::string_view text, bool ambiguous_is_asian, Tally& other, bool other_ambiguous)
  {
    const char* data = text.data();
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t offset = 0;
    std::int64_t asian = 0; // of the current run of Asian characters
    std::int64_t hanzi = 0;
    while (offset < length) {
      offset = tally_asian_run(data, offset, length, asian, hanzi);
      if (offset == length) {
        break;
      }
      const CharClass kind = classify(next_utf8(data, offset, length));
      if (kind == CharClass::hanzi) {
        ++asian;
        ++hanzi;
        continue;
      }
      if (kind == CharClass::asian) {
        ++asian;
        continue;
      }
      if (asian != 0) {
        add_asian_run(asian, hanzi);
        other.add_asian_run(asian, hanzi);
        asian = hanzi = 0;
      }
      add(kind, ambiguous_is_asian);
      other.add(kind, other_ambiguous);
    }
    if (asian != 0) {
      add_asian_run(asian, hanzi);
      other.add_asian_run(asian, hanzi);
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
  // Always inlined: called for every character, twice when both modes are counted at once.
  [[gnu::always_inline]] void add(CharClass kind, bool ambiguous_is_asian)
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

  // What `asian` calls of add_asian() do, `hanzi` of them for Han ideographs.
  void add_asian_run(std::int64_t asian, std::int64_t hanzi)
  {
    m_counts.characters += asian;
    m_counts.characters_with_spaces += asian;
    m_counts.asian += asian;
    m_counts.words += asian;
    m_counts.hanzi += hanzi;
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

std::array<Counts, 2> count_paragraph_in_both_modes(const model::Paragraph& paragraph)
{
  Tally word;
  Tally wps;
  add_label(paragraph, CountingMode::word, word);
  for (const auto& run : paragraph.runs) {
    if (run.hidden) {
      continue;
    }
    switch (run.kind) {
    case model::RunKind::text:
    case model::RunKind::math:
      word.add_text_to_both(run.text, ambiguous_is_asian(run.props, CountingMode::word), wps,
                            ambiguous_is_asian(run.props, CountingMode::wps));
      break;
    case model::RunKind::tab:
      word.add_blank();
      wps.add_blank();
      break;
    case model::RunKind::line_break:
    case model::RunKind::page_break:
      word.add_break();
      wps.add_break();
      break;
    }
  }
  return {word.counts(), wps.counts()};
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

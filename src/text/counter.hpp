#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "model/document.hpp"

namespace qb::text {

// Which word processor's 字数 to reproduce (docs/counting.md). Stable strings: "word", "wps".
enum class CountingMode { word, wps };
std::string_view to_string(CountingMode mode);
// Parses "word" / "wps"; false on anything else.
bool parse_counting_mode(std::string_view text, CountingMode& out);

// The figures of the word-count dialog, plus CJK ideographs alone.
struct Counts
{
  std::int64_t words = 0;                  // 字数 = asian + non_asian_words
  std::int64_t asian = 0;                  // 中文字符和朝鲜语单词
  std::int64_t non_asian_words = 0;        // 非中文单词
  std::int64_t characters = 0;             // 字符数(不计空格)
  std::int64_t characters_with_spaces = 0; // 字符数(计空格)
  std::int64_t hanzi = 0;                  // CJK ideographs only

  Counts& operator+=(const Counts& other);
};

// Counts per story; document() is what the dialog shows by default (all stories), main what app.xml covers.
struct StoryCounts
{
  Counts main; // body paragraphs and tables
  Counts textboxes;
  Counts footnotes;
  Counts endnotes;

  Counts document() const;
};

// Counts paragraphs one at a time. A paragraph end always ends a non-Asian word; within a paragraph a word
// may span runs. Hidden runs are skipped. In word mode the paragraph's automatic number (and the tab or space
// after it) is counted; in wps mode it is not.
class Counter
{
public:
  explicit Counter(CountingMode mode);

  void add(const model::Paragraph& paragraph);
  const Counts& counts() const { return m_counts; }

private:
  CountingMode m_mode;
  Counts m_counts;
};

// Counts a single paragraph (rules and examples: docs/counting.md).
Counts count_paragraph(const model::Paragraph& paragraph, CountingMode mode);

// count_paragraph in both modes, indexed by CountingMode (word, wps), in one pass over the text: the modes
// differ only in the numbering label and in which ambiguous characters are Asian.
std::array<Counts, 2> count_paragraph_in_both_modes(const model::Paragraph& paragraph);

// Counts `text` (UTF-8) as the body of one paragraph: ambiguous characters are Asian when
// `ambiguous_as_asian` (as for a run with the East Asian hint). For rules that count a plain string.
Counts count_text(std::string_view text, bool ambiguous_as_asian);

// Counts every story of `document`: each paragraph is added to the Counts of its Paragraph::story (main
// includes table cells).
StoryCounts count_document(const model::Document& document, CountingMode mode);

} // namespace qb::text

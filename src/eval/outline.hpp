#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "text/counter.hpp"

namespace qb::eval {

// Where one part of the summary document lies: its heading paragraph and the main-story paragraph range of
// its content [first, end) (Document::paragraphs indices; text boxes and notes are attributed by anchor).
struct PartSpan
{
  std::string id;                     // "title", "summary", "overview", "method", "results"
  std::optional<std::size_t> heading; // none for the title
  std::size_t first = 0;
  std::size_t end = 0;
};

// The parts found in a document, in document order, by the rule set's heading patterns (after NFKC
// normalisation and stripping typed or automatic numbering such as "一、", "（一）", "1.", "第一部分").
class Outline
{
public:
  Outline() = default;
  explicit Outline(std::vector<PartSpan> parts)
    : m_parts(std::move(parts))
  {
  }

  const std::vector<PartSpan>& parts() const { return m_parts; }
  const PartSpan* find(std::string_view id) const;
  // The part a paragraph belongs to (by anchor for text boxes and notes), or null (before the first part).
  const PartSpan* part_of(const model::Document& document, std::size_t paragraph) const;
  // True when `paragraph` is some part's heading.
  bool is_heading(std::size_t paragraph) const;

  // The 字 counts of `document`'s paragraph `index` in `mode` (text::count_paragraph), counted once and then
  // remembered: the rules and the per-part table count the same paragraphs several times, in both modes. An
  // outline is used by the one thread evaluating its document, so the cache needs no lock.
  const text::Counts& paragraph_counts(const model::Document& document, std::size_t index,
                                       text::CountingMode mode) const;

private:
  std::vector<PartSpan> m_parts;
  mutable const model::Document* m_counted = nullptr;                       // the document m_counts belong to
  mutable std::array<std::vector<std::optional<text::Counts>>, 2> m_counts; // by CountingMode, by paragraph
};

} // namespace qb::eval

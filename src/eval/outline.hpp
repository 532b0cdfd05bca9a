#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eval/part_inclusion.hpp"
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

  // What a part or a paragraph counts in both modes, by CountingMode (word, wps).
  using BothModes = std::array<text::Counts, 2>;
  // part_index() of a paragraph in no part.
  static constexpr std::size_t k_no_part = static_cast<std::size_t>(-1);

  const std::vector<PartSpan>& parts() const { return m_parts; }
  const PartSpan* find(std::string_view id) const;
  // The part a paragraph belongs to (by anchor for text boxes and notes), or null (before the first part).
  const PartSpan* part_of(const model::Document& document, std::size_t paragraph) const;
  // The same as a position in parts(), or k_no_part; found for every paragraph of `document` at the first
  // call and then remembered.
  std::size_t part_index(const model::Document& document, std::size_t paragraph) const;
  // True when `paragraph` is some part's heading.
  bool is_heading(std::size_t paragraph) const;
  // The same, remembered for every paragraph of `document` with part_index().
  bool is_heading(const model::Document& document, std::size_t paragraph) const;

  // Where a paragraph lies: what part_index() and is_heading() answer.
  struct ParagraphPlace
  {
    std::size_t part = k_no_part;
    bool heading = false;
  };
  // The places of all of `document`'s paragraphs, by index: for loops over every paragraph.
  const std::vector<ParagraphPlace>& places(const model::Document& document) const
  {
    if (m_places.size() != document.paragraphs.size() || m_counted != &document) {
      place_paragraphs(document);
    }
    return m_places;
  }

  // The 字 counts of `document`'s paragraph `index` in `mode` (text::count_paragraph), counted once and then
  // remembered: the rules and the per-part table count the same paragraphs several times, in both modes. An
  // outline is used by the one thread evaluating its document, so what it remembers needs no lock.
  const text::Counts& paragraph_counts(const model::Document& document, std::size_t index,
                                       text::CountingMode mode) const;
  const BothModes& paragraph_counts(const model::Document& document, std::size_t index) const;

  // The counts of every part (by position in parts()) with `inclusion` (count_all_parts), counted once per
  // inclusion and then remembered: the part lengths, the other-mode check and the per-part table ask for the
  // same parts up to five times each. The reference is valid until the next call with another inclusion.
  const std::vector<BothModes>& part_counts(const model::Document& document,
                                            const PartInclusion& inclusion) const;

private:
  // Forgets what was remembered when `document` is not the one it belongs to (another document, or the same
  // one moved or changed in size).
  void remember_for(const model::Document& document) const
  {
    if (m_counted != &document || m_paragraph_count != document.paragraphs.size()) {
      forget_all_but(document);
    }
  }
  void forget_all_but(const model::Document& document) const;
  void place_paragraphs(const model::Document& document) const;
  struct PartCountsMemo
  {
    std::uint8_t inclusion = 0; // PartInclusion::key()
    std::vector<BothModes> counts;
  };

  std::vector<PartSpan> m_parts;
  mutable const model::Document* m_counted = nullptr; // the document all below belong to
  mutable std::size_t m_paragraph_count = 0;          // its paragraphs when they were remembered
  mutable std::vector<BothModes> m_counts;            // by paragraph, valid where m_known
  mutable std::vector<bool> m_known;
  mutable std::vector<ParagraphPlace> m_places; // by paragraph; empty until first asked
  mutable std::vector<PartCountsMemo> m_part_counts;
};

} // namespace qb::eval

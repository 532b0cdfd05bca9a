#include "eval/outline.hpp"

#include <algorithm>

#include "eval/part_counter.hpp"

namespace qb::eval {

const PartSpan* Outline::find(std::string_view id) const
{
  auto it = std::find_if(m_parts.begin(), m_parts.end(), [&](const PartSpan& span) { return span.id == id; });
  return it == m_parts.end() ? nullptr : &*it;
}

const PartSpan* Outline::part_of(const model::Document& document, std::size_t paragraph) const
{
  const std::size_t part = part_index(document, paragraph);
  return part == k_no_part ? nullptr : &m_parts[part];
}

std::size_t Outline::part_index(const model::Document& document, std::size_t paragraph) const
{
  if (paragraph >= document.paragraphs.size()) {
    return k_no_part;
  }
  return places(document)[paragraph].part;
}

bool Outline::is_heading(std::size_t paragraph) const
{
  return std::any_of(m_parts.begin(), m_parts.end(),
                     [&](const PartSpan& span) { return span.heading && *span.heading == paragraph; });
}

bool Outline::is_heading(const model::Document& document, std::size_t paragraph) const
{
  if (paragraph >= document.paragraphs.size()) {
    return is_heading(paragraph);
  }
  return places(document)[paragraph].heading;
}

void Outline::forget_all_but(const model::Document& document) const
{
  m_counted = &document;
  m_paragraph_count = document.paragraphs.size();
  m_counts.assign(m_paragraph_count, BothModes{});
  m_known.assign(m_paragraph_count, false);
  m_places.clear();
  m_part_counts.clear();
}

void Outline::place_paragraphs(const model::Document& document) const
{
  remember_for(document);
  if (!m_places.empty() || m_paragraph_count == 0) {
    return;
  }
  m_places.resize(m_paragraph_count);
  for (std::size_t paragraph = 0; paragraph < m_paragraph_count; ++paragraph) {
    ParagraphPlace& place = m_places[paragraph];
    place.heading = is_heading(paragraph);
    // Text boxes and notes belong where their anchor is; the first span that holds the paragraph (as its
    // heading or in its range) is its part.
    const auto& item = document.paragraphs[paragraph];
    std::size_t index = paragraph;
    if (item.story != model::Story::main) {
      if (!item.anchor) {
        continue;
      }
      index = *item.anchor;
    }
    for (std::size_t part = 0; part < m_parts.size(); ++part) {
      const PartSpan& span = m_parts[part];
      if ((span.heading && *span.heading == index) || (index >= span.first && index < span.end)) {
        place.part = part;
        break;
      }
    }
  }
}

const text::Counts& Outline::paragraph_counts(const model::Document& document, std::size_t index,
                                              text::CountingMode mode) const
{
  return paragraph_counts(document, index)[static_cast<std::size_t>(mode)];
}

const Outline::BothModes& Outline::paragraph_counts(const model::Document& document, std::size_t index) const
{
  remember_for(document);
  if (!m_known[index]) {
    // Both modes at once: the rule set counts every part in both (the part lengths and the other-mode check),
    // and decoding the text is most of the cost.
    m_counts[index] = text::count_paragraph_in_both_modes(document.paragraphs[index]);
    m_known[index] = true;
  }
  return m_counts[index];
}

const std::vector<Outline::BothModes>& Outline::part_counts(const model::Document& document,
                                                            const PartInclusion& inclusion) const
{
  remember_for(document);
  const std::uint8_t key = inclusion.key();
  for (const auto& memo : m_part_counts) {
    if (memo.inclusion == key) {
      return memo.counts;
    }
  }
  // Counted before it is stored: count_all_parts asks this outline for paragraph counts.
  auto counts = count_all_parts(document, *this, inclusion);
  return m_part_counts.emplace_back(PartCountsMemo{key, std::move(counts)}).counts;
}

} // namespace qb::eval

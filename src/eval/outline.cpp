#include "eval/outline.hpp"

#include <algorithm>

namespace qb::eval {

const PartSpan* Outline::find(std::string_view id) const
{
  auto it = std::find_if(m_parts.begin(), m_parts.end(), [&](const PartSpan& span) { return span.id == id; });
  return it == m_parts.end() ? nullptr : &*it;
}

const PartSpan* Outline::part_of(const model::Document& document, std::size_t paragraph) const
{
  if (paragraph >= document.paragraphs.size()) {
    return nullptr;
  }
  // Text boxes and notes belong where their anchor is.
  const auto& item = document.paragraphs[paragraph];
  std::size_t index = paragraph;
  if (item.story != model::Story::main) {
    if (!item.anchor) {
      return nullptr;
    }
    index = *item.anchor;
  }
  for (const auto& span : m_parts) {
    if ((span.heading && *span.heading == index) || (index >= span.first && index < span.end)) {
      return &span;
    }
  }
  return nullptr;
}

bool Outline::is_heading(std::size_t paragraph) const
{
  return std::any_of(m_parts.begin(), m_parts.end(),
                     [&](const PartSpan& span) { return span.heading && *span.heading == paragraph; });
}

const text::Counts& Outline::paragraph_counts(const model::Document& document, std::size_t index,
                                              text::CountingMode mode) const
{
  if (m_counted != &document) {
    m_counted = &document; // another document (or the same one moved): nothing remembered applies
    m_counts = {};
  }
  for (auto& counts : m_counts) {
    if (counts.size() != document.paragraphs.size()) {
      counts.assign(document.paragraphs.size(), std::nullopt);
    }
  }
  auto& slot = m_counts[static_cast<std::size_t>(mode)][index];
  if (!slot) {
    // Both modes at once: the rule set counts every part in both (the part lengths and the other-mode check),
    // and decoding the text is most of the cost.
    const auto both = text::count_paragraph_in_both_modes(document.paragraphs[index]);
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
      m_counts[i][index] = both[i];
    }
  }
  return *slot;
}

} // namespace qb::eval

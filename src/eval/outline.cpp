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
  auto& counts = m_counts[mode == text::CountingMode::word ? 0 : 1];
  if (counts.size() != document.paragraphs.size()) {
    counts.assign(document.paragraphs.size(), std::nullopt);
  }
  auto& slot = counts[index];
  if (!slot) {
    slot = text::count_paragraph(document.paragraphs[index], mode);
  }
  return *slot;
}

} // namespace qb::eval

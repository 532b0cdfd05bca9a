#include "eval/part_counter.hpp"

#include "eval/caption.hpp"

namespace qb::eval {
namespace {

bool in_span(const PartSpan& span, std::size_t index)
{
  return index >= span.first && index < span.end && !(span.heading && *span.heading == index);
}

bool included(const model::Paragraph& paragraph, const PartInclusion& inclusion)
{
  switch (paragraph.story) {
  case model::Story::textbox: return inclusion.textboxes;
  case model::Story::footnote: return inclusion.footnotes;
  case model::Story::endnote: return inclusion.endnotes;
  case model::Story::main: break;
  }
  if (paragraph.cell) {
    return inclusion.tables;
  }
  return inclusion.captions || !parse_caption(paragraph);
}

} // namespace

text::Counts count_part(const model::Document& document, const Outline& outline, std::string_view part_id,
                        text::CountingMode mode, const PartInclusion& inclusion)
{
  text::Counts counts;
  const PartSpan* span = outline.find(part_id);
  if (span == nullptr) {
    return counts;
  }
  for (const auto& paragraph : document.paragraphs) {
    // Text boxes and notes count where their anchor is, each once.
    std::size_t where = paragraph.index;
    if (paragraph.story != model::Story::main) {
      if (!paragraph.anchor) {
        continue;
      }
      where = *paragraph.anchor;
      if (span->heading && *span->heading == where) {
        where = span->first; // a text box hanging from the heading belongs to the part
      }
    }
    if (in_span(*span, where) && included(paragraph, inclusion)) {
      const auto position = static_cast<std::size_t>(&paragraph - document.paragraphs.data());
      counts += outline.paragraph_counts(document, position, mode);
    }
  }
  return counts;
}

} // namespace qb::eval

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
  const PartSpan* span = outline.find(part_id);
  if (span == nullptr) {
    return {};
  }
  const auto part = static_cast<std::size_t>(span - outline.parts().data());
  return outline.part_counts(document, inclusion)[part][static_cast<std::size_t>(mode)];
}

std::vector<std::array<text::Counts, 2>>
count_all_parts(const model::Document& document, const Outline& outline, const PartInclusion& inclusion)
{
  const auto& spans = outline.parts();
  std::vector<std::array<text::Counts, 2>> counts(spans.size());
  for (const auto& paragraph : document.paragraphs) {
    // Text boxes and notes count where their anchor is, each once in each part.
    std::size_t anchor = paragraph.index;
    const bool anchored = paragraph.story != model::Story::main;
    if (anchored) {
      if (!paragraph.anchor) {
        continue;
      }
      anchor = *paragraph.anchor;
    }
    // Whether the paragraph is included, found when some span holds it (a caption test is not free).
    int wanted = -1;
    for (std::size_t part = 0; part < spans.size(); ++part) {
      const PartSpan& span = spans[part];
      std::size_t where = anchor;
      if (anchored && span.heading && *span.heading == where) {
        where = span.first; // a text box hanging from the heading belongs to the part
      }
      if (!in_span(span, where)) {
        continue;
      }
      if (wanted < 0) {
        wanted = included(paragraph, inclusion) ? 1 : 0;
      }
      if (wanted == 0) {
        break;
      }
      const auto position = static_cast<std::size_t>(&paragraph - document.paragraphs.data());
      const auto& both = outline.paragraph_counts(document, position);
      counts[part][0] += both[0];
      counts[part][1] += both[1];
    }
  }
  return counts;
}

} // namespace qb::eval

#include "docx/paragraph_reader.hpp"

#include <algorithm>
#include <string_view>

#include "core/input_error.hpp"
#include "docx/element_name.hpp"
#include "docx/run_reader.hpp"
#include "docx/value_reader.hpp"

namespace qb::docx {

namespace {

// Word has nine list levels (0-8).
constexpr int k_max_list_level = 8;

std::optional<int> child_integer(const XmlElement& parent, std::string_view name)
{
  const auto element = parent.child(name);
  if (!element) {
    return std::nullopt;
  }
  const auto value = read_integer(element.attribute("w:val"));
  if (!value || *value < 0 || *value > 1'000'000'000) {
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

// p.child("w:pPr"), without a walk over the paragraph's children when it comes first (as Word writes it).
XmlElement paragraph_properties(const XmlElement& p)
{
  const XmlElement first = p.first_child();
  return name_is(first.name(), "w:pPr") ? first : p.child("w:pPr");
}

// The list a paragraph belongs to: w:numId and w:ilvl each come from the direct w:numPr when it gives them,
// else from the paragraph style's numbering.
std::optional<model::Numbering> resolve_numbering(const XmlElement& num_pr, const std::string& style_id,
                                                  ReadContext& ctx)
{
  auto num_id = child_integer(num_pr, "w:numId");
  auto level = child_integer(num_pr, "w:ilvl");
  if (!num_id || !level) {
    const auto [style_num_id, style_level] = ctx.style_numbering(style_id);
    if (!num_id) {
      num_id = style_num_id;
      if (!level) {
        level = style_level;
      }
    } else if (!level && style_num_id == *num_id) {
      level = style_level;
    }
  }
  if (!num_id || *num_id == 0) {
    return std::nullopt;
  }
  return ctx.numbering.next(*num_id, std::clamp(level.value_or(0), 0, k_max_list_level));
}

} // namespace

ParagraphRead read_paragraph(const XmlElement& p, const Place& place, FieldState& fields, ReadContext& ctx)
{
  auto& paragraphs = ctx.document.paragraphs;
  ParagraphRead result;
  result.index = paragraphs.size();
  if (result.index >= ctx.max_paragraphs) {
    throw InputError(InputErrorCode::too_many_paragraphs, ctx.document.file,
                     std::to_string(result.index + 1) + " > " + std::to_string(ctx.max_paragraphs));
  }

  // Built in place (nothing else appends paragraphs while its runs are read); cached properties are copied
  // straight into it, without a temporary.
  model::Paragraph& paragraph = paragraphs.emplace_back();
  paragraph.story = place.story;
  paragraph.index = result.index;
  paragraph.cell = place.cell;
  paragraph.anchor = place.anchor;
  paragraph.note_id = place.note_id;
  paragraph.section = place.section.value_or(ctx.document.sections.size());

  const XmlElement p_pr = paragraph_properties(p);
  // The paragraph mark's run properties, the numbering and the section.
  const auto [mark_pr, numbering, section] = first_children(p_pr, {"w:rPr", "w:numPr", "w:sectPr"});
  paragraph.props = ctx.properties.paragraph(ctx.styles, p_pr, place.table_style_id);
  paragraph.mark = ctx.properties.run(ctx.styles, mark_pr, paragraph.props.style_id, place.table_style_id);
  if (place.story == model::Story::main || place.story == model::Story::textbox) {
    paragraph.props.numbering = resolve_numbering(numbering, paragraph.props.style_id, ctx);
  }
  read_inline(p, paragraph, place, fields, ctx, result.text_boxes);
  paragraph.text(); // built now, on this thread, and kept for the rules
  result.section = section;
  return result;
}

} // namespace qb::docx

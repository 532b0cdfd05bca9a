#pragma once

#include <optional>
#include <string_view>

#include "model/document.hpp"

namespace qb::eval {

// What a caption labels. Stable strings: "table", "figure".
enum class CaptionKind { table, figure };
std::string_view to_string(CaptionKind kind);

// The label a caption starts with: 表3 -> {table, 3}, 图 12 -> {figure, 12}.
struct CaptionLabel
{
  CaptionKind kind = CaptionKind::table;
  int number = 0;

  bool operator==(const CaptionLabel&) const = default;
};

// Recognises a caption by its text (REQUIREMENTS D): after leading blanks (also U+3000), the text starts with
// 表 or 图, optional blanks, then a number in ASCII or full-width digits ("表1", "表 1", "图１-2" -> 1).
// "表明…", "图表…" and "表一" are not captions. Hidden text and numbering labels are not looked at.
std::optional<CaptionLabel> parse_caption_text(std::string_view text);

// parse_caption_text on the paragraph's visible text.
std::optional<CaptionLabel> parse_caption(const model::Paragraph& paragraph);

} // namespace qb::eval

#pragma once

#include <string_view>

namespace qb::text {

// True when `font_name` names a Chinese, Japanese or Korean font: the name contains a CJK character (宋体,
// 等线, ＭＳ 明朝), or its Latin name is in the short table of cjk_fonts.cpp (SimSun, DengXian, Microsoft
// YaHei, MS Mincho...), compared without regard to case. WPS counts ambiguous characters set in such a font
// as Asian (docs/counting.md).
bool is_cjk_font(std::string_view font_name);

} // namespace qb::text

#pragma once

#include <string>
#include <string_view>

namespace qb::docx {

// Renders `value` in the numbering format `num_fmt` (a w:numFmt/@w:val such as "decimal", "upperRoman",
// "chineseCounting", "decimalEnclosedCircle"), the way Word draws the number of a list level.
// Formats with a bounded alphabet (①..⑳, 甲..癸, 子..亥, ⑴..⒇, ⒈..⒛) and values outside a format's range
// (zero or negative for letters and Roman numerals, above 3999 for Roman numerals) fall back to decimal,
// as Word does. "bullet" and "none" give an empty string (a bullet's character is its w:lvlText). Unknown
// formats render as decimal.
std::string format_number(int value, std::string_view num_fmt);

// Chinese numerals spelled with units, e.g. 21 -> "二十一", 101 -> "一百零一", 10 -> "十" (chineseCounting,
// chineseCountingThousand, japaneseCounting). Values below 1 or above 99,999,999 fall back to decimal,
// except 0 which is "〇".
std::string chinese_counting(int value);

// Financial (大写) numerals, e.g. 11 -> "壹拾壹", 105 -> "壹佰零伍" (chineseLegalSimplified).
std::string chinese_legal_simplified(int value);

} // namespace qb::docx

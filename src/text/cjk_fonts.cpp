#include "text/cjk_fonts.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <unicode/utf8.h>

#include "text/char_class.hpp"

namespace qb::text {
namespace {

// The Latin names under which Windows, macOS and WPS install CJK fonts. Being a CJK font is a property of the
// font, not of any rule set, so the list lives here rather than in a YAML rule file. Fonts whose names are
// written in CJK characters (宋体, 微软雅黑, 方正小标宋简体...) need no entry: the name itself says so.
constexpr std::string_view k_cjk_latin_names[] = {
    // Simplified Chinese (Windows, Office, WPS)
    "SimSun", "NSimSun", "SimSun-ExtB", "SimHei", "FangSong", "FangSong_GB2312", "KaiTi", "KaiTi_GB2312",
    "DengXian", "DengXian Light", "Microsoft YaHei", "Microsoft YaHei UI", "Microsoft YaHei Light", "LiSu",
    "YouYuan", "STSong", "STZhongsong", "STFangsong", "STKaiti", "STHeiti", "STXihei", "STXinwei", "STLiti",
    "STCaiyun", "STHupo", "STXingkai",
    // Simplified Chinese (macOS)
    "PingFang SC", "Songti SC", "Heiti SC", "Kaiti SC", "Hiragino Sans GB",
    // Traditional Chinese
    "MingLiU", "PMingLiU", "Microsoft JhengHei", "DFKai-SB",
    // Japanese
    "MS Mincho", "MS PMincho", "MS Gothic", "MS PGothic", "Yu Mincho", "Yu Gothic", "Meiryo",
    // Korean
    "Batang", "BatangChe", "Gulim", "GulimChe", "Dotum", "Gungsuh", "Malgun Gothic",
    // Pan-CJK families
    "Source Han Sans", "Source Han Serif"};

bool equal_ignoring_case(std::string_view a, std::string_view b)
{
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool contains_ignoring_case(std::string_view text, std::string_view part)
{
  return std::search(text.begin(), text.end(), part.begin(), part.end(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         }) != text.end();
}

bool has_cjk_character(std::string_view name)
{
  std::int32_t offset = 0;
  const auto length = static_cast<std::int32_t>(name.size());
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(name.data(), offset, length, c);
    const auto kind = classify(c);
    if (kind == CharClass::asian || kind == CharClass::hanzi) {
      return true;
    }
  }
  return false;
}

} // namespace

bool is_cjk_font(std::string_view font_name)
{
  if (font_name.empty()) {
    return false;
  }
  if (has_cjk_character(font_name)) {
    return true;
  }
  // Noto Sans CJK SC, Noto Serif CJK TC...: the family says CJK in its name.
  if (contains_ignoring_case(font_name, "CJK")) {
    return true;
  }
  return std::any_of(std::begin(k_cjk_latin_names), std::end(k_cjk_latin_names),
                     [&](std::string_view known) { return equal_ignoring_case(font_name, known); });
}

} // namespace qb::text

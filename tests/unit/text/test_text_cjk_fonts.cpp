#include <catch2/catch.hpp>

#include "text/cjk_fonts.hpp"

using namespace qb;

TEST_CASE("fonts named in CJK characters are CJK fonts", "[count]")
{
  for (const char* name : {"宋体", "等线", "黑体", "仿宋", "楷体", "微软雅黑", "方正小标宋简体",
                           "仿宋_GB2312", "ＭＳ 明朝", "맑은 고딕", "华文中宋"}) {
    INFO(name);
    CHECK(text::is_cjk_font(name));
  }
}

TEST_CASE("CJK fonts are known by their Latin names regardless of case", "[count]")
{
  for (const char* name : {"SimSun", "simsun", "DengXian", "Microsoft YaHei", "MICROSOFT YAHEI", "MS Mincho",
                           "KaiTi_GB2312", "Noto Sans CJK SC", "Source Han Serif", "Malgun Gothic"}) {
    INFO(name);
    CHECK(text::is_cjk_font(name));
  }
}

TEST_CASE("Latin fonts and empty names are not CJK fonts", "[count]")
{
  for (const char* name : {"", "Times New Roman", "Calibri", "Cambria Math", "Arial", "Symbol", "Wingdings",
                           "SimSun Extra", "Sim"}) {
    INFO(name);
    CHECK_FALSE(text::is_cjk_font(name));
  }
}

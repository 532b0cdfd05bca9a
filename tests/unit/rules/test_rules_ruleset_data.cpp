#include <catch2/catch.hpp>

#include "rules/ruleset.hpp"

using namespace qb;

namespace {

const rules::RulesetData& data()
{
  return rules::builtin_ruleset()->data;
}

} // namespace

TEST_CASE("every Chinese size name parses to its points", "[rules]")
{
  const std::vector<std::pair<const char*, double>> sizes{
      {"初号", 42},  {"小初", 36},  {"一号", 26},  {"小一", 24}, {"二号", 22},   {"小二", 18},
      {"三号", 16},  {"小三", 15},  {"四号", 14},  {"小四", 12}, {"五号", 10.5}, {"小五", 9},
      {"六号", 7.5}, {"小六", 6.5}, {"七号", 5.5}, {"八号", 5}};
  for (const auto& [name, points] : sizes) {
    INFO(name);
    CHECK(data().parse_size(name) == Approx(points));
  }
  CHECK(data().size_names.size() == sizes.size());
}

TEST_CASE("size names take an optional 号 and numbers take pt or 磅", "[rules]")
{
  CHECK(data().parse_size("小四号") == Approx(12));
  CHECK(data().parse_size("小二号") == Approx(18));
  CHECK(data().parse_size(" 12 ") == Approx(12));
  CHECK(data().parse_size("12pt") == Approx(12));
  CHECK(data().parse_size("10.5磅") == Approx(10.5));
  CHECK(data().parse_size("10.5 pt") == Approx(10.5));
  CHECK_FALSE(data().parse_size("").has_value());
  CHECK(data().parse_size("四") == Approx(14)); // 四 + 号
  CHECK_FALSE(data().parse_size("小").has_value());
  CHECK_FALSE(data().parse_size("大四").has_value());
  CHECK_FALSE(data().parse_size("-3").has_value());
  CHECK_FALSE(data().parse_size("0").has_value());
  CHECK_FALSE(data().parse_size("12px").has_value());
}

TEST_CASE("fonts match through their aliases, Latin names case-insensitively", "[rules]")
{
  CHECK(data().font_matches("宋体", "宋体"));
  CHECK(data().font_matches("SimSun", "宋体"));
  CHECK(data().font_matches("simsun", "宋体"));
  CHECK(data().font_matches("新宋体", "宋体"));
  CHECK(data().font_matches("Songti SC", "宋体"));
  CHECK(data().font_matches("宋体", "SimSun"));
  CHECK(data().font_matches("SIMHEI", "黑体"));
  CHECK(data().font_matches("仿宋_GB2312", "仿宋"));
  CHECK(data().font_matches("Times New Roman", "times new roman"));
  CHECK_FALSE(data().font_matches("仿宋", "宋体"));
  CHECK_FALSE(data().font_matches("黑体", "宋体"));
  CHECK_FALSE(data().font_matches("微软雅黑", "黑体"));
  CHECK_FALSE(data().font_matches("", "宋体"));
  CHECK_FALSE(data().font_matches("Arial", "宋体"));
}

#include <catch2/catch.hpp>

#include <filesystem>

#include "profile/sme_classifier.hpp"

using qb::profile::classify_sme;
using qb::profile::SmeClass;
using qb::profile::SmeFigure;
using qb::profile::SmeFigures;
using qb::profile::SmeTable;

namespace {

const SmeTable& table()
{
  static const SmeTable loaded =
      qb::profile::load_sme_table(std::filesystem::path(QBCHECK_SOURCE_DIR) / "rules" / "sme-2011.yaml");
  return loaded;
}

std::optional<SmeClass> size_of(const std::string& industry, std::optional<double> employees,
                                std::optional<double> revenue, std::optional<double> assets = std::nullopt)
{
  return classify_sme(table(), industry, SmeFigures{employees, revenue, assets}).size;
}

} // namespace

TEST_CASE("industry at each boundary of the 2011 standard", "[profile][sme]")
{
  CHECK(size_of("工业", 300, 2000) == SmeClass::medium);
  CHECK(size_of("工业", 299, 2000) == SmeClass::small);
  CHECK(size_of("工业", 300, 1999) == SmeClass::small);
  CHECK(size_of("工业", 1000, 40000) == SmeClass::large);
  CHECK(size_of("工业", 999, 40000) == SmeClass::medium);
  CHECK(size_of("工业", 1000, 39999) == SmeClass::medium);
  CHECK(size_of("工业", 20, 300) == SmeClass::small);
  CHECK(size_of("工业", 19, 300) == SmeClass::micro);
  CHECK(size_of("工业", 20, 299) == SmeClass::micro);
  // Many people but little revenue drops tier by tier to the one whose bounds are all met.
  CHECK(size_of("工业", 5000, 1000) == SmeClass::small);
  CHECK(size_of("工业", 5000, 100) == SmeClass::micro);
}

TEST_CASE("the names the industry includes classify like it", "[profile][sme]")
{
  CHECK(size_of("制造业", 860, 52000) == SmeClass::medium);
  CHECK(size_of("采矿业", 19, 52000) == SmeClass::micro);
}

TEST_CASE("each industry's SME ceiling", "[profile][sme]")
{
  // The ceiling of REQUIREMENTS.md (工信部联企业〔2011〕300号): reaching every figure is large, one below is
  // not.
  struct Ceiling
  {
    const char* industry;
    SmeFigures at_ceiling;
  };
  const Ceiling ceilings[] = {
      {"农、林、牧、渔业", {std::nullopt, 20000, std::nullopt}},
      {"工业", {1000, 40000, std::nullopt}},
      {"建筑业", {std::nullopt, 80000, 80000}},
      {"批发业", {200, 40000, std::nullopt}},
      {"零售业", {300, 20000, std::nullopt}},
      {"交通运输业", {1000, 30000, std::nullopt}},
      {"仓储业", {200, 30000, std::nullopt}},
      {"邮政业", {1000, 30000, std::nullopt}},
      {"住宿业", {300, 10000, std::nullopt}},
      {"餐饮业", {300, 10000, std::nullopt}},
      {"信息传输业", {2000, 100000, std::nullopt}},
      {"软件和信息技术服务业", {300, 10000, std::nullopt}},
      {"房地产开发经营", {std::nullopt, 200000, 10000}},
      {"物业管理", {1000, 5000, std::nullopt}},
      {"租赁和商务服务业", {300, std::nullopt, 120000}},
      {"其他未列明行业", {300, std::nullopt, std::nullopt}},
  };
  CHECK(table().industries.size() == std::size(ceilings));
  for (const auto& ceiling : ceilings) {
    INFO(ceiling.industry);
    const auto at = classify_sme(table(), ceiling.industry, ceiling.at_ceiling);
    CHECK(at.size == SmeClass::large);
    // One unit below any single figure of the ceiling is an SME again.
    using Member = std::optional<double> SmeFigures::*;
    for (const Member figure : {&SmeFigures::employees, &SmeFigures::revenue, &SmeFigures::total_assets}) {
      if (!(ceiling.at_ceiling.*figure)) {
        continue;
      }
      SmeFigures below = ceiling.at_ceiling;
      below.*figure = *(ceiling.at_ceiling.*figure) - 1;
      const auto result = classify_sme(table(), ceiling.industry, below);
      REQUIRE(result.size.has_value());
      CHECK(*result.size != SmeClass::large);
    }
  }
}

TEST_CASE("each industry's medium and small lower bounds", "[profile][sme]")
{
  // medium ≥ / small ≥ from REQUIREMENTS.md; the ceiling figures are high enough to stay below large.
  CHECK(size_of("农、林、牧、渔业", std::nullopt, 500) == SmeClass::medium);
  CHECK(size_of("农、林、牧、渔业", std::nullopt, 499) == SmeClass::small);
  CHECK(size_of("农、林、牧、渔业", std::nullopt, 50) == SmeClass::small);
  CHECK(size_of("农、林、牧、渔业", std::nullopt, 49) == SmeClass::micro);
  CHECK(size_of("建筑业", std::nullopt, 6000, 5000) == SmeClass::medium);
  CHECK(size_of("建筑业", std::nullopt, 6000, 4999) == SmeClass::small);
  CHECK(size_of("建筑业", std::nullopt, 300, 299) == SmeClass::micro);
  CHECK(size_of("批发业", 20, 5000) == SmeClass::medium);
  CHECK(size_of("批发业", 5, 1000) == SmeClass::small);
  CHECK(size_of("批发业", 4, 1000) == SmeClass::micro);
  CHECK(size_of("零售业", 50, 500) == SmeClass::medium);
  CHECK(size_of("零售业", 10, 99) == SmeClass::micro);
  CHECK(size_of("交通运输业", 300, 3000) == SmeClass::medium);
  CHECK(size_of("交通运输业", 20, 199) == SmeClass::micro);
  CHECK(size_of("仓储业", 100, 1000) == SmeClass::medium);
  CHECK(size_of("仓储业", 19, 100) == SmeClass::micro);
  CHECK(size_of("邮政业", 300, 2000) == SmeClass::medium);
  CHECK(size_of("邮政业", 20, 100) == SmeClass::small);
  CHECK(size_of("住宿业", 100, 2000) == SmeClass::medium);
  CHECK(size_of("餐饮业", 10, 100) == SmeClass::small);
  CHECK(size_of("信息传输业", 100, 1000) == SmeClass::medium);
  CHECK(size_of("信息传输业", 9, 1000) == SmeClass::micro);
  CHECK(size_of("软件和信息技术服务业", 10, 50) == SmeClass::small);
  CHECK(size_of("软件和信息技术服务业", 10, 49) == SmeClass::micro);
  CHECK(size_of("房地产开发经营", std::nullopt, 1000, 5000) == SmeClass::medium);
  CHECK(size_of("房地产开发经营", std::nullopt, 100, 2000) == SmeClass::small);
  CHECK(size_of("房地产开发经营", std::nullopt, 100, 1999) == SmeClass::micro);
  CHECK(size_of("物业管理", 300, 1000) == SmeClass::medium);
  CHECK(size_of("物业管理", 100, 499) == SmeClass::micro);
  CHECK(size_of("租赁和商务服务业", 100, std::nullopt, 8000) == SmeClass::medium);
  CHECK(size_of("租赁和商务服务业", 10, std::nullopt, 100) == SmeClass::small);
  CHECK(size_of("租赁和商务服务业", 10, std::nullopt, 99) == SmeClass::micro);
  CHECK(size_of("其他未列明行业", 100, std::nullopt) == SmeClass::medium);
  CHECK(size_of("其他未列明行业", 10, std::nullopt) == SmeClass::small);
  CHECK(size_of("其他未列明行业", 9, std::nullopt) == SmeClass::micro);
}

TEST_CASE("the reason names the figures compared", "[profile][sme]")
{
  const auto medium = classify_sme(table(), "工业", {860, 52000, 68000});
  CHECK(medium.reason.zh == "工业：从业人员 860 人 ≥ 300 且营业收入 52000 万元 ≥ 2000 万元 → "
                            "中型（未达大型：从业人员 860 人 < 1000）");
  CHECK(medium.size_name.zh == "中型");
  CHECK(medium.reason.en.find("-> medium") != std::string::npos);
  const auto micro = classify_sme(table(), "工业", {19, 250, std::nullopt});
  CHECK(micro.reason.zh == "工业：从业人员 19 人 < 20 或营业收入 250 万元 < 300 万元 → 微型");
  const auto large = classify_sme(table(), "工业", {1000, 40000, std::nullopt});
  CHECK(large.reason.zh ==
        "工业：从业人员 1000 人 ≥ 1000 且营业收入 40000 万元 ≥ 40000 万元 → 大型，超出中小企业划型标准");
}

TEST_CASE("missing figures make the enterprise not classifiable and are named", "[profile][sme]")
{
  const auto result = classify_sme(table(), "工业", {860, std::nullopt, std::nullopt});
  CHECK_FALSE(result.size.has_value());
  REQUIRE(result.missing.size() == 1);
  CHECK(result.missing[0] == SmeFigure::revenue);
  CHECK(result.reason.zh.find("营业收入") != std::string::npos);
  // Total assets are not needed for 工业.
  CHECK(classify_sme(table(), "工业", {860, 52000, std::nullopt}).size == SmeClass::medium);
}

TEST_CASE("an unknown industry is not classifiable and gets a suggestion", "[profile][sme]")
{
  const auto result = classify_sme(table(), "制造", {860, 52000, std::nullopt});
  CHECK_FALSE(result.size.has_value());
  CHECK(result.unknown_industry);
  CHECK(result.reason.zh.find("是否为“制造业”") != std::string::npos);
  const auto none = classify_sme(table(), "", {860, 52000, std::nullopt});
  CHECK(none.unknown_industry);
  CHECK(none.reason.zh.find("未填写所属行业") != std::string::npos);
}

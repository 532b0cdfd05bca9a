#include <catch2/catch.hpp>

#include "rules/kinds/page_setup_rule.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: page.size
    kind: page_setup
    level: error
    title: {zh: A4, en: A4}
    message: {zh: "{section}的纸张为 {actual}，应为 {expected}（{count} 节）", en: "{section}: {actual}, expected {expected}"}
    check: size
    width: 11906
    height: 16838
    tolerance: 20
  - id: page.orientation
    kind: page_setup
    level: error
    title: {zh: 纵向, en: portrait}
    message: {zh: "{section}为{actual}，应为{expected}", en: "{section}: {actual}, expected {expected}"}
    check: orientation
)yaml";

const rules::Ruleset& ruleset()
{
  static const auto loaded = test::kinds_ruleset(k_rules);
  return *loaded;
}

RuleResult run(std::string_view id, const model::Document& document)
{
  return test::evaluate_rule(ruleset(), id, document);
}

} // namespace

TEST_CASE("an A4 portrait document passes both page rules", "[kinds]")
{
  const auto document = test::five_parts().build();
  CHECK(run("page.size", document).outcome == Outcome::pass);
  CHECK(run("page.orientation", document).outcome == Outcome::pass);
}

TEST_CASE("an A4 size within the tolerance passes, one outside fails", "[kinds]")
{
  test::ModelBuilder close;
  close.section(11900, 16840).title("某某公司的经验");
  CHECK(run("page.size", close.build()).outcome == Outcome::pass);

  test::ModelBuilder off;
  off.section(11906, 16870).title("某某公司的经验");
  CHECK(run("page.size", off.build()).outcome == Outcome::fail);
}

TEST_CASE("a Letter section fails the size with its size in mm and its name", "[kinds]")
{
  test::ModelBuilder builder;
  builder.title("某某公司的经验").heading("摘要").paragraph("正文").section(12240, 15840).paragraph("第二节");
  const RuleResult result = run("page.size", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "第 2 节的纸张为 215.9 × 279.4 mm（Letter），应为 210 × 297 mm（A4）（1 节）");
  CHECK(result.message.en == "section 2: 215.9 × 279.4 mm (Letter), expected 210 × 297 mm (A4)");
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].paragraph == 4);
  CHECK(result.locations[0].place.zh == "第 2 节：215.9 × 279.4 mm（Letter）");
}

TEST_CASE("a landscape A4 section is A4 paper but fails the orientation", "[kinds]")
{
  test::ModelBuilder builder;
  builder.title("某某公司的经验").section(16838, 11906, model::Orientation::landscape).paragraph("宽表格");
  const auto document = builder.build();
  CHECK(run("page.size", document).outcome == Outcome::pass);
  const RuleResult result = run("page.orientation", document);
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "第 2 节为横向，应为纵向");
  CHECK(result.locations.at(0).place.zh == "第 2 节：横向，297 × 210 mm（A4）");
}

TEST_CASE("a section wider than high is not portrait even without w:orient", "[kinds]")
{
  test::ModelBuilder builder;
  builder.section(16838, 11906, model::Orientation::portrait).title("某某公司的经验");
  CHECK(run("page.orientation", builder.build()).outcome == Outcome::fail);
}

TEST_CASE("a document that states no paper size is not checked for size", "[kinds]")
{
  test::ModelBuilder builder;
  builder.section(0, 0).title("某某公司的经验");
  const auto document = builder.build();
  const RuleResult result = run("page.size", document);
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("w:pgSz") != std::string::npos);
  CHECK(run("page.orientation", document).outcome == Outcome::pass);
}

TEST_CASE("page sizes are named when they are common ones", "[kinds]")
{
  CHECK(rules::describe_page_size(11906, 16838).zh == "210 × 297 mm（A4）");
  CHECK(rules::describe_page_size(10319, 14571).en == "182 × 257 mm (B5 (JIS))");
  CHECK(rules::describe_page_size(10000, 10000).en == "176.4 × 176.4 mm");
}

TEST_CASE("page_setup keys belong to their check", "[kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: a
    kind: page_setup
    level: error
    title: a
    check: orientation
    width: 11906
  - id: b
    kind: page_setup
    level: error
    title: b
    check: sizes
  - id: c
    kind: page_setup
    level: error
    title: c
    check: size
    tolerance: -5
)yaml");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].find("width") != std::string::npos);
  CHECK(errors[1].find("sizes") != std::string::npos);
  CHECK(errors[2].find("-5 is too small") != std::string::npos);
}

#include <catch2/catch.hpp>

#include "rules/kinds/content_presence_rule.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: content.figures_or_tables
    kind: content_presence
    level: warning
    title: {zh: 图文并茂, en: figures}
    message: {zh: "找到 {count} 个，至少 {expected} 个", en: "{count} found, {expected} expected"}
    check: figures_or_tables
  - id: content.two_in_method
    kind: content_presence
    level: warning
    title: {zh: 方法中两张图表, en: two in method}
    message: {zh: "{count}（表 {tables}，图 {figures}），差 {shortfall}", en: "{count}"}
    check: figures_or_tables
    parts: [method]
    min_figures_or_tables: 2
  - id: results.three_years
    kind: content_presence
    level: warning
    title: {zh: 近三年, en: three years}
    message: {zh: "“{part}”未提到 {missing} 年（应有 {expected}）", en: "'{part}' lacks {missing} (of {expected})"
}
    check: years
    part: results
    years: [2017, 2018, 2019]
  - id: overview.items
    kind: content_presence
    level: warning
    title: {zh: 概况各项, en: overview items}
    message: {zh: "未提到：{missing}（{count}/{total}）", en: "missing: {missing} ({count}/{total})"}
    check: items
    part: overview
    items:
      - {name: {zh: 法定代表人, en: legal representative}, keywords: [法人, 法定代表人]}
      - {name: {zh: 成立时间, en: founding date}, keywords: [成立, 创建, 始建]}
      - {name: {zh: 行业代码, en: industry code}, keywords: [行业代码, GB/T 4754]}
      - {name: {zh: 使命, en: mission}, keywords: [使命]}
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

TEST_CASE("years are found alone and inside ranges", "[kinds]")
{
  CHECK(rules::mentioned_years("2017年、2018年和2019年") == std::vector<int>{2017, 2018, 2019});
  CHECK(rules::mentioned_years("2017—2019年连续增长") == std::vector<int>{2017, 2018, 2019});
  CHECK(rules::mentioned_years("2017年至2019年") == std::vector<int>{2017, 2018, 2019});
  CHECK(rules::mentioned_years("2017 - 2019") == std::vector<int>{2017, 2018, 2019});
  CHECK(rules::mentioned_years("编号20170、产量12019吨、2019年与2017年对比") == std::vector<int>{2017, 2019});
  CHECK(rules::mentioned_years("1850年和2150年").empty());
}

TEST_CASE("a document without any table or picture gets the 图文并茂 warning", "[kinds]")
{
  const RuleResult result = run("content.figures_or_tables", test::five_parts().build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "找到 0 个，至少 1 个");
  CHECK(result.level == Level::warning);
}

TEST_CASE("a table or a picture in the text parts satisfies 图文并茂", "[kinds]")
{
  auto table = test::five_parts();
  table.table({{"年份", "收入"}});
  CHECK(run("content.figures_or_tables", table.build()).outcome == Outcome::pass);

  auto picture = test::five_parts();
  picture.picture(true);
  CHECK(run("content.figures_or_tables", picture.build()).outcome == Outcome::pass);

  auto shape = test::five_parts();
  shape.picture(false, model::DrawingKind::shape);
  CHECK(run("content.figures_or_tables", shape.build()).outcome == Outcome::fail);
}

TEST_CASE("figures and tables are counted only in the parts listed", "[kinds]")
{
  auto builder = test::five_parts();
  builder.table({{"a"}}).picture(); // both in the results part
  const RuleResult result = run("content.two_in_method", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "0（表 0，图 0），差 2");

  test::ModelBuilder method;
  method.title("某某公司的经验").heading("管理方法（技术）的推进和应用情况").table({{"a"}}).picture();
  CHECK(run("content.two_in_method", method.build()).outcome == Outcome::pass);
}

TEST_CASE("the results part must mention each of the three years", "[kinds]")
{
  CHECK(run("results.three_years", test::five_parts().build()).outcome == Outcome::pass);

  test::ModelBuilder builder;
  builder.title("某某公司的经验").heading("管理方法（技术）的实施效果").paragraph("2019年销售收入增长 12%。");
  builder.table({{"指标", "２０１８年"}}); // full-width digits are read after NFKC
  const RuleResult result = run("results.three_years", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "“管理方法（技术）的实施效果”未提到 2017 年（应有 2017、2018、2019）");
  CHECK(result.actual == "2017");
}

TEST_CASE("years outside the results part do not count", "[kinds]")
{
  test::ModelBuilder builder;
  builder.title("某某公司的经验")
      .heading("企业概况")
      .paragraph("2017年、2018年、2019年")
      .heading("管理方法（技术）的实施效果")
      .paragraph("效果显著。");
  const RuleResult result = run("results.three_years", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.en == "'Results' lacks 2017, 2018, 2019 (of 2017, 2018, 2019)");
}

TEST_CASE("a missing part leaves content rules not checked", "[kinds]")
{
  test::ModelBuilder builder;
  builder.title("某某公司的经验").heading("摘要").paragraph("正文");
  CHECK(run("results.three_years", builder.build()).outcome == Outcome::not_checked);
  CHECK(run("overview.items", builder.build()).outcome == Outcome::not_checked);
}

TEST_CASE("the overview must mention each listed item by one of its keywords", "[kinds]")
{
  test::ModelBuilder complete;
  complete.title("某某公司的经验")
      .heading("企业概况")
      .paragraph("公司始建于1958年，法人代表王五，行业代码C3311，使命是让客户满意。");
  CHECK(run("overview.items", complete.build()).outcome == Outcome::pass);

  const RuleResult result = run("overview.items", test::five_parts().build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "未提到：行业代码、使命（2/4）");
  CHECK(result.message.en == "missing: industry code, mission (2/4)");
}

TEST_CASE("content_presence parameters are checked when loading", "[kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: a
    kind: content_presence
    level: warning
    title: a
    check: years
    part: results
    years: [2017, 19]
  - id: b
    kind: content_presence
    level: warning
    title: b
    check: items
    part: overveiw
    items:
      - {name: 使命, keywords: []}
)yaml");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].find("'19' is not a four-digit year") != std::string::npos);
  CHECK(errors[1].find("no part 'overveiw'") != std::string::npos);
  CHECK(errors[2].find("at least one keyword") != std::string::npos);
}

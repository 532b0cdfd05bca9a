#include <catch2/catch.hpp>

#include "unit/eval/kind_test_support.hpp"
#include "unit/eval/model_builder.hpp"

using namespace qb;
using test::ModelBuilder;

namespace {

std::shared_ptr<const rules::Ruleset> outline_rule(const std::string& check)
{
  return test::fixture_ruleset("rules:\n  - {id: sections." + check +
                               ", kind: section_outline, level: error, title: T, check: " + check + "}\n");
}

model::Document complete()
{
  return ModelBuilder()
      .title("某公司实施六西格玛的经验")
      .heading("摘要")
      .paragraph("正文")
      .heading("企业概况")
      .paragraph("正文")
      .heading("管理方法（技术）的推进和应用情况")
      .paragraph("正文")
      .heading("管理方法（技术）的实施效果")
      .paragraph("正文")
      .build();
}

} // namespace

TEST_CASE("all parts present passes sections.missing", "[rules]")
{
  const auto result = test::evaluate_first(*outline_rule("missing"), complete());
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "5");
  CHECK(result.expected == "5");
}

TEST_CASE("missing parts are named by sections.missing", "[rules]")
{
  const auto doc = ModelBuilder().title("标题").heading("摘要").paragraph("正文").heading("企业概况").build();
  const auto result = test::evaluate_first(*outline_rule("missing"), doc);
  CHECK(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "缺少 2 "
                             "个部分：管理方法（技术）的推进和应用情况、管理方法（技术）的实施效果。请按通知"
                             "要求补上这些部分及其标题。");
  REQUIRE(result.locations.size() == 2);
  CHECK(result.locations[0].part == "method");
  CHECK(result.locations[1].place.en == "Results");
}

TEST_CASE("parts in the required order pass sections.order", "[rules]")
{
  const auto result = test::evaluate_first(*outline_rule("order"), complete());
  CHECK(result.outcome == Outcome::pass);
}

TEST_CASE("a part out of order fails sections.order naming it", "[rules]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("企业概况")
                       .paragraph("正文")
                       .heading("摘要")
                       .paragraph("正文")
                       .heading("管理方法（技术）的实施效果")
                       .build();
  const auto result = test::evaluate_first(*outline_rule("order"), doc);
  CHECK(result.outcome == Outcome::fail);
  CHECK(result.message.en ==
        "parts out of order: Abstract misplaced. Found Title → Overview → Abstract → Results; "
        "required Title → Abstract → Overview → Results.");
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].paragraph == std::optional<std::size_t>(4));
}

TEST_CASE("order is not checked with fewer than two parts", "[rules]")
{
  const auto doc = ModelBuilder().heading("摘要").paragraph("正文").build();
  CHECK(test::evaluate_first(*outline_rule("order"), doc).outcome == Outcome::not_checked);
}

TEST_CASE("section_outline needs a valid check", "[rules]")
{
  CHECK_THROWS_AS(test::fixture_ruleset(
                      "rules:\n  - {id: s, kind: section_outline, level: error, title: T, check: mising}\n"),
                  LoadError);
  CHECK_THROWS_AS(
      test::fixture_ruleset("rules:\n  - {id: s, kind: section_outline, level: error, title: T}\n"),
      LoadError);
  CHECK_THROWS_AS(
      test::fixture_ruleset(
          "rules:\n  - {id: s, kind: section_outline, level: error, title: T, check: missing, parts: [x]}\n"),
      LoadError);
}

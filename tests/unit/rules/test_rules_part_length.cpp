#include <catch2/catch.hpp>

#include "unit/eval/kind_test_support.hpp"
#include "unit/eval/model_builder.hpp"

using namespace qb;
using test::hanzi;
using test::ModelBuilder;

namespace {

std::shared_ptr<const rules::Ruleset> summary_max(const std::string& extra = "")
{
  return test::fixture_ruleset(R"(rules:
  - id: summary.length
    kind: part_length
    level: error
    title: {zh: 摘要不超过 500 字, en: Abstract at most 500}
    message: {zh: "摘要 {actual} 字，超过上限 {limit} 字：需删减 {excess} 字。", en: "{section}: {actual}, cut {excess}"}
    part: summary
    max: 500
)" + extra);
}

} // namespace

TEST_CASE("a part within its limit passes with its count", "[rules]")
{
  const auto doc =
      ModelBuilder().title("标题").heading("摘要").paragraph(hanzi(300)).paragraph(hanzi(200)).build();
  const auto result = test::evaluate_first(*summary_max(), doc);
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "500");
  CHECK(result.expected == "≤ 500");
  CHECK(result.rule_id == "summary.length");
  CHECK(result.message.zh.empty());
}

TEST_CASE("a part over its limit fails with the exact excess", "[rules]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("摘要")
                       .paragraph(hanzi(500))
                       .table({{hanzi(10)}})
                       .caption("表1 数据") // 4
                       .heading("企业概况")
                       .paragraph(hanzi(50))
                       .build();
  const auto result = test::evaluate_first(*summary_max(), doc);
  CHECK(result.outcome == Outcome::fail);
  CHECK(result.actual == "514");
  CHECK(result.message.zh == "摘要 514 字，超过上限 500 字：需删减 14 字。");
  CHECK(result.message.en == "Abstract: 514, cut 14");
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].part == "summary");
  CHECK(result.locations[0].paragraph == std::optional<std::size_t>(2));
}

TEST_CASE("include switches change what a part_length rule counts", "[rules]")
{
  const auto ruleset = test::fixture_ruleset(R"(rules:
  - {id: s, kind: part_length, level: error, title: T, part: summary, max: 500, include: {tables: false, captions: false}}
)");
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("摘要")
                       .paragraph(hanzi(500))
                       .table({{hanzi(10)}})
                       .caption("表1 数据")
                       .build();
  const auto result = test::evaluate_first(*ruleset, doc);
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "500");
}

TEST_CASE("a minimum reports the shortfall", "[rules]")
{
  const auto ruleset = test::fixture_ruleset(R"(rules:
  - {id: s, kind: part_length, level: warning, title: T, part: summary, min: 100, max: 500}
)");
  const auto doc = ModelBuilder().title("标题").heading("摘要").paragraph(hanzi(40)).build();
  const auto result = test::evaluate_first(*ruleset, doc);
  CHECK(result.outcome == Outcome::fail);
  CHECK(result.expected == "100–500");
  CHECK(result.message.zh ==
        "摘要 40 字，少于下限 100 字：需补充 60 字。"); // the catalogue's default message
}

TEST_CASE("a missing part is not checked by its length rule", "[rules]")
{
  const auto doc = ModelBuilder().title("标题").heading("企业概况").paragraph(hanzi(600)).build();
  const auto result = test::evaluate_first(*summary_max(), doc);
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("摘要") != std::string::npos);
  CHECK(result.message.en.find("sections.missing") != std::string::npos);
}

TEST_CASE("part_length parameters are checked at load time", "[rules]")
{
  const auto load = [](const std::string& rule) {
    try {
      test::fixture_ruleset("rules:\n  - {id: s, kind: part_length, level: error, title: T, " + rule + "}\n");
    } catch (const LoadError& e) {
      return e.diagnostics().empty() ? std::string() : e.diagnostics()[0].message.en;
    }
    return std::string();
  };
  CHECK(load("part: summary") == "a part_length rule needs max or min (the limit in 字).");
  CHECK(load("part: summary, max: -1") == "'max' cannot be negative.");
  CHECK(load("part: summary, max: 10, min: 20") == "min is greater than max: no document could pass.");
  CHECK(load("part: summary, max: 10, mode: wsp").find("did you mean 'wps'") != std::string::npos);
  CHECK(load("part: summary, max: 10, include: {tables: maybe}") ==
        "'tables' must be true or false, not 'maybe'.");
  CHECK(load("max: 10") == "missing required key 'part'.");
  CHECK(load("part: summary, max: 10").empty());
}

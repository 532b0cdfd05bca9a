#include <catch2/catch.hpp>

#include "unit/eval/kind_test_support.hpp"
#include "unit/eval/model_builder.hpp"

using namespace qb;
using test::hanzi;
using test::ModelBuilder;

namespace {

std::shared_ptr<const rules::Ruleset> disagreement(const std::string& extra = "")
{
  return test::fixture_ruleset(
      "rules:\n  - {id: length.other_mode, kind: mode_disagreement, level: warning, title: T" + extra +
      "}\n");
}

// A summary of 499 字 whose one numbered paragraph ("一、" = 2 字 in Word, not counted by WPS) makes Word's
// count 501: within 500 by WPS, over it by Word.
model::Document numbered_summary()
{
  ModelBuilder builder;
  builder.title("标题").heading("摘要").paragraph(hanzi(499));
  builder.last().props.numbering = model::Numbering{1, 0, "chineseCounting", "一、", ""};
  builder.heading("企业概况").paragraph(hanzi(10));
  return builder.build();
}

} // namespace

TEST_CASE("a part within its limit in the rule set's mode but over it in the other is reported", "[rules]")
{
  const auto result = test::evaluate_first(*disagreement(), numbered_summary(), text::CountingMode::wps);
  CHECK(result.outcome == Outcome::fail);
  CHECK(result.level == Level::warning);
  CHECK(result.actual == "1");
  CHECK(result.message.zh.find("摘要：按 WPS 统计 499 字，按 Word 统计 501 字（上限 500 字）") !=
        std::string::npos);
  CHECK(result.message.en.find("Abstract: 499 by WPS, 501 by Word (limit 500)") != std::string::npos);
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].part == "summary");
}

TEST_CASE("a part over its limit in the rule set's own mode is left to its length rule", "[rules]")
{
  const auto result = test::evaluate_first(*disagreement(), numbered_summary(), text::CountingMode::word);
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "0");
}

TEST_CASE("mode_disagreement looks only at the parts it names", "[rules]")
{
  const auto result =
      test::evaluate_first(*disagreement(", parts: [overview]"), numbered_summary(), text::CountingMode::wps);
  CHECK(result.outcome == Outcome::pass);
}

TEST_CASE("mode_disagreement is not checked when no part with a limit is found", "[rules]")
{
  const auto doc = ModelBuilder().paragraph("").build();
  CHECK(test::evaluate_first(*disagreement(), doc).outcome == Outcome::not_checked);
}

TEST_CASE("mode_disagreement rejects unknown parts", "[rules]")
{
  CHECK_THROWS_AS(disagreement(", parts: [nope]"), LoadError);
}

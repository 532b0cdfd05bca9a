#include <catch2/catch.hpp>

#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: revisions.present
    kind: hygiene
    level: error
    title: {zh: 无修订, en: no revisions}
    message: {zh: "还有 {count} 处修订（{detail}；作者：{authors}）。请接受或拒绝所有修订。", en: "{count} tracked changes ({detail}; by {authors})."}
    check: revisions
  - id: comments.present
    kind: hygiene
    level: error
    title: {zh: 无批注, en: no comments}
    message: {zh: "还有 {count} 条批注。", en: "{count} comments."}
    check: comments
  - id: hidden_text.present
    kind: hygiene
    level: warning
    title: {zh: 无隐藏文字, en: no hidden text}
    message: {zh: "有 {count} 处隐藏文字。", en: "{count} hidden runs."}
    check: hidden_text
    report_first: 1
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

TEST_CASE("a clean document passes the hygiene rules", "[kinds]")
{
  const auto document = test::five_parts().build();
  CHECK(run("revisions.present", document).outcome == Outcome::pass);
  CHECK(run("comments.present", document).outcome == Outcome::pass);
  CHECK(run("hidden_text.present", document).outcome == Outcome::pass);
}

TEST_CASE("tracked changes fail with how many, of which kind and by whom", "[kinds]")
{
  auto builder = test::five_parts();
  builder.revisions(3, 2, 1, {"张三", "李四"});
  const RuleResult result = run("revisions.present", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.actual == "6");
  CHECK(result.message.zh ==
        "还有 6 处修订（插入 3 处、删除 2 处、格式更改 1 处；作者：张三、李四）。请接受或拒绝所有修订。");
  CHECK(result.message.en ==
        "6 tracked changes (3 insertions, 2 deletions, 1 format changes; by 张三, 李四).");
}

TEST_CASE("tracked changes without an author say so", "[kinds]")
{
  auto builder = test::five_parts();
  builder.revisions(0, 1);
  const RuleResult result = run("revisions.present", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("作者：作者未知") != std::string::npos);
}

TEST_CASE("comments left in fail with their number", "[kinds]")
{
  auto builder = test::five_parts();
  builder.comments(4);
  const RuleResult result = run("comments.present", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "还有 4 条批注。");
}

TEST_CASE("hidden text fails and points at the first paragraph holding it", "[kinds]")
{
  auto builder = test::five_parts();
  builder.hidden_text("旧的数据").paragraph("另一段").hidden_text("更多隐藏");
  const RuleResult result = run("hidden_text.present", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.actual == "2");
  CHECK(result.message.en == "2 hidden runs.");
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].paragraph == 9);
  CHECK(result.locations[0].excerpt == "旧的数据");
  CHECK(result.locations[0].part == "results");
}

TEST_CASE("a hygiene rule needs a known check", "[kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: a
    kind: hygiene
    level: error
    title: a
    check: revision
)yaml");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("revisions") != std::string::npos);
}

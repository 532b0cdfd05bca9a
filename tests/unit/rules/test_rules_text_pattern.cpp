#include <catch2/catch.hpp>

#include "rules/kinds/text_pattern_rule.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: title.naming
    kind: text_pattern
    level: error
    title: {zh: 命名, en: naming}
    message: {zh: "标题“{actual}”：{failed}", en: "title '{actual}': {failed}"}
    scope: title
    must_match: ["经验$"]
    must_start_with_profile_name: true
  - id: title.placeholder
    kind: text_pattern
    level: error
    title: {zh: 占位, en: placeholder}
    message: {zh: "{failed}", en: "{failed}"}
    scope: title
    must_match: ["^{profile.name}实施"]
    must_not_match: ["草稿"]
)yaml";

const rules::Ruleset& ruleset()
{
  static const auto loaded = test::kinds_ruleset(k_rules);
  return *loaded;
}

RuleResult run(std::string_view id, const model::Document& document,
               const profile::Profile* profile = nullptr)
{
  return test::evaluate_rule(ruleset(), id, document, profile);
}

} // namespace

TEST_CASE("a title with the enterprise's name ending in 经验 passes", "[kinds]")
{
  const auto profile = test::profile_named("某某公司");
  const auto document = test::five_parts("某某公司实施六西格玛设计的经验").build();
  CHECK(run("title.naming", document, &profile).outcome == Outcome::pass);
  CHECK(run("title.placeholder", document, &profile).outcome == Outcome::pass);
}

TEST_CASE("a title not ending in 经验 fails even without a profile", "[kinds]")
{
  const auto document = test::five_parts("某某公司实施六西格玛设计的做法").build();
  const RuleResult result = run("title.naming", document);
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh ==
        "标题“某某公司实施六西格玛设计的做法”：不符合“经验$”；企业名称未检查（没有申报单位信息文件）");
  CHECK(result.locations.at(0).place.zh == "标题");
}

TEST_CASE("without a profile a title that passes the rest is not checked, never passed", "[kinds]")
{
  const RuleResult result = run("title.naming", test::five_parts().build());
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("--profile") != std::string::npos);
  CHECK(run("title.placeholder", test::five_parts().build()).outcome == Outcome::not_checked);
}

TEST_CASE("a title not starting with the profile's name fails with the name", "[kinds]")
{
  const auto profile = test::profile_named("河南某某集团有限公司");
  const RuleResult result = run("title.naming", test::five_parts().build(), &profile);
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.en.find("does not start with the enterprise's name '河南某某集团有限公司'") !=
        std::string::npos);
}

TEST_CASE("the profile name is matched literally after NFKC, whatever characters it holds", "[kinds]")
{
  const auto profile = test::profile_named("某某（河南）科技.有限公司");
  const auto document = test::five_parts("某某(河南)科技.有限公司实施精益生产的经验").build();
  CHECK(run("title.naming", document, &profile).outcome == Outcome::pass);
  CHECK(run("title.placeholder", document, &profile).outcome == Outcome::pass);

  const auto dotted = test::five_parts("某某(河南)科技X有限公司实施精益生产的经验").build();
  CHECK(run("title.placeholder", dotted, &profile).outcome == Outcome::fail);
  CHECK(rules::escape_regex("a.b(c)中") == "a\\.b\\(c\\)中");
}

TEST_CASE("must_not_match fails when the text holds the pattern", "[kinds]")
{
  const auto profile = test::profile_named("某某公司");
  const RuleResult result =
      run("title.placeholder", test::five_parts("某某公司实施精益生产的经验草稿").build(), &profile);
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "含有不允许的“草稿”");
}

TEST_CASE("a document without a title is not checked", "[kinds]")
{
  model::Document empty;
  empty.sections.emplace_back();
  CHECK(run("title.naming", empty).outcome == Outcome::not_checked);
}

TEST_CASE("bad regexes are reported when the rule set is loaded", "[kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: a
    kind: text_pattern
    level: error
    title: a
    scope: title
    must_match: ["经验(", "^{profile.name}[a-"]
  - id: b
    kind: text_pattern
    level: error
    title: b
    scope: title
)yaml");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].find("bad regular expression '经验('") != std::string::npos);
  CHECK(errors[1].find("bad regular expression '^{profile.name}[a-'") != std::string::npos);
  CHECK(errors[2].find("nothing to check") != std::string::npos);
}

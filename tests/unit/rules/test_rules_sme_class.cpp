#include <catch2/catch.hpp>

#include "profile/profile.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: eligibility.sme_class
    kind: sme_class
    level: info
    title: {zh: 企业规模, en: size}
    message: {zh: "企业规模：{class}。{reason}", en: "Size: {class}. {reason}"}
)yaml";

RuleResult run(const std::string& profile_yaml)
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  const auto applicant = profile::load_profile_text(profile_yaml, "p.yaml");
  return test::evaluate_rule(*ruleset, "eligibility.sme_class", test::five_parts().build(), &applicant);
}

} // namespace

TEST_CASE("the SME class is reported as information with its reason", "[profile][sme][kinds]")
{
  const auto result = run("industry: 工业\nemployees: 860\nrevenue: 52000\ntotal_assets: 68000\n");
  REQUIRE(result.outcome == Outcome::pass);
  CHECK(result.level == Level::info);
  CHECK(result.actual == "medium");
  CHECK(result.message.zh ==
        "企业规模：中型。工业：从业人员 860 人 ≥ 300 且营业收入 52000 万元 ≥ 2000 万元 → "
        "中型（未达大型：从业人员 860 人 < 1000）");
  CHECK(run("industry: 工业\nemployees: 19\nrevenue: 52000\n").actual == "micro");
}

TEST_CASE("missing figures or industry make the SME class not checked", "[profile][sme][kinds]")
{
  const auto figures = run("industry: 建筑业\nrevenue: 52000\n");
  CHECK(figures.outcome == Outcome::not_checked);
  CHECK(figures.message.zh.find("资产总额") != std::string::npos);
  const auto industry = run("employees: 860\nrevenue: 52000\n");
  CHECK(industry.outcome == Outcome::not_checked);
  CHECK(industry.message.zh.find("未填写所属行业") != std::string::npos);
  const auto unknown = run("industry: 制造\nemployees: 860\nrevenue: 52000\n");
  CHECK(unknown.outcome == Outcome::not_checked);
  CHECK(unknown.message.zh.find("制造业") != std::string::npos);
}

TEST_CASE("the SME class without a profile is not checked", "[profile][sme][kinds]")
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  CHECK(test::evaluate_rule(*ruleset, "eligibility.sme_class", test::five_parts().build(), nullptr).outcome ==
        Outcome::not_checked);
}

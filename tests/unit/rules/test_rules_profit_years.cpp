#include <catch2/catch.hpp>

#include "profile/profile.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: eligibility.profitable_3y
    kind: profit_years
    level: error
    title: {zh: 连续盈利, en: profitable}
    message: {zh: "近三年未能连续盈利：{losses}。", en: "not profitable: {losses}."}
    years: [2017, 2018, 2019]
)yaml";

RuleResult run(const std::string& profile_yaml)
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  const auto applicant = profile::load_profile_text(profile_yaml, "p.yaml");
  return test::evaluate_rule(*ruleset, "eligibility.profitable_3y", test::five_parts().build(), &applicant);
}

} // namespace

TEST_CASE("profit in each listed year passes", "[profile][kinds]")
{
  const auto result = run("net_profit: {2016: -5, 2017: 2788, 2018: 3698, 2019: 4641.5}\n");
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "2017: 2788; 2018: 3698; 2019: 4641.5");
}

TEST_CASE("a loss or a zero year fails and is named", "[profile][kinds]")
{
  const auto result = run("net_profit: {2017: 2788, 2018: -315, 2019: 0}\n");
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh == "近三年未能连续盈利：2018 年净利润 -315 万元；2019 年净利润 0 万元。");
  CHECK(result.message.en ==
        "not profitable: 2018: net profit -315 (10k yuan); 2019: net profit 0 (10k yuan).");
}

TEST_CASE("a loss fails even when another year is missing", "[profile][kinds]")
{
  CHECK(run("net_profit: {2018: -1}\n").outcome == Outcome::fail);
}

TEST_CASE("missing years make it not checked and are named", "[profile][kinds]")
{
  const auto result = run("net_profit: {2017: 10}\n");
  REQUIRE(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("缺少 2018、2019 年的净利润") != std::string::npos);
  CHECK(run("name: x\n").outcome == Outcome::not_checked);
}

TEST_CASE("profit_years without a profile is not checked", "[profile][kinds]")
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  const auto result =
      test::evaluate_rule(*ruleset, "eligibility.profitable_3y", test::five_parts().build(), nullptr);
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("未提供申报单位信息") != std::string::npos);
}

TEST_CASE("bad years in profit_years are load errors", "[profile][kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: p
    kind: profit_years
    level: error
    title: {zh: p, en: p}
    message: {zh: p, en: p}
    years: [2017, 18]
)yaml");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("\"18\" is not a valid year") != std::string::npos);
}

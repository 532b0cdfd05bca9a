#include <catch2/catch.hpp>

#include "profile/profile.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: eligibility.recommender
    kind: recommender
    level: error
    title: {zh: 推荐单位, en: recommender}
    message: {zh: "推荐单位不符合要求：{reason}。", en: "does not qualify: {reason}."}
    max_benchmark_year: 2020
    local_keywords: [工业和信息化, 工信]
    units: [中国机械工业联合会, 中国质量协会, 中国中小企业协会]
)yaml";

RuleResult run(const std::string& profile_yaml)
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  const auto applicant = profile::load_profile_text(profile_yaml, "p.yaml");
  return test::evaluate_rule(*ruleset, "eligibility.recommender", test::five_parts().build(), &applicant);
}

} // namespace

TEST_CASE("a local department recommending a past Henan benchmark passes", "[profile][kinds]")
{
  const auto result = run("recommender: 郑州市工业和信息化局\nhenan_benchmark_year: 2018\n");
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "郑州市工业和信息化局");
  CHECK(run("recommender: 洛阳市工信局\nhenan_benchmark_year: 2020\n").outcome == Outcome::pass);
}

TEST_CASE("a Henan benchmark later than allowed fails", "[profile][kinds]")
{
  const auto result = run("recommender: 郑州市工业和信息化局\nhenan_benchmark_year: 2021\n");
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh ==
        "推荐单位不符合要求：经地方工业和信息化主管部门推荐的，须为 2020 年及以前的河南省质量标杆，"
        "申报单位为 2021 年：不符合推荐条件。");
}

TEST_CASE("the Henan route without the benchmark year is not checked", "[profile][kinds]")
{
  const auto result = run("recommender: 郑州市工业和信息化局\n");
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("henan_benchmark_year") != std::string::npos);
}

TEST_CASE("a listed unit needs the report to the local department", "[profile][kinds]")
{
  CHECK(run("recommender: 中国质量协会\nreported_to_local: true\n").outcome == Outcome::pass);
  const auto missing = run("recommender: 中国质量协会\n");
  CHECK(missing.outcome == Outcome::not_checked);
  CHECK(missing.message.zh.find("reported_to_local") != std::string::npos);
  const auto unreported = run("recommender: 中国质量协会\nreported_to_local: false\n");
  REQUIRE(unreported.outcome == Outcome::fail);
  CHECK(unreported.message.zh.find("未向地方及省工业和信息化主管部门报备") != std::string::npos);
}

TEST_CASE("an unknown unit fails with the nearest listed unit", "[profile][kinds]")
{
  const auto result = run("recommender: 中国质量协\n");
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find(
            "既不是地方工业和信息化主管部门，也不是附件3 所列的单位（是否为“中国质量协会”？）") !=
        std::string::npos);
  const auto far = run("recommender: 某某商会\n");
  REQUIRE(far.outcome == Outcome::fail);
  CHECK(far.message.zh.find("是否为") == std::string::npos);
}

TEST_CASE("the recommender without a profile or without a name is not checked", "[profile][kinds]")
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  CHECK(
      test::evaluate_rule(*ruleset, "eligibility.recommender", test::five_parts().build(), nullptr).outcome ==
      Outcome::not_checked);
  const auto result = run("name: x\n");
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("“recommender”") != std::string::npos);
}

#include <catch2/catch.hpp>

#include "profile/profile.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: eligibility.legal_person
    kind: profile_fact
    level: error
    title: {zh: 独立法人, en: legal person}
    message: {zh: "不具有独立法人资格（legal_person: {actual}）。", en: "not a legal person ({actual})."}
    field: legal_person
    op: "=="
    value: true
  - id: eligibility.clean_record
    kind: profile_fact
    level: error
    title: {zh: 无不良记录, en: clean}
    message: {zh: "有 {count} 条不良记录：{records}。", en: "{count} records: {records}."}
    field: records
    op: empty
  - id: eligibility.mature_method
    kind: profile_fact
    level: warning
    title: {zh: 成熟方法, en: mature}
    message: {zh: "自 {actual} 年起推行，应不晚于 {value} 年。", en: "since {actual}, expected by {value}."}
    field: method_since
    op: "<="
    value: 2017
  - id: submission.deadline
    kind: profile_fact
    level: error
    title: {zh: 按时报送, en: deadline}
    message: {zh: "报送日期 {actual} 晚于 {value}。", en: "submitted {actual}, after {value}."}
    field: submission_date
    op: "<="
    value: "2020-06-26"
  - id: employees.some
    kind: profile_fact
    level: info
    title: {zh: 人数, en: people}
    message: {zh: "{label} {actual}，应 {expected}。", en: "{label} {actual}, expected {expected}."}
    field: employees
    op: ">"
    value: 1000
)yaml";

const rules::Ruleset& ruleset()
{
  static const auto loaded = test::kinds_ruleset(k_rules);
  return *loaded;
}

RuleResult run(std::string_view id, const profile::Profile* applicant)
{
  return test::evaluate_rule(ruleset(), id, test::five_parts().build(), applicant);
}

const profile::Profile& good()
{
  static const auto loaded = profile::load_profile_text(R"(legal_person: true
employees: 860
records: {quality: [], integrity: [], safety: [], environment: []}
method_since: 2012
submission_date: 2020-06-20
)",
                                                        "good.profile.yaml");
  return loaded;
}

const profile::Profile& bad()
{
  static const auto loaded = profile::load_profile_text(R"(legal_person: false
employees: 1500
records:
  quality: []
  integrity: []
  safety:
    - {description: 发生一般生产安全事故并受到行政处罚, year: 2018}
  environment: [超标排放]
method_since: 2019
submission_date: 2020-06-27
)",
                                                        "bad.profile.yaml");
  return loaded;
}

} // namespace

TEST_CASE("profile facts pass on a good profile", "[profile][kinds]")
{
  for (const auto* id : {"eligibility.legal_person", "eligibility.clean_record", "eligibility.mature_method",
                         "submission.deadline"}) {
    INFO(id);
    CHECK(run(id, &good()).outcome == Outcome::pass);
  }
  const auto result = run("submission.deadline", &good());
  CHECK(result.actual == "2020-06-20");
  CHECK(result.expected == "<= 2020-06-26");
}

TEST_CASE("profile facts fail with the value found", "[profile][kinds]")
{
  const auto legal = run("eligibility.legal_person", &bad());
  REQUIRE(legal.outcome == Outcome::fail);
  CHECK(legal.message.zh == "不具有独立法人资格（legal_person: false）。");
  const auto method = run("eligibility.mature_method", &bad());
  REQUIRE(method.outcome == Outcome::fail);
  CHECK(method.level == Level::warning);
  CHECK(method.message.zh == "自 2019 年起推行，应不晚于 2017 年。");
  const auto deadline = run("submission.deadline", &bad());
  REQUIRE(deadline.outcome == Outcome::fail);
  CHECK(deadline.message.en == "submitted 2020-06-27, after 2020-06-26.");
  const auto people = run("employees.some", &good());
  REQUIRE(people.outcome == Outcome::fail);
  CHECK(people.message.zh == "从业人员（人） 860，应 > 1000。");
  CHECK(run("employees.some", &bad()).outcome == Outcome::pass);
}

TEST_CASE("records found are listed with their place in the profile", "[profile][kinds]")
{
  const auto result = run("eligibility.clean_record", &bad());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.actual == "2");
  CHECK(result.message.zh ==
        "有 2 条不良记录：安全：2018 年 发生一般生产安全事故并受到行政处罚；环境：超标排放。");
  REQUIRE(result.locations.size() == 2);
  CHECK(result.locations[0].excerpt == "发生一般生产安全事故并受到行政处罚");
  CHECK(result.locations[0].place.zh == "申报单位信息 bad.profile.yaml 第 7 行");
  CHECK(result.locations[1].place.zh == "申报单位信息 bad.profile.yaml 第 8 行");
}

TEST_CASE("without a profile every profile fact is not checked with a hint", "[profile][kinds]")
{
  for (const auto* id : {"eligibility.legal_person", "eligibility.clean_record", "submission.deadline"}) {
    const auto result = run(id, nullptr);
    CHECK(result.outcome == Outcome::not_checked);
    CHECK(result.message.zh ==
          "未提供申报单位信息（profile.yaml）：请用 --profile 指定，或在文档旁放置 <文件名>.profile.yaml");
  }
}

TEST_CASE("a field the profile does not give is not checked and named", "[profile][kinds]")
{
  const auto sparse = profile::load_profile_text("name: 某公司\n", "sparse.yaml");
  const auto legal = run("eligibility.legal_person", &sparse);
  CHECK(legal.outcome == Outcome::not_checked);
  CHECK(legal.message.zh.find("“legal_person”") != std::string::npos);
  CHECK(legal.message.zh.find("sparse.yaml") != std::string::npos);
  CHECK(run("eligibility.clean_record", &sparse).outcome == Outcome::not_checked);
  CHECK(run("submission.deadline", &sparse).outcome == Outcome::not_checked);
}

TEST_CASE("profile_fact parameters are checked when the rules load", "[profile][kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: a
    kind: profile_fact
    level: error
    title: {zh: a, en: a}
    message: {zh: a, en: a}
    field: legal_persn
    value: true
  - id: b
    kind: profile_fact
    level: error
    title: {zh: b, en: b}
    message: {zh: b, en: b}
    field: legal_person
    op: "<="
    value: true
  - id: c
    kind: profile_fact
    level: error
    title: {zh: c, en: c}
    message: {zh: c, en: c}
    field: submission_date
    value: 2020-13-01
  - id: d
    kind: profile_fact
    level: error
    title: {zh: d, en: d}
    message: {zh: d, en: d}
    field: method_since
    op: "<="
)yaml");
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].find("legal_person") != std::string::npos);
  CHECK(errors[1].find("cannot be compared with \"<=\"") != std::string::npos);
  CHECK(errors[2].find("not a valid date") != std::string::npos);
  CHECK(errors[3].find("value") != std::string::npos);
}

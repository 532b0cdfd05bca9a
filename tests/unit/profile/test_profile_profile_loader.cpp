#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "profile/profile.hpp"

using qb::LoadError;
using qb::profile::load_profile;
using qb::profile::load_profile_text;

namespace {

// The diagnostics of loading `yaml`, which must fail.
std::vector<qb::Diagnostic> load_errors(const std::string& yaml)
{
  try {
    load_profile_text(yaml, "p.yaml");
  } catch (const LoadError& error) {
    return error.diagnostics();
  }
  FAIL("the profile loaded without errors");
  return {};
}

bool has_message(const std::vector<qb::Diagnostic>& diagnostics, int line, const std::string& fragment)
{
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const qb::Diagnostic& d) {
    return d.where.line == line && d.message.zh.find(fragment) != std::string::npos;
  });
}

const char* const k_full = R"(name: 河南华瑞精密机械有限公司
legal_person: true
industry: 工业
employees: 860
revenue: 52000
total_assets: 68000.5
net_profit:
  2017: 3200
  2018: 4100.5
  2019: -12
records:
  quality: []
  integrity: []
  safety:
    - "2018年 一般安全生产事故"
    - {description: 行政处罚, year: 2019}
  environment:
method_since: 2012
commit_sharing: false
recommender: 郑州市工业和信息化局
henan_benchmark_year: 2018
reported_to_local: true
submission_date: 2020-06-20
scope_category: 质量管理方法
)";

} // namespace

TEST_CASE("a complete profile loads every field", "[profile]")
{
  const auto profile = load_profile_text(k_full, "p.yaml");
  CHECK(profile.file == "p.yaml");
  CHECK(profile.name == "河南华瑞精密机械有限公司");
  CHECK(profile.legal_person == true);
  CHECK(profile.industry == "工业");
  CHECK(profile.employees == 860);
  CHECK(profile.revenue == 52000);
  CHECK(profile.total_assets == Approx(68000.5));
  REQUIRE(profile.net_profit.size() == 3);
  CHECK(profile.net_profit.at(2018) == Approx(4100.5));
  CHECK(profile.net_profit.at(2019) == Approx(-12));
  REQUIRE(profile.records.has_value());
  REQUIRE(profile.records->size() == 2);
  CHECK(profile.records->at(0).area == "safety");
  CHECK(profile.records->at(0).where.line == 15);
  CHECK_FALSE(profile.records->at(0).year.has_value());
  CHECK(profile.records->at(1).description == "行政处罚");
  CHECK(profile.records->at(1).year == 2019);
  CHECK(profile.method_since == 2012);
  CHECK(profile.commit_sharing == false);
  CHECK(profile.recommender == "郑州市工业和信息化局");
  CHECK(profile.henan_benchmark_year == 2018);
  CHECK(profile.reported_to_local == true);
  CHECK(profile.submission_date == "2020-06-20");
  CHECK(profile.scope_category == "质量管理方法");
  CHECK(profile.field_locations.at("employees").line == 4);
  CHECK(profile.field_locations.at("employees").column == 12);
}

TEST_CASE("absent fields stay not given", "[profile]")
{
  const auto profile = load_profile_text("name: 某公司\nlegal_person:\n", "p.yaml");
  CHECK(profile.name == "某公司");
  CHECK_FALSE(profile.legal_person.has_value());
  CHECK_FALSE(profile.records.has_value());
  CHECK_FALSE(profile.employees.has_value());
  CHECK(profile.net_profit.empty());
  CHECK(profile.field_locations.count("legal_person") == 0);
}

TEST_CASE("a file with several mistakes reports them all with line and column", "[profile]")
{
  const auto errors = load_errors(R"(name: 某公司
legal_persn: true
employees: 八百
revenue: -5
net_profit:
  2017: 100
  17: 200
  2019: abc
records:
  quality: []
  safety: "无"
method_since: 2012年
commit_sharing: maybe
submission_date: 2020-02-30
colour: red
)");
  CHECK(errors.size() == 12);
  CHECK(has_message(errors, 2, "是否想写“legal_person”"));
  CHECK(has_message(errors, 3, "应为数字"));
  CHECK(has_message(errors, 4, "不能为负数"));
  CHECK(has_message(errors, 7, "年份“17”无效"));
  CHECK(has_message(errors, 8, "应为数字"));
  CHECK(has_message(errors, 10, "缺少“integrity”"));
  CHECK(has_message(errors, 11, "应为列表"));
  CHECK(has_message(errors, 12, "年份“2012年”无效"));
  CHECK(has_message(errors, 13, "应为 true 或 false"));
  CHECK(has_message(errors, 14, "不是有效日期"));
  CHECK(has_message(errors, 15, "未知的字段“colour”"));
  const auto& first = errors.front();
  CHECK(first.where.file == "p.yaml");
  CHECK(first.where.column > 0);
}

TEST_CASE("the column of a bad value points at the value", "[profile]")
{
  const auto errors = load_errors("name: x\nemployees: many\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where.line == 2);
  CHECK(errors[0].where.column == 12);
  CHECK(errors[0].message.en.find("must be a number") != std::string::npos);
}

TEST_CASE("duplicate keys and duplicate profit years are reported", "[profile]")
{
  const auto errors = load_errors("name: a\nname: b\nnet_profit: {2018: 1, 2018: 2}\n");
  CHECK(has_message(errors, 2, "重复出现（第一次在第 1 行）"));
  CHECK(has_message(errors, 3, "“2018”重复出现"));
}

TEST_CASE("yaml syntax errors carry the parser's position", "[profile]")
{
  const auto errors = load_errors("name: a\nrecords: [quality\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where.line >= 2);
  CHECK(errors[0].message.zh.find("YAML 语法错误") != std::string::npos);
}

TEST_CASE("an empty profile or a list at the top is refused", "[profile]")
{
  CHECK(load_errors("")[0].message.zh.find("为空") != std::string::npos);
  CHECK(load_errors("- a\n- b\n")[0].message.zh.find("映射") != std::string::npos);
}

TEST_CASE("a record without description and a record with a bad year are reported", "[profile]")
{
  const auto errors = load_errors("records:\n  quality: [{year: 2018}]\n  integrity: [{description: x, year: "
                                  "18, when: 1}]\n  safety: []\n"
                                  "  environment: []\n");
  CHECK(has_message(errors, 2, "缺少 description"));
  CHECK(has_message(errors, 3, "年份“18”无效"));
  CHECK(has_message(errors, 3, "未知的字段“when”"));
}

TEST_CASE("dates must be real calendar days", "[profile]")
{
  CHECK(load_profile_text("submission_date: 2020-02-29\n", "p").submission_date == "2020-02-29");
  CHECK(has_message(load_errors("submission_date: 2019-02-29\n"), 1, "不是有效日期"));
  CHECK(has_message(load_errors("submission_date: 2020/06/20\n"), 1, "不是有效日期"));
  CHECK(has_message(load_errors("submission_date: 2020-6-2\n"), 1, "不是有效日期"));
}

TEST_CASE("a missing profile file is one error naming it", "[profile]")
{
  try {
    load_profile("/nonexistent/dir/x.profile.yaml");
    FAIL("no error");
  } catch (const LoadError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].where.file == "/nonexistent/dir/x.profile.yaml");
  }
}

TEST_CASE("the sample profiles load", "[profile]")
{
  const std::filesystem::path samples = std::filesystem::path(QBCHECK_SOURCE_DIR) / "samples";
  const auto good = load_profile(samples / "profile.yaml");
  CHECK(good.name == "河南华瑞精密机械有限公司");
  CHECK(good.employees == 860);
  CHECK(good.revenue == 52000);
  CHECK(good.total_assets == 68000);
  CHECK(good.records.has_value());
  CHECK(good.records->empty());
  CHECK(good.recommender == "郑州市工业和信息化局");
  CHECK(good.henan_benchmark_year == 2018);
  CHECK(good.submission_date == "2020-06-20");
  const auto bad = load_profile(samples / "profile-ineligible.yaml");
  CHECK(bad.net_profit.at(2018) < 0);
  REQUIRE(bad.records.has_value());
  CHECK(bad.records->size() == 1);
  CHECK(bad.records->at(0).area == "safety");
  CHECK(bad.commit_sharing == false);
}

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("text report lists failures before passes and ends with the verdict", "[report]")
{
  const auto text = render("text", sample_run());
  const auto failure = text.find("summary.length  摘要 512 字");
  const auto passed = text.find("已通过 1 项：title.length");
  REQUIRE(failure != std::string::npos);
  REQUIRE(passed != std::string::npos);
  CHECK(failure < passed);
  CHECK(text.find("超出 12 字") != std::string::npos);
  CHECK(text.find("豁免理由：局方同意") != std::string::npos);
  CHECK(text.find("c.doc：这是旧版 Word 文件") != std::string::npos);
  CHECK(text.find("\033[") == std::string::npos);
  CHECK(text.ends_with("结论：共 3 个文档，1 个通过，1 个不通过，1 个无法读取。\n"));
}

TEST_CASE("text report uses colour only when asked and English with --lang en", "[report]")
{
  std::ostringstream out;
  report::write_report(*report::find_format("text"), sample_run(),
                       report::ReportOptions{Lang::en, true, "9.9.9"}, out);
  CHECK(out.str().find("\033[31m") != std::string::npos);
  CHECK(out.str().find("Verdict: 3 documents, 1 passed, 1 failed, 1 unreadable.") != std::string::npos);
  CHECK(out.str().find("12 over") != std::string::npos);
}

TEST_CASE("text report in English uses ASCII parentheses, in Chinese full-width ones", "[report]")
{
  const auto english = render("text", sample_run(), Lang::en);
  CHECK(english.find("FAIL (") != std::string::npos);
  CHECK(english.find("Counts per part (word)") != std::string::npos);
  CHECK(english.find("FAIL（") == std::string::npos);
  const auto chinese = render("text", sample_run());
  CHECK(chinese.find("不通过（") != std::string::npos);
}

TEST_CASE("an informative pass is shown with its message, not only its id", "[report]")
{
  auto run = sample_run();
  auto info = make_rule("eligibility.sme_class", Level::info, Outcome::pass, "企业规模：中型");
  run.documents.front().results.push_back(info);
  const auto text = render("text", run);
  CHECK(text.find("eligibility.sme_class  企业规模：中型") != std::string::npos);
  CHECK(render("csv", run).find("eligibility.sme_class") == std::string::npos);
}

// Rules write a location's place whole, part included ("企业概况第 3 段"); the report once prefixed the
// part's name again ("企业概况 企业概况第 3 段").
TEST_CASE("a location names its part once", "[report]")
{
  auto run = sample_run();
  auto& result = run.documents.front().results.front();
  REQUIRE(result.rule_id == "summary.length");
  result.locations.front().place = {"摘要第 3 段", "Abstract, paragraph 3"};
  CHECK(render("text", run).find("位置：摘要第 3 段「") != std::string::npos);
  CHECK(render("text", run, Lang::en).find("Abstract, paragraph 3 \"") != std::string::npos);
  CHECK(render("text", sample_run()).find("位置：摘要 第 3 段「") != std::string::npos); // no place: part + ¶
}

#include <catch2/catch.hpp>

#include "rules/waivers.hpp"

using namespace qb;

namespace {

rules::Waiver waiver_for(std::vector<std::string> files, std::filesystem::path base = {})
{
  rules::Waiver waiver;
  waiver.rule = "summary.length";
  waiver.files = std::move(files);
  waiver.reason = "ok";
  waiver.base = std::move(base);
  return waiver;
}

} // namespace

TEST_CASE("a waiver glob without a slash matches the file name anywhere", "[report]")
{
  const auto waiver = waiver_for({"*华瑞*.docx"});
  CHECK(waiver.matches_file("申报/2020/河南华瑞总结.docx"));
  CHECK(waiver.matches_file("河南华瑞.docx"));
  CHECK_FALSE(waiver.matches_file("申报/other.docx"));
  CHECK(waiver_for({"*"}).matches_file("a/b/c.docx"));
}

TEST_CASE("a waiver glob with a slash matches the path relative to its file's folder", "[report]")
{
  const auto base = std::filesystem::temp_directory_path() / "qbcheck-waiver-base";
  const auto waiver = waiver_for({"docs/*.docx"}, base);
  CHECK(waiver.matches_file(base / "docs" / "a.docx"));
  CHECK_FALSE(waiver.matches_file(base / "other" / "a.docx"));
  CHECK(waiver_for({"docs/*.docx"}).matches_file("docs/b.docx"));
}

TEST_CASE("a waiver is expired the day after its until date", "[report]")
{
  auto waiver = waiver_for({"*"});
  CHECK_FALSE(waiver.expired("2026-01-01"));
  waiver.until = "2026-03-31";
  CHECK_FALSE(waiver.expired("2026-03-31"));
  CHECK(waiver.expired("2026-04-01"));
}

TEST_CASE("waiver files are read strictly with line numbers", "[report]")
{
  const auto waivers = rules::load_waivers_text("waivers:\n"
                                                "  - rule: summary.length\n"
                                                "    files: ['*.docx', 'x/*.docx']\n"
                                                "    reason: 局方同意\n"
                                                "    by: 张三\n"
                                                "    until: 2026-12-31\n",
                                                "w.yaml", "/tmp");
  REQUIRE(waivers.size() == 1);
  CHECK(waivers[0].files.size() == 2);
  CHECK(waivers[0].by == "张三");
  CHECK(waivers[0].until == "2026-12-31");
  CHECK(waivers[0].where.line == 2);

  try {
    rules::load_waivers_text("waivers:\n"
                             "  - rule: summary.length\n"
                             "    file: '*.docx'\n"
                             "    reason: ok\n"
                             "    until: 2026-02-30\n",
                             "w.yaml", "/tmp");
    FAIL("no LoadError");
  } catch (const LoadError& error) {
    std::string all;
    for (const auto& diagnostic : error.diagnostics()) {
      all += format_diagnostic(diagnostic, Lang::en) + "\n";
    }
    INFO(all);
    CHECK(all.find("w.yaml:5:12: 'until' must be a real date") != std::string::npos);
    CHECK(all.find("missing required key 'files'") != std::string::npos);
    CHECK(all.find("w.yaml:3:5:") != std::string::npos); // the unknown key `file`
  }
}

TEST_CASE("iso dates are checked against the calendar", "[report]")
{
  CHECK(rules::is_iso_date("2024-02-29"));
  CHECK_FALSE(rules::is_iso_date("2023-02-29"));
  CHECK_FALSE(rules::is_iso_date("2024-2-29"));
  CHECK_FALSE(rules::is_iso_date("2024-13-01"));
  CHECK(rules::is_iso_date(rules::today_iso_date()));
}

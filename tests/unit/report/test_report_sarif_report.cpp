#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report_fixture.hpp"
#include "util/escape.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("sarif report has the fields SARIF 2.1.0 requires", "[report]")
{
  const auto sarif = nlohmann::json::parse(render("sarif", sample_run()));
  CHECK(sarif["version"] == "2.1.0");
  REQUIRE(sarif["runs"].size() == 1);
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "qbcheck");
  CHECK(run["tool"]["driver"]["version"] == "9.9.9");
  REQUIRE(run["results"].size() == 5); // two failures, not checked, waived, the batch rule
  const auto& rules = run["tool"]["driver"]["rules"];
  for (const auto& result : run["results"]) {
    INFO(result.dump());
    CHECK(result["ruleId"].is_string());
    CHECK(result["message"]["text"].is_string());
    const auto level = result["level"].get<std::string>();
    CHECK((level == "none" || level == "note" || level == "warning" || level == "error"));
    const auto index = result["ruleIndex"].get<std::size_t>();
    REQUIRE(index < rules.size());
    CHECK(rules[index]["id"] == result["ruleId"]);
  }
  CHECK(run["results"][0]["level"] == "error");
  CHECK(run["results"][1]["level"] == "warning");
  const auto& artifact = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(artifact["uri"] == "%E7%94%B3%E6%8A%A5/a%2C%22b%22%3Cx%3E.docx");
  CHECK(artifact["uriBaseId"] == "%SRCROOT%");
}

// SARIF's artifactLocation.uri is an RFC 3986 URI reference; the official validator (Sarif.Multitool, see
// tests/cli/sarif_validator.sh) rejected absolute paths written as relative references beginning with '/'.
TEST_CASE("file paths become RFC 3986 URI references", "[report]")
{
  CHECK(util::file_uri("samples/compliant.docx") == "samples/compliant.docx");
  CHECK(util::file_uri("/work/申报 材料.docx") ==
        "file:///work/%E7%94%B3%E6%8A%A5%20%E6%9D%90%E6%96%99.docx");
  CHECK(util::file_uri("a\\b#1?.docx") == "a/b%231%3F.docx");
  CHECK(util::file_uri("100%.docx") == "100%25.docx");
}

TEST_CASE("sarif report marks a waived result as suppressed and an unreadable file as a failed invocation",
          "[report]")
{
  const auto sarif = nlohmann::json::parse(render("sarif", sample_run()));
  const auto& run = sarif["runs"][0];
  const auto& waived = run["results"][3];
  CHECK(waived["ruleId"] == "page.size");
  CHECK(waived["level"] == "error");
  CHECK(waived["kind"] == "fail");
  CHECK(run["results"][2]["level"] == "none");
  CHECK(run["results"][2]["kind"] == "notApplicable");
  CHECK(waived["suppressions"][0]["kind"] == "external");
  CHECK(waived["suppressions"][0]["justification"] == "局方同意");
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["descriptor"]["id"] == "input.legacy_doc");
}

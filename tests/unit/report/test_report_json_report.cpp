#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("json report has the keys the schema promises", "[report]")
{
  const auto json = nlohmann::json::parse(render("json", sample_run()));
  CHECK(json["schema_version"] == "1.0");
  CHECK(json["tool"]["name"] == "qbcheck");
  CHECK(json["tool"]["version"] == "9.9.9");
  CHECK(json["ruleset"]["id"] == "caq-2020");
  CHECK(json["ruleset"]["title"] == "2020 年通知");
  CHECK(json["ruleset"]["source"] == "中国质量协会 2020");
  REQUIRE(json["documents"].size() == 3);

  const auto& failing = json["documents"][0];
  CHECK(failing["file"] == "申报/a,\"b\"<x>.docx");
  CHECK(failing["status"] == "fail");
  CHECK_FALSE(failing.contains("error"));
  CHECK(failing["counts"]["mode"] == "word");
  CHECK(failing["counts"]["parts"]["summary"] == 512);
  const auto& result = failing["results"][0];
  for (const char* key :
       {"rule", "level", "outcome", "message", "actual", "expected", "location", "source"}) {
    INFO(key);
    CHECK(result.contains(key));
  }
  CHECK(result["rule"] == "summary.length");
  CHECK(result["level"] == "error");
  CHECK(result["outcome"] == "fail");
  CHECK(result["actual"] == "512");
  CHECK(result["location"]["part"] == "summary");
  CHECK(result["location"]["paragraph"] == 3);
  CHECK(result["location"]["excerpt"] == "本公司以精益, \"六西格玛\"");
  CHECK(failing["results"][3]["outcome"] == "waived");
  CHECK(failing["results"][3]["waiver_reason"] == "局方同意");

  CHECK(json["documents"][1]["counts"]["parts"]["overview"].is_null());
  CHECK(json["documents"][2]["status"] == "error");
  CHECK(json["documents"][2]["error"]["code"] == "input.legacy_doc");
  CHECK(json["summary"] == nlohmann::json{{"documents", 3}, {"passed", 1}, {"failed", 1}, {"errors", 1}});
  CHECK(json["notices"][0]["code"] == "batch.lock_file_skipped");
}

TEST_CASE("json report follows --lang for its texts", "[report]")
{
  const auto json = nlohmann::json::parse(render("json", sample_run(), Lang::en));
  CHECK(json["ruleset"]["title"] == "2020 notice");
  CHECK(json["documents"][2]["error"]["message"] == "c.doc: a Word 97-2003 file");
}

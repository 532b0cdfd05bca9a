#include <catch2/catch.hpp>

#include "eval/apply_waivers.hpp"

using namespace qb;

namespace {

RuleResult rule(std::string id, Level level, Outcome outcome)
{
  RuleResult result;
  result.rule_id = std::move(id);
  result.level = level;
  result.outcome = outcome;
  return result;
}

DocumentResult failing_document()
{
  DocumentResult document;
  document.file = "申报/华瑞.docx";
  document.status = DocumentStatus::fail;
  document.results = {rule("summary.length", Level::error, Outcome::fail),
                      rule("style.body", Level::warning, Outcome::fail),
                      rule("title.length", Level::error, Outcome::pass)};
  return document;
}

rules::Waiver waiver(std::string rule_id, std::string glob, std::optional<std::string> until = {})
{
  rules::Waiver result;
  result.rule = std::move(rule_id);
  result.files = {std::move(glob)};
  result.reason = "局方同意";
  result.by = "张三";
  result.until = std::move(until);
  result.where = {"w.yaml", 3, 5};
  return result;
}

} // namespace

TEST_CASE("a matching waiver turns a failure into waived, with its reason, and the document passes",
          "[report]")
{
  auto document = failing_document();
  const std::vector<rules::Waiver> waivers{waiver("summary.length", "*.docx")};
  eval::WaiverUsage usage(waivers.size());
  eval::apply_waivers(document, waivers, "2026-01-01", &usage);
  eval::settle_document(document);
  CHECK(document.status == DocumentStatus::pass);
  CHECK(document.results[0].rule_id == "style.body"); // the remaining failure sorts first
  CHECK(document.results[1].outcome == Outcome::waived);
  CHECK(document.results[1].waiver_reason.zh == "局方同意（张三 批准）");
  CHECK(usage.counts() == std::vector<std::size_t>{1});
  CHECK(eval::waiver_notices(waivers, usage.counts(), "2026-01-01").empty());
}

TEST_CASE("a waiver never turns a pass into anything else", "[report]")
{
  auto document = failing_document();
  eval::apply_waivers(document, {waiver("title.length", "*")}, "2026-01-01", nullptr);
  CHECK(document.results[2].outcome == Outcome::pass);
}

TEST_CASE("an expired waiver does not apply and is reported", "[report]")
{
  auto document = failing_document();
  const std::vector<rules::Waiver> waivers{waiver("summary.length", "*", "2025-12-31")};
  eval::WaiverUsage usage(waivers.size());
  eval::apply_waivers(document, waivers, "2026-01-01", &usage);
  eval::settle_document(document);
  CHECK(document.status == DocumentStatus::fail);
  CHECK(document.results[0].outcome == Outcome::fail);
  const auto notices = eval::waiver_notices(waivers, usage.counts(), "2026-01-01");
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].code == "waiver.expired");
  CHECK(notices[0].message.en.find("2025-12-31") != std::string::npos);
  CHECK(notices[0].message.en.find("w.yaml:3") != std::string::npos);
}

TEST_CASE("a waiver that matched nothing is reported as unused", "[report]")
{
  auto document = failing_document();
  const std::vector<rules::Waiver> waivers{waiver("summary.length", "other*.docx"), waiver("page.size", "*")};
  eval::WaiverUsage usage(waivers.size());
  eval::apply_waivers(document, waivers, "2026-01-01", &usage);
  const auto notices = eval::waiver_notices(waivers, usage.counts(), "2026-01-01");
  REQUIRE(notices.size() == 2);
  CHECK(notices[0].code == "waiver.unused");
  CHECK(notices[1].message.en.find("page.size") != std::string::npos);
}

TEST_CASE("level overrides change a level or drop a rule", "[report]")
{
  auto document = failing_document();
  std::map<std::string, rules::LevelOverride> overrides;
  overrides["summary.length"] = {Level::warning, {}};
  overrides["style.body"] = {std::nullopt, {}};
  eval::apply_level_overrides(document.results, overrides);
  eval::settle_document(document);
  REQUIRE(document.results.size() == 2);
  CHECK(document.results[0].level == Level::warning);
  CHECK(document.status == DocumentStatus::pass);
}

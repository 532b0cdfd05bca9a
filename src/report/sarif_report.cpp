// SARIF 2.1.0 (OASIS): one run, the rule set's rules as reportingDescriptors, one result per failed or
// not-checked rule. Unreadable documents are toolExecutionNotifications, and make the invocation
// unsuccessful.
#include <map>

#include <nlohmann/json.hpp>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "util/escape.hpp"

namespace qb::report {
namespace {

const char* default_level(Level level);

// A waived result is still a finding (suppressed, with its justification), so it keeps the rule's level;
// only a rule that could not be checked is "none".
const char* sarif_level(const RuleResult& result)
{
  return result.outcome == Outcome::not_checked ? "none" : default_level(result.level);
}

const char* default_level(Level level)
{
  switch (level) {
  case Level::error: return "error";
  case Level::warning: return "warning";
  case Level::info: return "note";
  }
  return "error";
}

nlohmann::json sarif_location(const std::string& file, const DocumentLocation* location,
                              const DocumentResult& document, Lang lang)
{
  nlohmann::json artifact{{"uri", util::file_uri(file)}};
  if (!file.empty() && file.front() != '/') {
    artifact["uriBaseId"] = "%SRCROOT%"; // relative to where qbcheck ran: the repository root in CI
  }
  nlohmann::json json{{"physicalLocation", {{"artifactLocation", artifact}}}};
  if (location) {
    json["logicalLocations"] = nlohmann::json::array(
        {{{"name", location->part.empty() ? std::string("document") : location->part}, {"kind", "section"}}});
    json["message"] = {{"text", describe_location(*location, document.parts, lang)}};
    if (location->paragraph) {
      json["properties"] = {{"paragraph", *location->paragraph}, {"excerpt", location->excerpt}};
    }
  }
  return json;
}

} // namespace

void write_sarif_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  const auto lang = options.lang;
  std::map<std::string, std::size_t> rule_index;
  nlohmann::json rules = nlohmann::json::array();
  nlohmann::json results = nlohmann::json::array();
  nlohmann::json notifications = nlohmann::json::array();

  const auto add_result = [&](const RuleResult& result, const DocumentResult& document) {
    auto [it, inserted] = rule_index.emplace(result.rule_id, rules.size());
    if (inserted) {
      rules.push_back({{"id", result.rule_id},
                       {"shortDescription", {{"text", result.title.in(lang)}}},
                       {"defaultConfiguration", {{"level", default_level(result.level)}}},
                       {"properties", {{"kind", result.kind}, {"source", result.source}}}});
    }
    if (result.outcome == Outcome::pass) {
      return;
    }
    nlohmann::json json{{"ruleId", result.rule_id},
                        {"ruleIndex", it->second},
                        {"level", sarif_level(result)},
                        {"kind", result.outcome == Outcome::not_checked ? "notApplicable" : "fail"},
                        {"message", {{"text", result.message.in(lang)}}}};
    auto& locations = json["locations"] = nlohmann::json::array();
    if (!document.file.empty()) {
      locations.push_back(sarif_location(
          document.file, result.locations.empty() ? nullptr : &result.locations.front(), document, lang));
    }
    if (result.outcome == Outcome::waived) {
      json["suppressions"] = {{{"kind", "external"}, {"justification", result.waiver_reason.in(lang)}}};
    }
    results.push_back(std::move(json));
  };

  for (const auto& document : run.documents) {
    if (document.error) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", document.error->message.in(lang)}}},
                               {"descriptor", {{"id", document.error->code}}},
                               {"locations", {sarif_location(document.file, nullptr, document, lang)}}});
      continue;
    }
    for (const auto& result : document.results) {
      add_result(result, document);
    }
  }
  const DocumentResult none;
  for (const auto& result : run.batch_results) {
    add_result(result, none);
  }

  nlohmann::json sarif{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       {{{"tool", {{"driver", {{"name", "qbcheck"}, {"version", options.tool_version}, {"rules", rules}}}}},
         {"invocations",
          {{{"executionSuccessful", notifications.empty()}, {"toolExecutionNotifications", notifications}}}},
         {"results", results},
         {"properties", {{"ruleset", run.ruleset.id}, {"countingMode", run.ruleset.counting_mode}}}}}},
  };
  // A file name need not be UTF-8 (a GBK name unpacked from a zip): its bad bytes show as U+FFFD.
  out << sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace qb::report

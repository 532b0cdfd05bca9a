// SARIF 2.1.0 (OASIS): one run, the rule set's rules as reportingDescriptors, one result per failed or
// not-checked rule. Unreadable documents are toolExecutionNotifications, and make the invocation
// unsuccessful.
#include <map>

#include <nlohmann/json.hpp>

#include "report/formats.hpp"
#include "report/json_writer.hpp"
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

// Results and notifications go to spools as documents come; the rules (one per rule id, few) stay in memory.
// nlohmann::json orders members by name, and this writes them in that order.
class SarifReport final : public ReportStream
{
public:
  SarifReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_ruleset(ruleset)
    , m_options(options)
    , m_out(out)
  {
  }

  void add_document(const DocumentResult& document) override
  {
    const auto lang = m_options.lang;
    if (document.error) {
      m_notifications.add({{"level", "error"},
                           {"message", {{"text", document.error->message.in(lang)}}},
                           {"descriptor", {{"id", document.error->code}}},
                           {"locations", {sarif_location(document.file, nullptr, document, lang)}}});
      return;
    }
    for (const auto& result : document.results) {
      add_result(result, document);
    }
  }

  void finish(const RunEnd& end) override
  {
    const DocumentResult none;
    for (const auto& result : end.batch_results) {
      add_result(result, none);
    }
    JsonWriter json(m_out);
    json.begin_object();
    json.key("$schema");
    json.value("https://json.schemastore.org/sarif-2.1.0.json");
    json.key("runs");
    json.begin_array();
    json.begin_object();
    json.key("invocations");
    json.begin_array();
    json.begin_object();
    json.key("executionSuccessful");
    json.value(m_notifications.empty());
    json.key("toolExecutionNotifications");
    json.spooled_array(m_notifications);
    json.end_object();
    json.end_array();
    json.key("properties");
    json.value({{"ruleset", m_ruleset.id}, {"countingMode", m_ruleset.counting_mode}});
    json.key("results");
    json.spooled_array(m_results);
    json.key("tool");
    json.value({{"driver", {{"name", "qbcheck"}, {"version", m_options.tool_version}, {"rules", m_rules}}}});
    json.end_object();
    json.end_array();
    json.key("version");
    json.value("2.1.0");
    json.end_object();
    json.end_document();
  }

private:
  void add_result(const RuleResult& result, const DocumentResult& document)
  {
    const auto lang = m_options.lang;
    auto [it, inserted] = m_rule_index.emplace(result.rule_id, m_rules.size());
    if (inserted) {
      m_rules.push_back({{"id", result.rule_id},
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
    m_results.add(json);
  }

  RulesetInfo m_ruleset;
  ReportOptions m_options;
  std::ostream& m_out;
  std::map<std::string, std::size_t> m_rule_index;
  nlohmann::json m_rules = nlohmann::json::array();
  JsonArraySpool m_results{4};       // runs[0].results[]
  JsonArraySpool m_notifications{6}; // runs[0].invocations[0].toolExecutionNotifications[]
};

} // namespace

std::unique_ptr<ReportStream> open_sarif_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                                std::ostream& out)
{
  return std::make_unique<SarifReport>(ruleset, options, out);
}

} // namespace qb::report

// The JSON report. Its shape is a published contract (docs/json-schema.md, docs/qbcheck-report.schema.json):
// add fields only; never rename or remove one without bumping k_schema_version.
#include <nlohmann/json.hpp>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/run_summary.hpp"

namespace qb::report {
namespace {

constexpr const char* k_schema_version = "1.0";

nlohmann::json location_json(const DocumentLocation& location, Lang lang)
{
  nlohmann::json json{
      {"part", location.part.empty() ? nlohmann::json(nullptr) : nlohmann::json(location.part)},
      {"paragraph", location.paragraph ? nlohmann::json(*location.paragraph) : nlohmann::json(nullptr)},
      {"excerpt", location.excerpt}};
  if (!location.place.in(lang).empty()) {
    json["place"] = location.place.in(lang);
  }
  return json;
}

nlohmann::json result_json(const RuleResult& result, Lang lang)
{
  nlohmann::json json{
      {"rule", result.rule_id},
      {"kind", result.kind},
      {"level", to_string(result.level)},
      {"outcome", to_string(result.outcome)},
      {"title", result.title.in(lang)},
      {"message", result_text(result, lang)},
      {"actual", result.actual},
      {"expected", result.expected},
      {"location",
       result.locations.empty() ? nlohmann::json(nullptr) : location_json(result.locations.front(), lang)},
      {"source", result.source},
  };
  if (result.locations.size() > 1) {
    auto& all = json["locations"] = nlohmann::json::array();
    for (const auto& location : result.locations) {
      all.push_back(location_json(location, lang));
    }
  }
  if (result.outcome == Outcome::waived) {
    json["waiver_reason"] = result.waiver_reason.in(lang);
  }
  return json;
}

nlohmann::json document_json(const DocumentResult& document, Lang lang)
{
  nlohmann::json json{{"file", document.file}, {"status", to_string(document.status)}};
  if (document.error) {
    json["error"] = {{"code", document.error->code}, {"message", document.error->message.in(lang)}};
  }
  nlohmann::json parts = nlohmann::json::object();
  nlohmann::json limits = nlohmann::json::object();
  for (const auto& part : document.parts) {
    parts[part.part_id] = part.count ? nlohmann::json(*part.count) : nlohmann::json(nullptr);
    if (part.limit) {
      limits[part.part_id] = *part.limit;
    }
  }
  json["counts"] = {{"mode", document.counting_mode}, {"parts", parts}, {"limits", limits}};
  json["profile"] =
      document.profile_file.empty() ? nlohmann::json(nullptr) : nlohmann::json(document.profile_file);
  auto& results = json["results"] = nlohmann::json::array();
  for (const auto& result : document.results) {
    results.push_back(result_json(result, lang));
  }
  return json;
}

} // namespace

void write_json_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  const auto summary = summarize(run);
  nlohmann::json json{
      {"schema_version", k_schema_version},
      {"tool", {{"name", "qbcheck"}, {"version", options.tool_version}}},
      {"ruleset",
       {{"id", run.ruleset.id},
        {"title", run.ruleset.title.in(options.lang)},
        {"source", run.ruleset.source},
        {"file", run.ruleset.file},
        {"counting_mode", run.ruleset.counting_mode}}},
  };
  auto& documents = json["documents"] = nlohmann::json::array();
  for (const auto& document : run.documents) {
    documents.push_back(document_json(document, options.lang));
  }
  auto& batch = json["batch_results"] = nlohmann::json::array();
  for (const auto& result : run.batch_results) {
    batch.push_back(result_json(result, options.lang));
  }
  auto& notices = json["notices"] = nlohmann::json::array();
  for (const auto& notice : run.notices) {
    notices.push_back({{"code", notice.code}, {"message", notice.message.in(options.lang)}});
  }
  json["summary"] = {{"documents", summary.documents},
                     {"passed", summary.passed},
                     {"failed", summary.failed},
                     {"errors", summary.errors}};
  // A file name need not be UTF-8 (a GBK name unpacked from a zip): its bad bytes show as U+FFFD.
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace qb::report

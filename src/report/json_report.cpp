// The JSON report. Its shape is a published contract (docs/json-schema.md, docs/qbcheck-report.schema.json):
// add fields only; never rename or remove one without bumping k_schema_version.
#include <nlohmann/json.hpp>

#include "report/formats.hpp"
#include "report/json_writer.hpp"
#include "report/labels.hpp"

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

class JsonReport final : public ReportStream
{
public:
  JsonReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_ruleset(ruleset)
    , m_options(options)
    , m_out(out)
  {
  }

  void add_document(const DocumentResult& document) override
  {
    m_documents.add(document_json(document, m_options.lang));
  }

  // nlohmann::json orders an object's members by name, so the documents come after the batch results: they
  // wait in a spool until then.
  void finish(const RunEnd& end) override
  {
    const auto lang = m_options.lang;
    JsonWriter json(m_out);
    json.begin_object();
    json.key("batch_results");
    auto batch = nlohmann::json::array();
    for (const auto& result : end.batch_results) {
      batch.push_back(result_json(result, lang));
    }
    json.value(batch);
    json.key("documents");
    json.spooled_array(m_documents);
    json.key("notices");
    auto notices = nlohmann::json::array();
    for (const auto& notice : end.notices) {
      notices.push_back({{"code", notice.code}, {"message", notice.message.in(lang)}});
    }
    json.value(notices);
    json.key("ruleset");
    json.value({{"id", m_ruleset.id},
                {"title", m_ruleset.title.in(lang)},
                {"source", m_ruleset.source},
                {"file", m_ruleset.file},
                {"counting_mode", m_ruleset.counting_mode}});
    json.key("schema_version");
    json.value(k_schema_version);
    json.key("summary");
    json.value({{"documents", end.summary.documents},
                {"passed", end.summary.passed},
                {"failed", end.summary.failed},
                {"errors", end.summary.errors}});
    json.key("tool");
    json.value({{"name", "qbcheck"}, {"version", m_options.tool_version}});
    json.end_object();
    json.end_document();
  }

private:
  RulesetInfo m_ruleset;
  ReportOptions m_options;
  std::ostream& m_out;
  JsonArraySpool m_documents;
};

} // namespace

std::unique_ptr<ReportStream> open_json_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out)
{
  return std::make_unique<JsonReport>(ruleset, options, out);
}

} // namespace qb::report

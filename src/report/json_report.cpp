// The JSON report. Its shape is a published contract (docs/json-schema.md, docs/qbcheck-report.schema.json):
// add fields only; never rename or remove one without bumping k_schema_version.
#include <algorithm>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "report/formats.hpp"
#include "report/json_writer.hpp"
#include "report/labels.hpp"

namespace qb::report {
namespace {

constexpr const char* k_schema_version = "1.0";

// The writers below give each object's members in name order, as nlohmann::json keeps them (the report was
// first written from a tree, and its bytes are kept).

void write_location(JsonWriter& json, const DocumentLocation& location, Lang lang)
{
  json.begin_object();
  json.key("excerpt");
  json.string(location.excerpt);
  json.key("paragraph");
  if (location.paragraph) {
    json.integer(static_cast<std::int64_t>(*location.paragraph));
  } else {
    json.null();
  }
  json.key("part");
  if (location.part.empty()) {
    json.null();
  } else {
    json.string(location.part);
  }
  if (!location.place.in(lang).empty()) {
    json.key("place");
    json.string(location.place.in(lang));
  }
  json.end_object();
}

void write_result(JsonWriter& json, const RuleResult& result, Lang lang)
{
  json.begin_object();
  json.key("actual");
  json.string(result.actual);
  json.key("expected");
  json.string(result.expected);
  json.key("kind");
  json.string(result.kind);
  json.key("level");
  json.string(to_string(result.level));
  json.key("location");
  if (result.locations.empty()) {
    json.null();
  } else {
    write_location(json, result.locations.front(), lang);
  }
  if (result.locations.size() > 1) {
    json.key("locations");
    json.begin_array();
    for (const auto& location : result.locations) {
      write_location(json, location, lang);
    }
    json.end_array();
  }
  json.key("message");
  json.string(result_text(result, lang));
  json.key("outcome");
  json.string(to_string(result.outcome));
  json.key("rule");
  json.string(result.rule_id);
  json.key("source");
  json.string(result.source);
  json.key("title");
  json.string(result.title.in(lang));
  if (result.outcome == Outcome::waived) {
    json.key("waiver_reason");
    json.string(result.waiver_reason.in(lang));
  }
  json.end_object();
}

// `counts.parts` and `counts.limits`: part id -> value, in id order (ids are unique: the rule loader refuses
// a repeated one).
template <typename Value> void write_part_map(JsonWriter& json, const DocumentResult& document, Value&& value)
{
  std::vector<const PartCount*> parts;
  for (const auto& part : document.parts) {
    parts.push_back(&part);
  }
  std::sort(parts.begin(), parts.end(),
            [](const PartCount* a, const PartCount* b) { return a->part_id < b->part_id; });
  json.begin_object();
  for (const auto* part : parts) {
    value(json, *part);
  }
  json.end_object();
}

void write_document(JsonWriter& json, const DocumentResult& document, Lang lang)
{
  json.begin_object();
  json.key("counts");
  json.begin_object();
  json.key("limits");
  write_part_map(json, document, [](JsonWriter& out, const PartCount& part) {
    if (part.limit) {
      out.key(part.part_id);
      out.integer(*part.limit);
    }
  });
  json.key("mode");
  json.string(document.counting_mode);
  json.key("parts");
  write_part_map(json, document, [](JsonWriter& out, const PartCount& part) {
    out.key(part.part_id);
    if (part.count) {
      out.integer(*part.count);
    } else {
      out.null();
    }
  });
  json.end_object();
  if (document.error) {
    json.key("error");
    json.begin_object();
    json.key("code");
    json.string(document.error->code);
    json.key("message");
    json.string(document.error->message.in(lang));
    json.end_object();
  }
  json.key("file");
  json.string(document.file);
  json.key("profile");
  if (document.profile_file.empty()) {
    json.null();
  } else {
    json.string(document.profile_file);
  }
  json.key("results");
  json.begin_array();
  for (const auto& result : document.results) {
    write_result(json, result, lang);
  }
  json.end_array();
  json.key("status");
  json.string(to_string(document.status));
  json.end_object();
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
    auto json = m_documents.add();
    write_document(json, document, m_options.lang);
  }

  // nlohmann::json orders an object's members by name, so the documents come after the batch results: they
  // wait in a spool until then.
  void finish(const RunEnd& end) override
  {
    const auto lang = m_options.lang;
    JsonWriter json(m_out);
    json.begin_object();
    json.key("batch_results");
    json.begin_array();
    for (const auto& result : end.batch_results) {
      write_result(json, result, lang);
    }
    json.end_array();
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
  JsonArraySpool m_documents{2}; // the elements of the top object's "documents"
};

} // namespace

std::unique_ptr<ReportStream> open_json_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out)
{
  return std::make_unique<JsonReport>(ruleset, options, out);
}

} // namespace qb::report

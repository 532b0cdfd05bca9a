// GitHub Actions workflow commands: one annotation per failed rule, shown on the pull request.
#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/run_summary.hpp"
#include "rules/message_catalog.hpp"
#include "util/escape.hpp"

namespace qb::report {
namespace {

const char* command_for(Level level)
{
  switch (level) {
  case Level::error: return "error";
  case Level::warning: return "warning";
  case Level::info: return "notice";
  }
  return "error";
}

void annotate(std::ostream& out, const char* command, std::string_view file, std::string_view title,
              std::string_view message)
{
  out << "::" << command;
  if (!file.empty()) {
    out << " file=" << util::github_property(file) << ",title=" << util::github_property(title);
  } else {
    out << " title=" << util::github_property(title);
  }
  out << "::" << util::github_message(message) << '\n';
}

} // namespace

void write_github_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  const auto lang = options.lang;
  for (const auto& document : run.documents) {
    if (document.error) {
      annotate(out, "error", document.file, document.error->code, document.error->message.in(lang));
      continue;
    }
    for (const auto& result : document.results) {
      if (result.outcome != Outcome::fail) {
        continue;
      }
      std::string message = result.message.in(lang);
      if (!result.locations.empty()) {
        message += "\n" + rules::message(
                              "report.location",
                              {{"where", describe_location(result.locations.front(), document.parts, lang)}})
                              .in(lang);
      }
      annotate(out, command_for(result.level), document.file, result.rule_id, message);
    }
  }
  for (const auto& result : run.batch_results) {
    if (result.outcome == Outcome::fail) {
      annotate(out, command_for(result.level), {}, result.rule_id, result.message.in(lang));
    }
  }
  for (const auto& notice : run.notices) {
    annotate(out, "notice", {}, notice.code, notice.message.in(lang));
  }
  const auto summary = summarize(run);
  out << rules::message("report.verdict", {{"documents", std::to_string(summary.documents)},
                                           {"passed", std::to_string(summary.passed)},
                                           {"failed", std::to_string(summary.failed)},
                                           {"errors", std::to_string(summary.errors)}})
             .in(lang)
      << '\n';
}

} // namespace qb::report

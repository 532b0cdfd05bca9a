// GitHub Actions workflow commands: one annotation per failed rule, shown on the pull request.
#include "report/formats.hpp"
#include "report/labels.hpp"
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

class GithubReport final : public ReportStream
{
public:
  GithubReport(const ReportOptions& options, std::ostream& out)
    : m_lang(options.lang)
    , m_out(out)
  {
  }

  void add_document(const DocumentResult& document) override
  {
    if (document.error) {
      annotate(m_out, "error", document.file, document.error->code, document.error->message.in(m_lang));
      return;
    }
    for (const auto& result : document.results) {
      if (result.outcome != Outcome::fail) {
        continue;
      }
      std::string message = result.message.in(m_lang);
      if (!result.locations.empty()) {
        message +=
            "\n" +
            rules::message("report.location",
                           {{"where", describe_location(result.locations.front(), document.parts, m_lang)}})
                .in(m_lang);
      }
      annotate(m_out, command_for(result.level), document.file, result.rule_id, message);
    }
  }

  void finish(const RunEnd& end) override
  {
    for (const auto& result : end.batch_results) {
      if (result.outcome == Outcome::fail) {
        annotate(m_out, command_for(result.level), {}, result.rule_id, result.message.in(m_lang));
      }
    }
    for (const auto& notice : end.notices) {
      annotate(m_out, "notice", {}, notice.code, notice.message.in(m_lang));
    }
    m_out << verdict_line(end.summary, m_lang) << '\n';
  }

private:
  Lang m_lang;
  std::ostream& m_out;
};

} // namespace

std::unique_ptr<ReportStream> open_github_report(const RulesetInfo& /*ruleset*/, const ReportOptions& options,
                                                 std::ostream& out)
{
  return std::make_unique<GithubReport>(options, out);
}

} // namespace qb::report

#include "cli/run_report.hpp"

#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "cli/command_table.hpp"
#include "eval/apply_waivers.hpp"
#include "rules/message_catalog.hpp"

namespace qb::cli {
namespace {

bool use_color(const CommonOptions& options, const RunOptions& run_options)
{
  if (options.color == "always") {
    return true;
  }
  if (options.color == "never" || run_options.format->name != "text" || !options.output.empty()) {
    return false;
  }
  return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
}

} // namespace

RunReport::RunReport(const CommonOptions& options, const RunOptions& run_options, std::ostream& err)
  : m_output(options.output)
  , m_lang(run_options.lang)
  , m_err(err)
  , m_status(run_options.fail_on)
{
}

RunReport::~RunReport() = default;

std::unique_ptr<RunReport> RunReport::open(const CommonOptions& options, const RunOptions& run_options,
                                           const RulesetInfo& ruleset, std::ostream& err)
{
  const auto lang = run_options.lang;
  const bool to_terminal = options.output.empty() && isatty(STDOUT_FILENO);
  if (run_options.format->binary && to_terminal) {
    err << rules::message("cli.binary_to_terminal", {{"format", options.format}}).in(lang) << '\n';
    return nullptr;
  }
  std::unique_ptr<RunReport> report(new RunReport(options, run_options, err));
  report->m_to_terminal = to_terminal;
  if (options.output.empty()) {
    report->m_out = &std::cout;
  } else {
    report->m_file.open(options.output, std::ios::binary);
    if (!report->m_file) {
      err << rules::message("cli.cannot_write", {{"file", options.output}}).in(lang) << '\n';
      return nullptr;
    }
    report->m_out = &report->m_file;
  }
  report::ReportOptions report_options;
  report_options.lang = lang;
  report_options.color = use_color(options, run_options);
  report_options.tool_version = QBCHECK_VERSION;
  try {
    report->m_stream = run_options.format->open(ruleset, report_options, *report->m_out);
  } catch (const std::exception& error) {
    err << rules::message("cli.report_failed", {{"detail", error.what()}}).in(lang) << '\n';
    return nullptr;
  }
  return report;
}

void RunReport::failed(const std::exception& error)
{
  if (!m_failure) {
    m_failure = error.what();
  }
}

void RunReport::add(const DocumentResult& document)
{
  m_summary.add(document.status);
  m_status.add(document);
  if (m_failure) {
    return; // the report is already lost; the run goes on for the exit status
  }
  try {
    m_stream->add_document(document);
  } catch (const std::exception& error) {
    failed(error);
  }
}

int RunReport::finish(const std::vector<RuleResult>& batch_results, std::vector<RunNotice> notices,
                      const CheckSettings& settings)
{
  m_status.add(batch_results);
  const auto counts = settings.waiver_usage ? settings.waiver_usage->counts() : std::vector<std::size_t>{};
  for (auto& notice : eval::waiver_notices(settings.waivers, counts, settings.today)) {
    notices.push_back(std::move(notice));
  }
  if (!m_failure) {
    try {
      m_stream->finish(report::RunEnd{batch_results, notices, m_summary});
      m_out->flush();
    } catch (const std::exception& error) {
      failed(error);
    }
  }
  if (m_failure) {
    m_err << rules::message("cli.report_failed", {{"detail", *m_failure}}).in(m_lang) << '\n';
    return exit_invalid;
  }
  if (!*m_out) {
    m_err << rules::message("cli.cannot_write", {{"file", m_output.empty() ? "-" : m_output}}).in(m_lang)
          << '\n';
    return exit_invalid;
  }
  return m_status.value();
}

} // namespace qb::cli

#include "report/formats.hpp"

#include "report/report_format.hpp"

namespace qb::report {

const std::vector<FormatEntry>& format_table()
{
  static const std::vector<FormatEntry> table{
      {"text", "grouped per document, failures first with what to do; colour on a terminal",
       open_text_report},
      {"json", "versioned machine-readable report (docs/json-schema.md)", open_json_report},
      {"junit", "JUnit XML: a testsuite per document, a testcase per rule", open_junit_report},
      {"sarif", "SARIF 2.1.0 for code-scanning dashboards", open_sarif_report},
      {"github", "GitHub Actions workflow annotations", open_github_report},
      {"csv", "one row per document, UTF-8 with BOM for Excel and WPS", open_csv_report},
      {"html", "a self-contained page with a sortable table and per-document details", open_html_report},
      {"xlsx", "an Excel workbook: summary sheet and one row per finding", open_xlsx_report, true},
  };
  return table;
}

const FormatEntry* find_format(std::string_view name)
{
  for (const auto& entry : format_table()) {
    if (entry.name == name) {
      return &entry;
    }
  }
  return nullptr;
}

void write_report(const FormatEntry& format, const RunResult& run, const ReportOptions& options,
                  std::ostream& out)
{
  auto stream = format.open(run.ruleset, options, out);
  for (const auto& document : run.documents) {
    stream->add_document(document);
  }
  stream->finish(RunEnd{run.batch_results, run.notices, summarize(run)});
}

std::vector<std::string> format_names()
{
  std::vector<std::string> names;
  for (const auto& entry : format_table()) {
    names.emplace_back(entry.name);
  }
  return names;
}

} // namespace qb::report

#include "report/formats.hpp"

#include "report/report_format.hpp"

namespace qb::report {

const std::vector<FormatEntry>& format_table()
{
  static const std::vector<FormatEntry> table{
      {"text", "grouped per document, failures first with what to do; colour on a terminal",
       write_text_report},
      {"json", "versioned machine-readable report (docs/json-schema.md)", write_json_report},
      {"junit", "JUnit XML: a testsuite per document, a testcase per rule", write_junit_report},
      {"sarif", "SARIF 2.1.0 for code-scanning dashboards", write_sarif_report},
      {"github", "GitHub Actions workflow annotations", write_github_report},
      {"csv", "one row per document, UTF-8 with BOM for Excel and WPS", write_csv_report},
      {"html", "a self-contained page with a sortable table and per-document details", write_html_report},
      {"xlsx", "an Excel workbook: summary sheet and one row per finding", write_xlsx_report, true},
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

std::vector<std::string> format_names()
{
  std::vector<std::string> names;
  for (const auto& entry : format_table()) {
    names.emplace_back(entry.name);
  }
  return names;
}

} // namespace qb::report

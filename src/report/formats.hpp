#pragma once

#include <ostream>

#include "report/report_format.hpp"

// The writer of each format; each is defined in its own <format>_report.cpp.
namespace qb::report {

void write_text_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_json_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_junit_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_sarif_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_github_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_csv_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_html_report(const RunResult& run, const ReportOptions& options, std::ostream& out);
void write_xlsx_report(const RunResult& run, const ReportOptions& options, std::ostream& out);

} // namespace qb::report

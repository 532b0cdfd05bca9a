#pragma once

#include <memory>
#include <ostream>

#include "report/report_format.hpp"

// The opener of each format; each is defined in its own <format>_report.cpp.
namespace qb::report {

std::unique_ptr<ReportStream> open_text_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out);
std::unique_ptr<ReportStream> open_json_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out);
std::unique_ptr<ReportStream> open_junit_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                                std::ostream& out);
std::unique_ptr<ReportStream> open_sarif_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                                std::ostream& out);
std::unique_ptr<ReportStream> open_github_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                                 std::ostream& out);
std::unique_ptr<ReportStream> open_csv_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                              std::ostream& out);
std::unique_ptr<ReportStream> open_html_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out);
std::unique_ptr<ReportStream> open_xlsx_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out);

} // namespace qb::report

#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"

namespace qb::report {

// The clerk's one-row-per-document table shared by csv, html and xlsx.
struct SummaryTable
{
  std::vector<std::string> header; // 文件, 结论, 推荐单位, one column per part, 未通过的规则, 错误说明
  std::vector<std::vector<std::string>> rows; // cells as display text
  std::vector<DocumentStatus> statuses;       // parallel to rows
  std::size_t first_part_column = 3;          // part count columns are numeric
  std::size_t part_columns = 0;
};

// Builds the table; part columns come from the first document that has parts (the rule set's order).
SummaryTable build_summary_table(const RunResult& run, Lang lang);

} // namespace qb::report

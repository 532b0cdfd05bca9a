#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace qb::report {

// The columns of the clerk's one-row-per-document table shared by csv, html and xlsx: 文件, 结论, 推荐单位,
// one per part of the rule set, 未通过的规则, 错误说明. They come from the rule set, not from the documents,
// so every batch has the same columns and a row can be written as soon as its document is checked.
struct SummaryColumns
{
  std::vector<std::string> header;
  std::size_t first_part_column = 3; // part count columns are numeric
  std::size_t part_columns = 0;

  bool is_part_column(std::size_t column) const
  {
    return column >= first_part_column && column < first_part_column + part_columns;
  }
};

SummaryColumns summary_columns(const RulesetInfo& ruleset, Lang lang);

// `document`'s row, as display text, in the order of summary_columns.
std::vector<std::string> summary_row(const DocumentResult& document, const RulesetInfo& ruleset, Lang lang);

// `document`'s count of part `part_id`, or null when it has none (unreadable, or not counted).
const PartCount* find_part(const DocumentResult& document, std::string_view part_id);

} // namespace qb::report

#include "report/summary_table.hpp"

#include <fmt/format.h>

#include "report/labels.hpp"
#include "report/run_summary.hpp"

namespace qb::report {

SummaryColumns summary_columns(const RulesetInfo& ruleset, Lang lang)
{
  SummaryColumns columns;
  columns.header = {label("report.column.file", lang), label("report.column.status", lang),
                    label("report.column.recommender", lang)};
  for (const auto& part : ruleset.parts) {
    auto heading = part.name.in(lang);
    if (part.limit) {
      heading += fmt::format(" (≤{})", *part.limit);
    }
    columns.header.push_back(std::move(heading));
  }
  columns.part_columns = ruleset.parts.size();
  columns.header.push_back(label("report.column.failed_rules", lang));
  columns.header.push_back(label("report.column.error", lang));
  return columns;
}

const PartCount* find_part(const DocumentResult& document, std::string_view part_id)
{
  for (const auto& part : document.parts) {
    if (part.part_id == part_id) {
      return &part;
    }
  }
  return nullptr;
}

std::vector<std::string> summary_row(const DocumentResult& document, const RulesetInfo& ruleset, Lang lang)
{
  std::vector<std::string> row{document.file, status_label(document.status, lang), document.recommender};
  for (const auto& part : ruleset.parts) {
    const auto* count = find_part(document, part.id);
    if (count == nullptr || document.error) {
      row.emplace_back();
    } else {
      row.push_back(count->count ? std::to_string(*count->count) : label("report.counts.missing", lang));
    }
  }
  row.push_back(fmt::format("{}", fmt::join(failed_rule_ids(document), " ")));
  row.push_back(document.error ? document.error->message.in(lang) : std::string());
  return row;
}

} // namespace qb::report

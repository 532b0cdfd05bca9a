#include "report/summary_table.hpp"

#include <fmt/format.h>

#include "report/labels.hpp"
#include "report/run_summary.hpp"

namespace qb::report {
namespace {

const std::vector<PartCount>* part_layout(const RunResult& run)
{
  for (const auto& document : run.documents) {
    if (!document.parts.empty()) {
      return &document.parts;
    }
  }
  return nullptr;
}

std::string part_cell(const DocumentResult& document, const std::string& part_id, Lang lang)
{
  for (const auto& part : document.parts) {
    if (part.part_id != part_id) {
      continue;
    }
    if (!part.count) {
      return label("report.counts.missing", lang);
    }
    return std::to_string(*part.count);
  }
  return {};
}

} // namespace

SummaryTable build_summary_table(const RunResult& run, Lang lang)
{
  SummaryTable table;
  table.header = {label("report.column.file", lang), label("report.column.status", lang),
                  label("report.column.recommender", lang)};
  const auto* layout = part_layout(run);
  if (layout) {
    for (const auto& part : *layout) {
      auto heading = part.name.in(lang);
      if (part.limit) {
        heading += fmt::format(" (≤{})", *part.limit);
      }
      table.header.push_back(std::move(heading));
    }
    table.part_columns = layout->size();
  }
  table.header.push_back(label("report.column.failed_rules", lang));
  table.header.push_back(label("report.column.error", lang));

  for (const auto& document : run.documents) {
    std::vector<std::string> row{document.file, status_label(document.status, lang), document.recommender};
    if (layout) {
      for (const auto& part : *layout) {
        row.push_back(document.error ? std::string() : part_cell(document, part.part_id, lang));
      }
    }
    row.push_back(fmt::format("{}", fmt::join(failed_rule_ids(document), " ")));
    row.push_back(document.error ? document.error->message.in(lang) : std::string());
    table.rows.push_back(std::move(row));
    table.statuses.push_back(document.status);
  }
  return table;
}

} // namespace qb::report

#include "report/run_summary.hpp"

namespace qb::report {

void RunSummary::add(DocumentStatus status)
{
  ++documents;
  switch (status) {
  case DocumentStatus::pass: ++passed; break;
  case DocumentStatus::fail: ++failed; break;
  case DocumentStatus::error: ++errors; break;
  }
}

RunSummary summarize(const RunResult& run)
{
  RunSummary summary;
  for (const auto& document : run.documents) {
    summary.add(document.status);
  }
  return summary;
}

ResultTally tally(const DocumentResult& document)
{
  ResultTally result;
  for (const auto& rule : document.results) {
    switch (rule.outcome) {
    case Outcome::pass: ++result.passed; break;
    case Outcome::not_checked: ++result.not_checked; break;
    case Outcome::waived: ++result.waived; break;
    case Outcome::fail:
      if (rule.level == Level::error) {
        ++result.failed_errors;
      } else if (rule.level == Level::warning) {
        ++result.failed_warnings;
      } else {
        ++result.failed_infos;
      }
      break;
    }
  }
  return result;
}

std::vector<std::string> failed_rule_ids(const DocumentResult& document)
{
  std::vector<std::string> ids;
  for (const auto& rule : document.results) {
    if (rule.outcome == Outcome::fail) {
      ids.push_back(rule.rule_id);
    }
  }
  return ids;
}

} // namespace qb::report

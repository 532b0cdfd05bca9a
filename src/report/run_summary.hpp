#pragma once

#include <cstddef>

#include "core/result.hpp"

namespace qb::report {

// Document tallies every report ends with.
struct RunSummary
{
  std::size_t documents = 0;
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t errors = 0; // unreadable inputs

  void add(DocumentStatus status);
};

RunSummary summarize(const RunResult& run);

// Counts of `document`'s results by outcome and level, for one-line verdicts.
struct ResultTally
{
  std::size_t failed_errors = 0;
  std::size_t failed_warnings = 0;
  std::size_t failed_infos = 0;
  std::size_t not_checked = 0;
  std::size_t waived = 0;
  std::size_t passed = 0;
};

ResultTally tally(const DocumentResult& document);

// The ids of the rules `document` failed (any level), in result order.
std::vector<std::string> failed_rule_ids(const DocumentResult& document);

} // namespace qb::report

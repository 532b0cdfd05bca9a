#pragma once

#include <vector>

#include "core/result.hpp"

namespace qb::cli {

// Which failed results make the run fail (--fail-on).
enum class FailOn { error, warning };

// The documented exit status of a run, computed from the results alone (never by the printers), one document
// at a time: 2 (exit_invalid) when any document could not be read or its profile is invalid; else 1
// (exit_failed) when a document or batch rule fails at level error, or at level warning with FailOn::warning;
// else 0. Waived and not_checked results never fail a run.
class ExitStatus
{
public:
  explicit ExitStatus(FailOn fail_on)
    : m_fail_on(fail_on)
  {
  }
  void add(const DocumentResult& document);
  void add(const std::vector<RuleResult>& batch_results);
  int value() const;

private:
  FailOn m_fail_on;
  bool m_unreadable = false;
  bool m_failed = false;
};

// The exit status of a whole run.
int exit_status(const RunResult& run, FailOn fail_on);

} // namespace qb::cli

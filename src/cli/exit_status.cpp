#include "cli/exit_status.hpp"

#include <algorithm>

#include "cli/command_table.hpp"

namespace qb::cli {
namespace {

bool fails_run(const RuleResult& result, FailOn fail_on)
{
  if (result.outcome != Outcome::fail) {
    return false;
  }
  return result.level == Level::error || (result.level == Level::warning && fail_on == FailOn::warning);
}

bool any_failure(const std::vector<RuleResult>& results, FailOn fail_on)
{
  return std::any_of(results.begin(), results.end(),
                     [&](const RuleResult& result) { return fails_run(result, fail_on); });
}

} // namespace

void ExitStatus::add(const DocumentResult& document)
{
  m_unreadable = m_unreadable || document.status == DocumentStatus::error;
  m_failed = m_failed || document.status == DocumentStatus::fail || any_failure(document.results, m_fail_on);
}

void ExitStatus::add(const std::vector<RuleResult>& batch_results)
{
  m_failed = m_failed || any_failure(batch_results, m_fail_on);
}

int ExitStatus::value() const
{
  if (m_unreadable) {
    return exit_invalid;
  }
  return m_failed ? exit_failed : exit_ok;
}

int exit_status(const RunResult& run, FailOn fail_on)
{
  ExitStatus status(fail_on);
  for (const auto& document : run.documents) {
    status.add(document);
  }
  status.add(run.batch_results);
  return status.value();
}

} // namespace qb::cli

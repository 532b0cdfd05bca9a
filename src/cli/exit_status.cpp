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

int exit_status(const RunResult& run, FailOn fail_on)
{
  bool failed = any_failure(run.batch_results, fail_on);
  for (const auto& document : run.documents) {
    if (document.status == DocumentStatus::error) {
      return exit_invalid;
    }
    failed = failed || document.status == DocumentStatus::fail || any_failure(document.results, fail_on);
  }
  return failed ? exit_failed : exit_ok;
}

} // namespace qb::cli

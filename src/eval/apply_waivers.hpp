#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "rules/project_config.hpp"
#include "rules/waivers.hpp"

namespace qb::eval {

// How many results each waiver of a run matched; shared by the threads of a batch.
class WaiverUsage
{
public:
  explicit WaiverUsage(std::size_t waivers)
    : m_counts(waivers, 0)
  {
  }
  void count(std::size_t waiver);
  std::vector<std::size_t> counts() const;

private:
  mutable std::mutex m_mutex;
  std::vector<std::size_t> m_counts;
};

// Applies `overrides` (rules.levels of .qbcheck.yaml) to `results`: a rule set `off` loses its result, the
// others take the new level.
void apply_level_overrides(std::vector<RuleResult>& results,
                           const std::map<std::string, rules::LevelOverride>& overrides);

// Turns each failed or not_checked result of `document` that a live waiver (not expired on `today`) covers
// into `waived` with the waiver's reason; passes are never touched. Counts the matches in `usage` (may be
// null).
void apply_waivers(DocumentResult& document, const std::vector<rules::Waiver>& waivers,
                   std::string_view today, WaiverUsage* usage);

// Re-establishes the result order and the status after overrides and waivers: failures first, then
// not_checked, waived, passes; by level within; rule-set order otherwise. An unreadable document stays
// `error`; otherwise the status is `fail` exactly when an error-level rule fails.
void settle_document(DocumentResult& document);

// One "waiver.expired" notice per expired waiver and one "waiver.unused" per live waiver that matched
// nothing.
std::vector<RunNotice> waiver_notices(const std::vector<rules::Waiver>& waivers,
                                      const std::vector<std::size_t>& counts, std::string_view today);

} // namespace qb::eval

#include "eval/apply_waivers.hpp"

#include <algorithm>

#include "eval/evaluator.hpp"
#include "rules/message_catalog.hpp"

namespace qb::eval {
namespace {

std::string where(const rules::Waiver& waiver)
{
  return waiver.where.file + ":" + std::to_string(waiver.where.line);
}

} // namespace

void WaiverUsage::count(std::size_t waiver)
{
  std::lock_guard lock(m_mutex);
  if (waiver < m_counts.size()) {
    ++m_counts[waiver];
  }
}

std::vector<std::size_t> WaiverUsage::counts() const
{
  std::lock_guard lock(m_mutex);
  return m_counts;
}

void apply_level_overrides(std::vector<RuleResult>& results,
                           const std::map<std::string, rules::LevelOverride>& overrides)
{
  if (overrides.empty()) {
    return;
  }
  std::vector<RuleResult> kept;
  kept.reserve(results.size());
  for (auto& result : results) {
    const auto it = overrides.find(result.rule_id);
    if (it == overrides.end()) {
      kept.push_back(std::move(result));
    } else if (it->second.level) {
      result.level = *it->second.level;
      kept.push_back(std::move(result));
    }
  }
  results = std::move(kept);
}

void apply_waivers(DocumentResult& document, const std::vector<rules::Waiver>& waivers,
                   std::string_view today, WaiverUsage* usage)
{
  for (auto& result : document.results) {
    if (result.outcome != Outcome::fail && result.outcome != Outcome::not_checked) {
      continue;
    }
    for (std::size_t i = 0; i < waivers.size(); ++i) {
      const auto& waiver = waivers[i];
      if (waiver.rule != result.rule_id || waiver.expired(today) || !waiver.matches_file(document.file)) {
        continue;
      }
      result.outcome = Outcome::waived;
      result.waiver_reason = rules::message(waiver.by.empty() ? "waiver.reason" : "waiver.reason_by",
                                            {{"reason", waiver.reason}, {"by", waiver.by}});
      if (usage) {
        usage->count(i);
      }
      break;
    }
  }
}

void settle_document(DocumentResult& document)
{
  sort_results(document.results);
  if (document.status != DocumentStatus::error) {
    document.status = status_of(document.results);
  }
}

std::vector<RunNotice> waiver_notices(const std::vector<rules::Waiver>& waivers,
                                      const std::vector<std::size_t>& counts, std::string_view today)
{
  std::vector<RunNotice> notices;
  for (std::size_t i = 0; i < waivers.size(); ++i) {
    const auto& waiver = waivers[i];
    if (waiver.expired(today)) {
      notices.push_back({"waiver.expired", rules::message("waiver.expired", {{"rule", waiver.rule},
                                                                             {"until", *waiver.until},
                                                                             {"where", where(waiver)}})});
    } else if (i >= counts.size() || counts[i] == 0) {
      notices.push_back({"waiver.unused",
                         rules::message("waiver.unused", {{"rule", waiver.rule}, {"where", where(waiver)}})});
    }
  }
  return notices;
}

} // namespace qb::eval

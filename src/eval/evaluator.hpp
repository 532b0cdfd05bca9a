#pragma once

#include <vector>

#include "core/result.hpp"
#include "model/document.hpp"
#include "rules/ruleset.hpp"

namespace qb::profile {
struct Profile;
}

namespace qb::eval {

// Evaluates every document rule of `ruleset` on `document` (never throws: a finding is data). Fills
// DocumentResult's counting_mode, parts (with counts and limits), results (sorted: failures first, then by
// level, then rule-set order) and status (fail when an error-level rule fails; warnings do not fail here).
// `profile` may be null: profile rules are then `not_checked` with a hint, never passed.
DocumentResult evaluate_document(const rules::Ruleset& ruleset, const model::Document& document,
                                 const profile::Profile* profile);

// One part's figures in one counting mode, for `qbcheck count` (nullopt counts: the part is missing).
struct PartFigures
{
  std::string part_id;
  LocalizedText name;
  std::optional<text::Counts> counts;
  std::optional<std::int64_t> limit;
};

// Counts every part the rule set defines in `mode`, with the inclusion its length rule uses (so `count` and
// `check` agree).
std::vector<PartFigures> count_parts(const rules::Ruleset& ruleset, const model::Document& document,
                                     text::CountingMode mode);

// Sorts `results` for reports: fail, then not_checked, then waived, then pass; within each by level
// (error, warning, info); otherwise in their current (rule-file) order.
void sort_results(std::vector<RuleResult>& results);

// `fail` when an error-level rule failed, else `pass` (warnings and info do not fail a document here).
DocumentStatus status_of(const std::vector<RuleResult>& results);

// Evaluates the batch rules over the submissions of a run, one entry per document in report order.
std::vector<RuleResult> evaluate_batch(const rules::Ruleset& ruleset,
                                       const std::vector<rules::BatchEntry>& entries);

} // namespace qb::eval

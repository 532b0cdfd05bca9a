#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// 三: each local department recommends at most `max` experiences. Over all documents of a batch, counts the
// submissions per recommending unit (from each document's profile) and fails for every unit with more than
// `max`, listing the files that share it. Units in `exempt` (the 附件3 units, which may recommend several)
// are not counted. Documents without a profile or recommender are named; when nothing fails because of
// others, they make the result not_checked.
class BatchUniqueRule : public Rule
{
public:
  BatchUniqueRule(RuleSpec spec, std::size_t max, std::vector<std::string> exempt);

  bool is_batch_rule() const override { return true; }
  // Outside a batch there is nothing to compare: not_checked with a note.
  RuleResult evaluate(const DocumentContext& context) const override;
  RuleResult evaluate_batch(const std::vector<BatchEntry>& entries, const RulesetData& data) const override;

private:
  std::size_t m_max;
  std::vector<std::string> m_exempt;
};

// Factory for `kind: batch_unique`. Keys: max (integer ≥ 1, default 1), exempt (list of unit names,
// optional).
std::unique_ptr<Rule> make_batch_unique_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

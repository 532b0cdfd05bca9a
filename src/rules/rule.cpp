#include "rules/rule.hpp"

#include "rules/message_catalog.hpp"

namespace qb::rules {

RuleResult Rule::evaluate_batch(const std::vector<BatchEntry>& /*entries*/, const RulesetData& /*data*/) const
{
  // Only batch rules override this; a document rule asked about a batch has nothing to say.
  RuleResult result = make_result(Outcome::not_checked);
  result.message = message("rules.not_a_batch_rule", {{"rule", m_spec.id}});
  return result;
}

RuleResult Rule::make_result(Outcome outcome) const
{
  RuleResult result;
  result.rule_id = m_spec.id;
  result.kind = m_spec.kind;
  result.level = m_spec.level;
  result.outcome = outcome;
  result.title = m_spec.title;
  result.source = m_spec.source;
  return result;
}

} // namespace qb::rules

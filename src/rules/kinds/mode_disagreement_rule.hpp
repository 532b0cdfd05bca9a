#pragma once

#include <memory>
#include <string>
#include <vector>

#include "eval/part_counter.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// Warns when a part is within its limit (RulesetData::PartDefinition::limit) counted in the document
// context's mode but over it in the other mode (word <-> wps): a reviewer using the other program would
// see it as too long. Fails listing each such part with both counts ({details}, {section}); passes when no
// part is; not_checked when no part with a limit is found.
class ModeDisagreementRule : public Rule
{
public:
  ModeDisagreementRule(RuleSpec spec, std::vector<std::string> parts, eval::PartInclusion inclusion);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  std::vector<std::string> m_parts; // empty: every part of the rule set that has a limit
  eval::PartInclusion m_inclusion;
};

// Factory for `kind: mode_disagreement`. Keys: parts (optional list of part ids), include (as part_length).
std::unique_ptr<Rule> make_mode_disagreement_rule(RuleSpec spec, ParamReader& params,
                                                  const RulesetData& data);

} // namespace qb::rules

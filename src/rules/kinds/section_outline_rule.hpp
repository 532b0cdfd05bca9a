#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// What a section_outline rule checks: that every part is present, or that the parts found are in order.
enum class OutlineCheck { missing, order };

// The parts of the document against the rule set's `parts` (in the required order). `missing` fails for each
// part the outline did not find ({section}: their names, {count}); `order` fails when a found part comes
// after a part that should follow it ({section}: the misplaced parts, {expected}: the required order,
// {actual}: the order found). Order is not_checked when fewer than two parts are found.
class SectionOutlineRule : public Rule
{
public:
  SectionOutlineRule(RuleSpec spec, OutlineCheck check, std::vector<std::string> parts);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  RuleResult evaluate_missing(const DocumentContext& context, const std::vector<std::string>& parts) const;
  RuleResult evaluate_order(const DocumentContext& context, const std::vector<std::string>& parts) const;

  OutlineCheck m_check;
  std::vector<std::string> m_parts; // empty: every part of the rule set
};

// Factory for `kind: section_outline`. Keys: check (missing | order, required), parts (optional list of part
// ids; default every part of the rule set).
std::unique_ptr<Rule> make_section_outline_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

#pragma once

#include <memory>
#include <vector>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// 近三年连续保持盈利: the profile's net profit is above `min` (default 0) in each of `years`. A year with a
// loss fails (naming each such year and its figure); a year not given makes the result not_checked (naming
// the years missing) unless another year already fails.
class ProfitYearsRule : public Rule
{
public:
  ProfitYearsRule(RuleSpec spec, std::vector<int> years, double min);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  std::vector<int> m_years;
  double m_min;
};

// Factory for `kind: profit_years`. Keys: years (list of four-digit years, required), min (number, default 0;
// the profit must be strictly above it).
std::unique_ptr<Rule> make_profit_years_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

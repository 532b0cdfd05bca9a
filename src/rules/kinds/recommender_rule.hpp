#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// 三 + 附件3: the recommending unit is either a local industry department (its name contains one of
// `local_keywords`; the Henan route: the applicant became a Henan provincial quality benchmark in
// `max_benchmark_year` or earlier) or one of `units` (附件3; the applicant must have reported to the local
// and provincial departments: reported_to_local == true). Any other unit fails, with the nearest unit
// suggested. A fact the route needs that the profile does not give makes the result not_checked.
class RecommenderRule : public Rule
{
public:
  RecommenderRule(RuleSpec spec, std::vector<std::string> units, std::vector<std::string> local_keywords,
                  int max_benchmark_year);

  RuleResult evaluate(const DocumentContext& context) const override;

  // True when `recommender` is one of the units (the 附件3 route).
  bool is_listed_unit(const std::string& recommender) const;
  // True when `recommender` is a local industry department (the Henan route).
  bool is_local_department(const std::string& recommender) const;

private:
  RuleResult fail(RuleResult result, const std::string& recommender, LocalizedText route,
                  LocalizedText reason) const;

  std::vector<std::string> m_units;
  std::vector<std::string> m_local_keywords;
  int m_max_benchmark_year;
};

// Factory for `kind: recommender`. Keys: units (list, required), local_keywords (list, required),
// max_benchmark_year (integer, required).
std::unique_ptr<Rule> make_recommender_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

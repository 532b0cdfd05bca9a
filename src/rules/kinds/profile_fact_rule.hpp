#pragma once

#include <memory>
#include <optional>
#include <string>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// The type of a profile field, which decides the comparisons it allows.
enum class FactType { boolean, number, year, date, text, records };
// A comparison. Stable spellings in rule files: "==", "!=", "<", "<=", ">", ">=", "empty".
enum class FactOp { eq, ne, lt, le, gt, ge, empty };

// The value a field is compared with (only the member of the field's type is set).
struct FactValue
{
  std::optional<bool> flag;
  std::optional<double> number; // numbers and years
  std::string text;             // dates (YYYY-MM-DD, compared as text) and text
};

// One fact of the applicant profile compared with a value: legal_person == true, records empty,
// method_since <= 2017, submission_date <= 2020-06-26. Without a profile, or when the field is not given, the
// result is not_checked with a hint — never a pass.
class ProfileFactRule : public Rule
{
public:
  ProfileFactRule(RuleSpec spec, std::string field, FactType type, FactOp op, FactValue value);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  RuleResult evaluate_records(const profile::Profile& profile) const;

  std::string m_field;
  FactType m_type;
  FactOp m_op;
  FactValue m_value;
};

// Factory for `kind: profile_fact`. Keys: field (a profile key, required), op (== != < <= > >= empty,
// default ==), value (typed by the field; required unless op is empty). Ordering needs a number, year or
// date field; `empty` is for records only.
std::unique_ptr<Rule> make_profile_fact_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

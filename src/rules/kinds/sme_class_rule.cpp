#include "rules/kinds/sme_class_rule.hpp"

#include "profile/profile.hpp"
#include "profile/profile_hints.hpp"
#include "profile/sme_classifier.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {

SmeClassRule::SmeClassRule(RuleSpec spec, profile::SmeTableSource table)
  : Rule(std::move(spec))
  , m_table(std::move(table))
{
}

RuleResult SmeClassRule::evaluate(const DocumentContext& context) const
{
  RuleResult result = make_result(Outcome::fail);
  if (context.profile == nullptr) {
    profile::set_not_checked(result, profile::no_profile_hint());
    return result;
  }
  const auto& applicant = *context.profile;
  const auto classification = profile::classify_sme(
      m_table.table(), applicant.industry, {applicant.employees, applicant.revenue, applicant.total_assets});
  if (!classification.size) {
    profile::set_not_checked(result, classification.reason);
    return result;
  }
  // The class is information, not a verdict: the rule passes and carries the class and its reason in its
  // message, which reports show for info-level rules (a "fail" here would mislead JSON and SARIF consumers).
  result.outcome = Outcome::pass;
  result.actual = std::string(profile::to_string(*classification.size));
  result.message = MessageArgs()
                       .add("class", classification.size_name)
                       .add("reason", classification.reason)
                       .add("actual", result.actual)
                       .fill(spec().message);
  return result;
}

std::unique_ptr<Rule> make_sme_class_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  try {
    return std::make_unique<SmeClassRule>(std::move(spec), profile::SmeTableSource(data.sme_table_file));
  } catch (const LoadError& error) {
    for (const auto& diagnostic : error.diagnostics()) {
      params.error("kind", LocalizedText{format_diagnostic(diagnostic, Lang::zh),
                                         format_diagnostic(diagnostic, Lang::en)});
    }
    return nullptr;
  }
}

} // namespace qb::rules

#include "rules/kinds/profit_years_rule.hpp"

#include "profile/profile.hpp"
#include "profile/profile_hints.hpp"
#include "profile/yaml_support.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"

namespace qb::rules {

ProfitYearsRule::ProfitYearsRule(RuleSpec spec, std::vector<int> years, double min)
  : Rule(std::move(spec))
  , m_years(std::move(years))
  , m_min(min)
{
}

RuleResult ProfitYearsRule::evaluate(const DocumentContext& context) const
{
  RuleResult result = make_result(Outcome::pass);
  if (context.profile == nullptr) {
    profile::set_not_checked(result, profile::no_profile_hint());
    return result;
  }
  const auto& profits = context.profile->net_profit;
  std::vector<std::string> missing;
  std::vector<std::string> loss_years;
  std::vector<LocalizedText> losses;
  std::vector<std::string> shown; // "2017: 2788" per year given
  for (const int year : m_years) {
    const auto found = profits.find(year);
    if (found == profits.end()) {
      missing.push_back(std::to_string(year));
      continue;
    }
    const std::string value = format_number(found->second, 2);
    shown.push_back(std::to_string(year) + ": " + value);
    if (found->second <= m_min) {
      loss_years.push_back(std::to_string(year));
      losses.push_back(MessageArgs()
                           .add("year", std::to_string(year))
                           .add("value", value)
                           .message("profile.profit.loss_item"));
    }
  }
  std::vector<std::string> all_years;
  for (const int year : m_years) {
    all_years.push_back(std::to_string(year));
  }
  result.actual = join(shown, "; ");
  result.expected = "> " + format_number(m_min, 2) + " (" + join(all_years, ", ") + ")";
  if (!losses.empty()) {
    result.outcome = Outcome::fail;
    result.message = MessageArgs()
                         .add("actual", result.actual)
                         .add("expected", result.expected)
                         .add("years", join(loss_years, "、"))
                         .add("losses", join(losses, "；", "; "))
                         .add("limit", format_number(m_min, 2))
                         .fill(spec().message);
    return result;
  }
  if (!missing.empty()) {
    profile::set_not_checked(result, MessageArgs()
                                         .add("file", context.profile->file)
                                         .add("years", join(missing, "、"))
                                         .message("profile.profit.missing_years"));
  }
  return result;
}

std::unique_ptr<Rule> make_profit_years_rule(RuleSpec spec, ParamReader& params, const RulesetData& /*data*/)
{
  bool valid = params.has("years");
  std::vector<int> years;
  for (const auto& text : params.string_list("years", Need::required)) {
    if (const auto year = profile::detail::parse_year(text)) {
      years.push_back(*year);
    } else {
      params.error("years", message("profile.bad_year", {{"key", "years"}, {"value", text}}));
      valid = false;
    }
  }
  const auto min = params.number("min");
  if (params.has("min") && !min) {
    valid = false;
  }
  if (!valid || years.empty()) {
    return nullptr;
  }
  return std::make_unique<ProfitYearsRule>(std::move(spec), std::move(years), min.value_or(0.0));
}

} // namespace qb::rules

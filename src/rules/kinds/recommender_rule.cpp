#include "rules/kinds/recommender_rule.hpp"

#include <algorithm>

#include "profile/profile.hpp"
#include "profile/profile_hints.hpp"
#include "profile/yaml_support.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"

namespace qb::rules {

namespace {

// `text` without surrounding ASCII or ideographic spaces (a name typed with a trailing space is the same
// name).
std::string trimmed(std::string text)
{
  const std::string_view spaces[] = {" ", "\t", "\u3000"};
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    for (const auto space : spaces) {
      if (text.starts_with(space)) {
        text.erase(0, space.size());
        changed = true;
      }
      if (text.ends_with(space)) {
        text.erase(text.size() - space.size());
        changed = true;
      }
    }
  }
  return text;
}

} // namespace

RecommenderRule::RecommenderRule(RuleSpec spec, std::vector<std::string> units,
                                 std::vector<std::string> local_keywords, int max_benchmark_year)
  : Rule(std::move(spec))
  , m_units(std::move(units))
  , m_local_keywords(std::move(local_keywords))
  , m_max_benchmark_year(max_benchmark_year)
{
}

bool RecommenderRule::is_listed_unit(const std::string& recommender) const
{
  return std::find(m_units.begin(), m_units.end(), trimmed(recommender)) != m_units.end();
}

bool RecommenderRule::is_local_department(const std::string& recommender) const
{
  if (is_listed_unit(recommender)) {
    return false;
  }
  return std::any_of(m_local_keywords.begin(), m_local_keywords.end(), [&](const std::string& keyword) {
    return recommender.find(keyword) != std::string::npos;
  });
}

RuleResult RecommenderRule::fail(RuleResult result, const std::string& recommender, LocalizedText route,
                                 LocalizedText reason) const
{
  result.outcome = Outcome::fail;
  result.message = MessageArgs()
                       .add("recommender", recommender)
                       .add("route", route)
                       .add("reason", reason)
                       .add("actual", result.actual)
                       .add("expected", result.expected)
                       .add("limit", std::to_string(m_max_benchmark_year))
                       .fill(spec().message);
  return result;
}

RuleResult RecommenderRule::evaluate(const DocumentContext& context) const
{
  RuleResult result = make_result(Outcome::pass);
  if (context.profile == nullptr) {
    profile::set_not_checked(result, profile::no_profile_hint());
    return result;
  }
  const auto& applicant = *context.profile;
  const std::string recommender = trimmed(applicant.recommender);
  if (recommender.empty()) {
    profile::set_not_checked(result, profile::missing_field_hint(applicant, "recommender"));
    return result;
  }
  result.actual = recommender;
  if (is_listed_unit(recommender)) {
    const auto route = message("profile.recommender.route_unit");
    result.expected = "reported_to_local == true";
    if (!applicant.reported_to_local) {
      profile::set_not_checked(result, profile::missing_field_hint(applicant, "reported_to_local"));
      return result;
    }
    if (!*applicant.reported_to_local) {
      return fail(std::move(result), recommender, route,
                  MessageArgs().add("recommender", recommender).message("profile.recommender.not_reported"));
    }
    return result;
  }
  if (is_local_department(recommender)) {
    const auto route = message("profile.recommender.route_local");
    result.expected = "henan_benchmark_year <= " + std::to_string(m_max_benchmark_year);
    if (!applicant.henan_benchmark_year) {
      profile::set_not_checked(result, profile::missing_field_hint(applicant, "henan_benchmark_year"));
      return result;
    }
    if (*applicant.henan_benchmark_year > m_max_benchmark_year) {
      return fail(std::move(result), recommender, route,
                  MessageArgs()
                      .add("limit", std::to_string(m_max_benchmark_year))
                      .add("actual", std::to_string(*applicant.henan_benchmark_year))
                      .message("profile.recommender.benchmark_late"));
    }
    return result;
  }
  // Neither route: suggest the listed unit the name is nearest to (a typo such as 中国质量协会 ->
  // 中国质量协会).
  const std::vector<std::string_view> units(m_units.begin(), m_units.end());
  const std::string nearest = profile::detail::nearest(recommender, units);
  LocalizedText suggestion;
  if (!nearest.empty()) {
    suggestion = MessageArgs().add("unit", nearest).message("profile.recommender.suggestion");
  }
  result.expected = join(m_units, "、");
  return fail(std::move(result), recommender, LocalizedText{},
              MessageArgs()
                  .add("recommender", recommender)
                  .add("suggestion", suggestion)
                  .message("profile.recommender.unknown"));
}

std::unique_ptr<Rule> make_recommender_rule(RuleSpec spec, ParamReader& params, const RulesetData& /*data*/)
{
  auto units = params.string_list("units", Need::required);
  auto keywords = params.string_list("local_keywords", Need::required);
  const auto year = params.integer("max_benchmark_year", Need::required);
  if (units.empty() || keywords.empty() || !year) {
    return nullptr;
  }
  for (auto& unit : units) {
    unit = trimmed(unit);
  }
  return std::make_unique<RecommenderRule>(std::move(spec), std::move(units), std::move(keywords),
                                           static_cast<int>(*year));
}

} // namespace qb::rules

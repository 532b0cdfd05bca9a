#include "rules/kinds/batch_unique_rule.hpp"

#include <algorithm>
#include <map>

#include "profile/profile.hpp"
#include "profile/profile_hints.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"

namespace qb::rules {

namespace {

constexpr std::size_t k_report_first = 5; // files listed as locations

} // namespace

BatchUniqueRule::BatchUniqueRule(RuleSpec spec, std::size_t max, std::vector<std::string> exempt)
  : Rule(std::move(spec))
  , m_max(max)
  , m_exempt(std::move(exempt))
{
}

RuleResult BatchUniqueRule::evaluate(const DocumentContext& /*context*/) const
{
  RuleResult result = make_result(Outcome::not_checked);
  result.message = message("profile.batch.single_document");
  return result;
}

RuleResult BatchUniqueRule::evaluate_batch(const std::vector<BatchEntry>& entries,
                                           const RulesetData& /*data*/) const
{
  RuleResult result = make_result(Outcome::pass);
  std::map<std::string, std::vector<std::string>> groups; // recommender -> files, sorted by name
  std::vector<std::string> unknown;                       // files without a recommender
  for (const auto& entry : entries) {
    const std::string& recommender = entry.recommender;
    if (recommender.empty()) {
      unknown.push_back(entry.file);
      continue;
    }
    if (std::find(m_exempt.begin(), m_exempt.end(), recommender) == m_exempt.end()) {
      groups[recommender].push_back(entry.file);
    }
  }
  std::vector<LocalizedText> over;
  std::size_t most = 0;
  for (const auto& [recommender, files] : groups) {
    most = std::max(most, files.size());
    if (files.size() <= m_max) {
      continue;
    }
    over.push_back(MessageArgs()
                       .add("recommender", recommender)
                       .add("count", std::to_string(files.size()))
                       .add("files", join(files, "、"))
                       .message("profile.batch.group"));
    for (const auto& file : files) {
      if (result.locations.size() < k_report_first) {
        DocumentLocation location;
        location.excerpt = file;
        location.place = LocalizedText{recommender, recommender};
        result.locations.push_back(std::move(location));
      }
    }
  }
  result.actual = std::to_string(most);
  result.expected = "<= " + std::to_string(m_max);
  LocalizedText uncounted;
  if (!unknown.empty()) {
    uncounted = MessageArgs().add("files", join(unknown, "、")).message("profile.batch.no_recommender");
  }
  if (!over.empty()) {
    result.outcome = Outcome::fail;
    result.message = MessageArgs()
                         .add("groups", join(over, "；", "; "))
                         .add("max", std::to_string(m_max))
                         .add("count", std::to_string(most))
                         .add("actual", result.actual)
                         .add("uncounted", uncounted)
                         .fill(spec().message);
    return result;
  }
  if (!unknown.empty()) {
    // Without every recommender, "at most one each" cannot be confirmed.
    profile::set_not_checked(
        result, groups.empty() && unknown.size() == entries.size() ? profile::no_profile_hint() : uncounted);
  }
  return result;
}

std::unique_ptr<Rule> make_batch_unique_rule(RuleSpec spec, ParamReader& params, const RulesetData& /*data*/)
{
  const auto max = params.integer("max");
  auto exempt = params.string_list("exempt");
  if (params.has("max") && (!max || *max < 1)) {
    if (max) {
      params.error("max", message("profile.batch.bad_max", {{"value", std::to_string(*max)}}));
    }
    return nullptr;
  }
  return std::make_unique<BatchUniqueRule>(std::move(spec), static_cast<std::size_t>(max.value_or(1)),
                                           std::move(exempt));
}

} // namespace qb::rules

#include "profile/profile_hints.hpp"

#include "profile/profile.hpp"
#include "rules/message_catalog.hpp"

namespace qb::profile {

LocalizedText no_profile_hint()
{
  return rules::message("profile.not_provided");
}

LocalizedText field_label(std::string_view field)
{
  return rules::message("profile.field." + std::string(field));
}

LocalizedText missing_field_hint(const Profile& profile, std::string_view field)
{
  const auto label = field_label(field);
  const std::string key(field);
  return {
      rules::message("profile.field_missing", {{"file", profile.file}, {"field", key}, {"label", label.zh}})
          .zh,
      rules::message("profile.field_missing", {{"file", profile.file}, {"field", key}, {"label", label.en}})
          .en};
}

void set_not_checked(RuleResult& result, LocalizedText hint)
{
  result.outcome = Outcome::not_checked;
  result.message = std::move(hint);
  result.actual.clear();
  result.expected.clear();
}

} // namespace qb::profile

#pragma once

#include <string_view>

#include "core/localized_text.hpp"
#include "core/result.hpp"

namespace qb::profile {

struct Profile;

// The hint of a profile rule evaluated without a profile: how to give one (never a pass).
LocalizedText no_profile_hint();

// The hint of a profile rule whose `field` (a profile key, e.g. "legal_person") is not given in `profile`.
LocalizedText missing_field_hint(const Profile& profile, std::string_view field);

// The display name of profile key `field` ("是否具有独立法人资格" / "independent legal entity").
LocalizedText field_label(std::string_view field);

// Turns `result` into not_checked with `hint` as its message (actual/expected cleared).
void set_not_checked(RuleResult& result, LocalizedText hint);

} // namespace qb::profile

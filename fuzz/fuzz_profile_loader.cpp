// libFuzzer target: profile text -> load_profile_text; a profile that loads is used to evaluate the built-in
// rules on a real sample document, so odd values reach the eligibility rules. Anything but a Profile or a
// LoadError is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/diagnostic.hpp"
#include "eval/evaluator.hpp"
#include "fuzz_document.hpp"
#include "profile/profile.hpp"
#include "rules/ruleset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const auto ruleset = qb::rules::builtin_ruleset();
  static const auto& document = qb::fuzz::sample_document();
  try {
    const auto profile = qb::profile::load_profile_text(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.profile.yaml");
    qb::eval::evaluate_document(*ruleset, document, &profile);
  } catch (const qb::LoadError&) {
    // The expected refusal of an invalid profile, with its diagnostics.
  }
  return 0;
}

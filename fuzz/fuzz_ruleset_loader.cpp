// libFuzzer target: rule-file text -> load_ruleset_text; a rule set that loads is evaluated on a real sample
// document, so odd parameters reach the rule kinds. Anything but a Ruleset or a LoadError is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/diagnostic.hpp"
#include "eval/evaluator.hpp"
#include "fuzz_document.hpp"
#include "rules/ruleset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const auto& document = qb::fuzz::sample_document();
  try {
    const auto ruleset = qb::rules::load_ruleset_text(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    qb::eval::evaluate_document(*ruleset, document, nullptr);
  } catch (const qb::LoadError&) {
    // The expected refusal of an invalid rule file, with its diagnostics.
  }
  return 0;
}

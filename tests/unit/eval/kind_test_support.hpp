#pragma once

// Evaluating one rule of a fixture rule set on a built document, for the kind tests.

#include <memory>
#include <string>

#include "eval/outline_builder.hpp"
#include "rules/ruleset.hpp"
#include "unit/eval/ruleset_fixture.hpp"

namespace qb::test {

// The result of the first rule of `ruleset` on `document`, in `mode` (default: the rule set's).
inline RuleResult evaluate_first(const rules::Ruleset& ruleset, const model::Document& document,
                                 std::optional<text::CountingMode> mode = std::nullopt)
{
  const eval::Outline outline = eval::build_outline(document, ruleset.data.parts);
  const rules::DocumentContext context{document, outline, nullptr, ruleset.data,
                                       mode.value_or(ruleset.data.mode)};
  return ruleset.rules.at(0)->evaluate(context);
}

// A string of `n` distinct-looking CJK characters (each counts one 字).
inline std::string hanzi(std::size_t n)
{
  std::string text;
  for (std::size_t i = 0; i < n; ++i) {
    text += "字";
  }
  return text;
}

} // namespace qb::test

#pragma once

#include <cstddef>
#include <vector>

#include "core/result.hpp"
#include "template/template_document.hpp"

namespace qb::rules {
struct Ruleset;
}

namespace qb::templating {

// A template that has been read back and checked against its rule set as `qbcheck check` would, without a
// profile (eligibility rules are then not checked).
struct CheckedTemplate
{
  TemplatePackage package;
  std::size_t passed = 0;           // document rules that pass
  std::vector<RuleResult> warnings; // warning- or info-level rules that fail (content the text cannot meet)
};

// Builds the template of `ruleset` in `lang` and checks it. Throws TemplateError naming the rules when an
// error-level rule fails: qbcheck never hands out a template that fails its own check.
CheckedTemplate make_checked_template(const rules::Ruleset& ruleset, Lang lang);

} // namespace qb::templating

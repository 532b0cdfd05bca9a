#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {

// Reads a size-name table (rules/sizes.yaml: `sizes: {小四: 12, ...}`) into `data.size_names`. Every problem
// (syntax, a non-positive or non-numeric size, unknown top-level keys) is appended to `diagnostics` with
// `label:line:col`.
void read_size_names(std::string_view yaml, const std::string& label, RulesetData& data,
                     std::vector<Diagnostic>& diagnostics);

// Reads a font-alias table (rules/fonts.yaml: `fonts: {宋体: [宋体, SimSun, ...], ...}`) into
// `data.font_aliases`, with the same error reporting.
void read_font_aliases(std::string_view yaml, const std::string& label, RulesetData& data,
                       std::vector<Diagnostic>& diagnostics);

} // namespace qb::rules

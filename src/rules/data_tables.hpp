#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "rules/data_tree.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {

// Reads a size-name table (rules/sizes.yaml: `sizes: {小四: 12, ...}`) into `data.size_names`. Every problem
// (a non-positive or non-numeric size, unknown top-level keys) is appended to `diagnostics` with
// `label:line:col` (syntax errors are parse_yaml_tree's).
void read_size_names(const std::shared_ptr<const DataTree>& tree, const std::string& label, RulesetData& data,
                     std::vector<Diagnostic>& diagnostics);

// Reads a font-alias table (rules/fonts.yaml: `fonts: {宋体: [宋体, SimSun, ...], ...}`) into
// `data.font_aliases`, with the same error reporting.
void read_font_aliases(const std::shared_ptr<const DataTree>& tree, const std::string& label,
                       RulesetData& data, std::vector<Diagnostic>& diagnostics);

} // namespace qb::rules

#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "core/diagnostic.hpp"
#include "rules/data_tree.hpp"

namespace qb::rules {

// Parses `text` (labelled `file` in diagnostics). On a YAML syntax error, records one diagnostic at the
// error's 1-based line:col with the catalogue message `syntax_message_id` ({detail}: yaml-cpp's text) and
// returns nullopt. A file whose aliases would expand past 100,000 nodes when walked (an alias bomb) is
// refused the same way with "yaml.too_many_nodes" at 1:1. Shared by every loader of YAML (rules, data tables,
// config, waivers, profiles).
std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics,
                                     std::string_view syntax_message_id);

// The same, copied into a DataTree (what the rule-set loaders read); null when parse_yaml refused the text.
std::shared_ptr<const DataTree> parse_yaml_tree(std::string_view text, const std::string& file,
                                                std::vector<Diagnostic>& diagnostics,
                                                std::string_view syntax_message_id);

} // namespace qb::rules

#include "rules/data_tables.hpp"

#include <yaml-cpp/yaml.h>

#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"
#include "rules/yaml_location.hpp"
#include "rules/yaml_parse.hpp"

namespace qb::rules {
namespace {

// The mapping under `key` of a data file, or an invalid node after recording why.
YAML::Node table_of(std::string_view yaml, const std::string& label, const std::string& key,
                    std::vector<Diagnostic>& diagnostics)
{
  const auto parsed = parse_yaml(yaml, label, diagnostics, "rules.load.syntax");
  if (!parsed) {
    return YAML::Node(YAML::NodeType::Undefined);
  }
  const YAML::Node& root = *parsed;
  // Top-level keys are checked the strict way; the table itself is walked below.
  ParamReader reader(root, label, diagnostics);
  if (!root.IsMap()) {
    diagnostics.push_back({yaml_location(root, label), message("rules.data.not_a_table", {{"key", key}})});
    return YAML::Node(YAML::NodeType::Undefined);
  }
  auto table = reader.child(key, Need::required);
  if (table) {
    table->ignore_unknown_keys(); // its keys are names (小四, 宋体), checked below
  }
  const bool has_table = table.has_value();
  reader.report_unknown_keys();
  return has_table ? root[key] : YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

void read_size_names(std::string_view yaml, const std::string& label, RulesetData& data,
                     std::vector<Diagnostic>& diagnostics)
{
  const YAML::Node table = table_of(yaml, label, "sizes", diagnostics);
  if (!table.IsDefined()) {
    return;
  }
  for (const auto& entry : table) {
    const std::string name = entry.first.Scalar();
    double points = 0;
    if (!entry.second.IsScalar() || !YAML::convert<double>::decode(entry.second, points) || !(points > 0)) {
      diagnostics.push_back(
          {yaml_location(entry.second, label), message("rules.data.bad_size", {{"name", name}})});
      continue;
    }
    data.size_names[name] = points;
  }
}

void read_font_aliases(std::string_view yaml, const std::string& label, RulesetData& data,
                       std::vector<Diagnostic>& diagnostics)
{
  const YAML::Node table = table_of(yaml, label, "fonts", diagnostics);
  if (!table.IsDefined()) {
    return;
  }
  for (const auto& entry : table) {
    const std::string family = entry.first.Scalar();
    std::vector<std::string> names;
    bool valid = entry.second.IsSequence() || entry.second.IsScalar();
    if (entry.second.IsScalar()) {
      names.push_back(entry.second.Scalar());
    } else if (entry.second.IsSequence()) {
      for (const auto& name : entry.second) {
        valid = valid && name.IsScalar();
        if (name.IsScalar()) {
          names.push_back(name.Scalar());
        }
      }
    }
    if (!valid) {
      diagnostics.push_back(
          {yaml_location(entry.second, label), message("rules.data.bad_font_list", {{"name", family}})});
      continue;
    }
    data.font_aliases[family] = std::move(names);
  }
}

} // namespace qb::rules

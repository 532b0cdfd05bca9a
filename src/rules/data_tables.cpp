#include "rules/data_tables.hpp"

#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"

namespace qb::rules {
namespace {

// The mapping under `key` of a data file, or null after recording why.
const DataNode* table_of(const std::shared_ptr<const DataTree>& tree, const std::string& label,
                         const std::string& key, std::vector<Diagnostic>& diagnostics)
{
  const DataNode& root = tree->root();
  // Top-level keys are checked the strict way; the table itself is walked below.
  ParamReader reader(tree, root, label, diagnostics);
  if (!root.is_map()) {
    diagnostics.push_back(
        {SourceLocation{label, root.line, root.column}, message("rules.data.not_a_table", {{"key", key}})});
    return nullptr;
  }
  auto table = reader.child(key, Need::required);
  if (table) {
    table->ignore_unknown_keys(); // its keys are names (小四, 宋体), checked below
  }
  const bool has_table = table.has_value();
  reader.report_unknown_keys();
  return has_table ? root.find(key) : nullptr;
}

SourceLocation location_of(const DataNode& node, const std::string& label)
{
  return SourceLocation{label, node.line, node.column};
}

} // namespace

void read_size_names(const std::shared_ptr<const DataTree>& tree, const std::string& label, RulesetData& data,
                     std::vector<Diagnostic>& diagnostics)
{
  const DataNode* table = table_of(tree, label, "sizes", diagnostics);
  if (table == nullptr) {
    return;
  }
  for (std::size_t entry = 0; entry < table->entries(); ++entry) {
    const std::string name(table->key(entry).text);
    const DataNode& value = table->value(entry);
    double points = 0;
    if (!decode_number(value, points) || !(points > 0)) {
      diagnostics.push_back({location_of(value, label), message("rules.data.bad_size", {{"name", name}})});
      continue;
    }
    data.size_names[name] = points;
  }
}

void read_font_aliases(const std::shared_ptr<const DataTree>& tree, const std::string& label,
                       RulesetData& data, std::vector<Diagnostic>& diagnostics)
{
  const DataNode* table = table_of(tree, label, "fonts", diagnostics);
  if (table == nullptr) {
    return;
  }
  for (std::size_t entry = 0; entry < table->entries(); ++entry) {
    const std::string family(table->key(entry).text);
    const DataNode& value = table->value(entry);
    std::vector<std::string> names;
    bool valid = value.is_sequence() || value.is_scalar();
    if (value.is_scalar()) {
      names.emplace_back(value.text);
    } else if (value.is_sequence()) {
      for (const DataNode& name : value.children()) {
        valid = valid && name.is_scalar();
        if (name.is_scalar()) {
          names.emplace_back(name.text);
        }
      }
    }
    if (!valid) {
      diagnostics.push_back(
          {location_of(value, label), message("rules.data.bad_font_list", {{"name", family}})});
      continue;
    }
    data.font_aliases[family] = std::move(names);
  }
}

} // namespace qb::rules

#include "rules/yaml_parse.hpp"

#include "rules/message_catalog.hpp"

namespace qb::rules {

namespace {

// More nodes than any honest rule, data, config or profile file has (the 2020 rule set has a few thousand).
// yaml-cpp keeps an alias as a shared node, so parsing a "billion laughs" file is cheap; it is every walk of
// the tree afterwards that would expand it.
constexpr std::size_t k_max_nodes = 100000;

// True when a walk of `root` that expands every alias visits at most k_max_nodes nodes. Stops counting as
// soon as the budget is spent, so an alias bomb costs k_max_nodes steps, never its expansion.
bool within_node_budget(const YAML::Node& root)
{
  std::vector<YAML::Node> pending{root};
  std::size_t visits = 0;
  while (!pending.empty()) {
    const YAML::Node node = pending.back();
    pending.pop_back();
    if (++visits > k_max_nodes) {
      return false;
    }
    if (node.IsSequence()) {
      for (const auto& item : node) {
        pending.push_back(item);
      }
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        pending.push_back(entry.first);
        pending.push_back(entry.second);
      }
    }
  }
  return true;
}

} // namespace

std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics, std::string_view syntax_message_id)
{
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    // yaml-cpp's marks are 0-based; -1 means "unknown", shown as 0.
    const SourceLocation where{file, error.mark.line >= 0 ? error.mark.line + 1 : 0,
                               error.mark.column >= 0 ? error.mark.column + 1 : 0};
    diagnostics.push_back({where, message(syntax_message_id, {{"detail", error.msg}})});
    return std::nullopt;
  }
  if (!within_node_budget(root)) {
    diagnostics.push_back({SourceLocation{file, 1, 1},
                           message("yaml.too_many_nodes", {{"limit", std::to_string(k_max_nodes)}})});
    return std::nullopt;
  }
  return root;
}

std::shared_ptr<const DataTree> parse_yaml_tree(std::string_view text, const std::string& file,
                                                std::vector<Diagnostic>& diagnostics,
                                                std::string_view syntax_message_id)
{
  const auto root = parse_yaml(text, file, diagnostics, syntax_message_id);
  if (!root) {
    return nullptr;
  }
  return std::make_shared<const DataTree>(*root);
}

} // namespace qb::rules

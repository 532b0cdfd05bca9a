#include "rules/data_tree.hpp"

#include <yaml-cpp/yaml.h>

namespace qb::rules {

namespace {

// `node` without its children; its text and mark as yaml_location() reads them.
DataNode copy_of(const YAML::Node& node)
{
  DataNode copy;
  if (!node.IsDefined()) {
    return copy;
  }
  switch (node.Type()) {
  case YAML::NodeType::Null: copy.kind = DataKind::null; break;
  case YAML::NodeType::Scalar: copy.kind = DataKind::scalar; break;
  case YAML::NodeType::Sequence: copy.kind = DataKind::sequence; break;
  case YAML::NodeType::Map: copy.kind = DataKind::map; break;
  case YAML::NodeType::Undefined: return copy;
  }
  copy.text = node.Scalar();
  const YAML::Mark mark = node.Mark();
  if (mark.line >= 0) {
    copy.line = mark.line + 1;
    copy.column = mark.column + 1;
  }
  return copy;
}

// A scalar node holding `node`'s text, for yaml-cpp's conversions.
YAML::Node scalar_of(const DataNode& node)
{
  return YAML::Node(std::string(node.text));
}

} // namespace

const DataNode* DataNode::find(std::string_view name) const
{
  if (!is_map()) {
    return nullptr;
  }
  for (std::size_t entry = 0; entry < entries(); ++entry) {
    if (key(entry).is_scalar() && key(entry).text == name) {
      return &value(entry);
    }
  }
  return nullptr;
}

// Breadth first, so that each node's children are appended side by side.
DataTree::DataTree(const YAML::Node& root)
  : m_source(root)
{
  std::vector<YAML::Node> sources{root};
  m_owned.push_back(copy_of(root));
  for (std::size_t index = 0; index < m_owned.size(); ++index) {
    const YAML::Node node = sources[index];
    if (!node.IsDefined() || !(node.IsSequence() || node.IsMap())) {
      continue;
    }
    const std::size_t first = m_owned.size();
    for (const auto& item : node) {
      if (node.IsMap()) {
        for (const YAML::Node& part : {item.first, item.second}) {
          sources.push_back(part);
          m_owned.push_back(copy_of(part));
        }
      } else {
        sources.push_back(item);
        m_owned.push_back(copy_of(item));
      }
    }
    m_owned[index].first = static_cast<std::uint32_t>(first - index);
    m_owned[index].count = static_cast<std::uint32_t>(m_owned.size() - first);
  }
  m_nodes = m_owned;
}

DataTree::DataTree(std::span<const DataNode> compiled)
  : m_nodes(compiled)
{
}

bool decode_number(const DataNode& node, double& value)
{
  return node.is_scalar() && YAML::convert<double>::decode(scalar_of(node), value);
}

bool decode_integer(const DataNode& node, std::int64_t& value)
{
  return node.is_scalar() && YAML::convert<std::int64_t>::decode(scalar_of(node), value);
}

bool decode_boolean(const DataNode& node, bool& value)
{
  return node.is_scalar() && YAML::convert<bool>::decode(scalar_of(node), value);
}

} // namespace qb::rules

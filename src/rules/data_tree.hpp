#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <yaml-cpp/node/node.h>

namespace qb::rules {

// What a YAML node is, as yaml-cpp's parser typed it (a plain `~`, `null` or empty value is null).
enum class DataKind : std::uint8_t { undefined, null, scalar, sequence, map };

// One node of a parsed YAML file, as the rule-set loaders read it: its kind, its text, where it starts, and
// its children, which sit side by side in the same array (a map's are key, value, key, value ...). An array
// of these is what the build compiles the built-in rule set and its tables into (src/tools/
// compile_data_trees.cpp), so qbcheck does not scan their YAML at every start; a user's file is parsed by
// yaml-cpp and copied into the same form, so both are read by the same code with the same diagnostics.
struct DataNode
{
  DataKind kind = DataKind::undefined;
  std::int32_t line = 0;   // 1-based; 0 when unknown
  std::int32_t column = 0; // 1-based; 0 when unknown
  std::uint32_t first = 0; // the first child's distance from this node in the array
  std::uint32_t count = 0; // children (twice the entries of a map)
  std::string_view text;   // a scalar's text (empty for other kinds)

  bool is_defined() const { return kind != DataKind::undefined; }
  bool is_null() const { return kind == DataKind::null; }
  bool is_scalar() const { return kind == DataKind::scalar; }
  bool is_sequence() const { return kind == DataKind::sequence; }
  bool is_map() const { return kind == DataKind::map; }

  // A sequence's items, or a map's keys and values in turn.
  std::span<const DataNode> children() const { return {this + first, count}; }
  std::size_t entries() const { return count / 2; }
  const DataNode& key(std::size_t entry) const { return this[first + 2 * entry]; }
  const DataNode& value(std::size_t entry) const { return this[first + 2 * entry + 1]; }
  // The value of a map's first scalar key equal to `name` (what yaml-cpp's const operator[] finds), or null.
  const DataNode* find(std::string_view name) const;
};

// A whole tree: either copied from a yaml-cpp tree (aliases expanded, so the caller must have bounded the
// expansion: parse_yaml does) or an array compiled into the binary.
class DataTree
{
public:
  explicit DataTree(const YAML::Node& root);
  explicit DataTree(std::span<const DataNode> compiled);
  DataTree(const DataTree&) = delete;
  DataTree& operator=(const DataTree&) = delete;

  const DataNode& root() const { return m_nodes.front(); }
  std::span<const DataNode> nodes() const { return m_nodes; }

private:
  YAML::Node m_source;           // owns the scalars the copied nodes' text points into
  std::vector<DataNode> m_owned; // the copied nodes
  std::span<const DataNode> m_nodes;
};

// A scalar's value as yaml-cpp's YAML::convert reads it (so "0x1F", "1e3", "yes", ".inf" mean what they mean
// in a file yaml-cpp reads); false when the node is not a scalar or does not convert.
bool decode_number(const DataNode& node, double& value);
bool decode_integer(const DataNode& node, std::int64_t& value);
bool decode_boolean(const DataNode& node, bool& value);

} // namespace qb::rules

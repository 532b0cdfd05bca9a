#pragma once

#include <span>
#include <string_view>

#include "rules/data_tree.hpp"

namespace qb::rules {

// A YAML data file of rules/ compiled into the binary as nodes (see DataNode).
struct BuiltinDataTree
{
  std::string_view name; // the file name, e.g. "caq-2020.yaml"
  std::span<const DataNode> nodes;
};

// rules/*.yaml (the built-in rule set and its tables), read at build time by src/tools/compile_data_trees.cpp
// with the yaml-cpp that reads a user's files: the same nodes, texts, lines and columns.
std::span<const BuiltinDataTree> builtin_data_trees();

} // namespace qb::rules

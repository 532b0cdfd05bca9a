#pragma once

#include <string>

#include <yaml-cpp/yaml.h>

#include "core/diagnostic.hpp"

namespace qb::rules {

// The 1-based file:line:col of `node` (yaml-cpp marks are 0-based; a node without a mark gives line 0).
inline SourceLocation yaml_location(const YAML::Node& node, const std::string& file)
{
  SourceLocation where{file, 0, 0};
  if (!node.IsDefined()) {
    return where;
  }
  const YAML::Mark mark = node.Mark();
  if (mark.line >= 0) {
    where.line = mark.line + 1;
    where.column = mark.column + 1;
  }
  return where;
}

} // namespace qb::rules

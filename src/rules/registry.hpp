#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// Builds a rule of one kind from its spec and its kind-specific keys. Problems go to `params` as
// diagnostics; the factory may return null when the rule is unusable.
using RuleFactory = std::unique_ptr<Rule> (*)(RuleSpec spec, ParamReader& params, const RulesetData& data);

// One row of the kind table.
struct KindEntry
{
  std::string_view name;        // the `kind:` value, e.g. "part_length"
  std::string_view description; // one line, English (the `rules kinds` listing)
  RuleFactory factory;
};

// Every rule kind, sorted by name: one row per kind in registry.cpp (no self-registration).
const std::vector<KindEntry>& kind_table();

// The row for `name`, or null.
const KindEntry* find_kind(std::string_view name);

} // namespace qb::rules

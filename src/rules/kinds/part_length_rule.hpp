#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "eval/part_counter.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// The 字 count of one part against a maximum and/or a minimum (REQUIREMENTS B and D). A part the outline
// does not find is not_checked here: only sections.missing reports it.
class PartLengthRule : public Rule
{
public:
  PartLengthRule(RuleSpec spec, std::string part, std::optional<std::int64_t> max,
                 std::optional<std::int64_t> min, std::optional<text::CountingMode> mode,
                 eval::PartInclusion inclusion);

  RuleResult evaluate(const DocumentContext& context) const override;

  const std::string& part() const { return m_part; }
  const std::optional<std::int64_t>& max() const { return m_max; }
  const eval::PartInclusion& inclusion() const { return m_inclusion; }
  // The mode this rule counts in: its own `mode`, else the document context's.
  text::CountingMode mode_in(const DocumentContext& context) const { return m_mode.value_or(context.mode); }

private:
  std::string m_part;
  std::optional<std::int64_t> m_max;
  std::optional<std::int64_t> m_min;
  std::optional<text::CountingMode> m_mode;
  eval::PartInclusion m_inclusion;
};

// Reads the optional `include:` mapping ({tables, captions, textboxes, footnotes, endnotes}: booleans; the
// defaults are eval::PartInclusion's). Shared by part_length and mode_disagreement.
eval::PartInclusion read_inclusion(ParamReader& params, bool& valid);

// Factory for `kind: part_length`. Keys: part (required), max and/or min (字, at least one), mode (word |
// wps; default: the rule set's), include. Message placeholders: {actual} {limit} {excess} {shortfall}
// {section} {mode}.
std::unique_ptr<Rule> make_part_length_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "eval/scope.hpp"
#include "model/properties.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// What a paragraph_style rule expects; each property is checked only when set
// (docs/rules/paragraph_style.md).
struct StyleExpectation
{
  std::optional<std::string> font; // East Asian font, compared through RulesetData::font_matches (aliases)
  std::optional<double> size_pt;
  std::string size_text; // as written in the rule file ("小四", "12")
  std::optional<bool> bold;
  bool allow_bold_subheadings = false; // with bold: false, an all-bold short paragraph may stay bold
  std::size_t subheading_max_chars = 40;
  std::optional<model::Alignment> alignment;
  std::optional<int> line_240ths; // auto line spacing in 240ths of a line: single = 240
};

// Style of a scope (title, a part heading, body text, captions): font, size and bold are judged per run and
// weighted by characters; alignment and line spacing per paragraph, weighted by the paragraph's characters.
// Fails when, for some property, the share of deviating characters exceeds `max_deviation`.
class ParagraphStyleRule : public Rule
{
public:
  ParagraphStyleRule(RuleSpec spec, eval::Scope scope, StyleExpectation expected, double max_deviation,
                     std::size_t report_first);

  RuleResult evaluate(const DocumentContext& context) const override;

  // What the rule expects and where: `qbcheck template` derives its styles from these.
  const eval::Scope& scope() const { return m_scope; }
  const StyleExpectation& expected() const { return m_expected; }

private:
  eval::Scope m_scope;
  StyleExpectation m_expected;
  double m_max_deviation;
  std::size_t m_report_first;
};

// Factory for `kind: paragraph_style`. Keys: scope (required), parts, font, size, bold,
// allow_bold_subheadings, subheading_max_chars, alignment, line_spacing, max_deviation (0..1, default 0),
// report_first (default 5).
std::unique_ptr<Rule> make_paragraph_style_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

#pragma once

#include <memory>

#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// What a hygiene rule looks for: things a writer leaves in by mistake (model::DocumentFacts).
enum class HygieneCheck { revisions, comments, hidden_text };

// Document hygiene: tracked changes (insertions, deletions, format changes, with their authors), comments,
// and hidden text (w:vanish runs with text; the first paragraphs holding some are listed). Fails when any is
// present.
class HygieneRule : public Rule
{
public:
  HygieneRule(RuleSpec spec, HygieneCheck check, std::size_t report_first);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  RuleResult evaluate_revisions(const DocumentContext& context) const;
  RuleResult evaluate_comments(const DocumentContext& context) const;
  RuleResult evaluate_hidden_text(const DocumentContext& context) const;

  HygieneCheck m_check;
  std::size_t m_report_first;
};

// Factory for `kind: hygiene`. Keys: check (revisions | comments | hidden_text, required), report_first
// (default 5).
std::unique_ptr<Rule> make_hygiene_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

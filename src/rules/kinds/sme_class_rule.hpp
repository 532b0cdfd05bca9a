#pragma once

#include <memory>

#include "profile/sme_table.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// The enterprise's size class under the SME standard (附件1 一（四）, 工信部联企业〔2011〕300号), for
// information: the rule reports the class and why as a finding at its level (meant to be `info`, so it never
// fails a document). Missing figures or an unknown industry make it not_checked, naming what is missing.
class SmeClassRule : public Rule
{
public:
  SmeClassRule(RuleSpec spec, profile::SmeTableSource table);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  profile::SmeTableSource m_table; // the built-in table is loaded when first needed
};

// Factory for `kind: sme_class`. No keys of its own: the table is the rule set's `data.sme`
// (rules/sme-2011.yaml by default); a table from a file is loaded here so that a broken one is a load error
// of the rule set, the built-in one when a profile is first classified.
std::unique_ptr<Rule> make_sme_class_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

#include "rules/kinds/mode_disagreement_rule.hpp"

#include <algorithm>

#include "eval/outline.hpp"
#include "eval/scope.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/kinds/part_length_rule.hpp"
#include "rules/param_reader.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {
namespace {

text::CountingMode other_mode(text::CountingMode mode)
{
  return mode == text::CountingMode::word ? text::CountingMode::wps : text::CountingMode::word;
}

LocalizedText mode_name(text::CountingMode mode)
{
  return message(mode == text::CountingMode::word ? "rules.mode.word" : "rules.mode.wps");
}

} // namespace

ModeDisagreementRule::ModeDisagreementRule(RuleSpec spec, std::vector<std::string> parts,
                                           eval::PartInclusion inclusion)
  : Rule(std::move(spec))
  , m_parts(std::move(parts))
  , m_inclusion(inclusion)
{
}

RuleResult ModeDisagreementRule::evaluate(const DocumentContext& context) const
{
  const text::CountingMode mode = context.mode;
  const text::CountingMode other = other_mode(mode);
  std::vector<LocalizedText> details;
  std::vector<std::string> offending;
  std::vector<DocumentLocation> locations;
  std::size_t checked = 0;
  for (const auto& part : context.data.parts) {
    const bool wanted =
        m_parts.empty() || std::find(m_parts.begin(), m_parts.end(), part.id) != m_parts.end();
    const eval::PartSpan* span = context.outline.find(part.id);
    if (!wanted || !part.limit || span == nullptr) {
      continue;
    }
    ++checked;
    const auto own = eval::count_part(context.document, context.outline, part.id, mode, m_inclusion).words;
    const auto theirs =
        eval::count_part(context.document, context.outline, part.id, other, m_inclusion).words;
    if (own > *part.limit || theirs <= *part.limit) {
      continue;
    }
    offending.push_back(part.id);
    details.push_back(MessageArgs()
                          .add("section", part.name)
                          .add("mode", mode_name(mode))
                          .add("actual", std::to_string(own))
                          .add("other_mode", mode_name(other))
                          .add("other", std::to_string(theirs))
                          .add("limit", std::to_string(*part.limit))
                          .message("rules.mode_disagreement.detail"));
    locations.push_back(eval::locate_paragraph(context, span->heading.value_or(span->first)));
  }
  if (checked == 0) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = message("rules.mode_disagreement.no_parts");
    return result;
  }
  RuleResult result = make_result(offending.empty() ? Outcome::pass : Outcome::fail);
  result.actual = std::to_string(offending.size());
  result.expected = std::string(1, '0'); // not = "0": g++ 12 warns falsely (-Wrestrict, GCC PR 105329)
  if (offending.empty()) {
    return result;
  }
  std::vector<LocalizedText> names;
  for (const auto& id : offending) {
    names.push_back(eval::part_name(context, id));
  }
  const LocalizedText own_message = spec().message;
  const LocalizedText pattern = own_message.zh.empty() && own_message.en.empty()
                                    ? message("rules.mode_disagreement.fail")
                                    : own_message;
  result.message = MessageArgs()
                       .add("section", join(names))
                       .add("details", join(details, "；", "; "))
                       .add("count", std::to_string(offending.size()))
                       .add("mode", mode_name(mode))
                       .add("other_mode", mode_name(other))
                       .fill(pattern);
  result.locations = std::move(locations);
  return result;
}

std::unique_ptr<Rule> make_mode_disagreement_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  auto parts = read_parts(params, "parts", data, valid);
  const auto inclusion = read_inclusion(params, valid);
  if (!valid) {
    return nullptr;
  }
  return std::make_unique<ModeDisagreementRule>(std::move(spec), std::move(parts), inclusion);
}

} // namespace qb::rules

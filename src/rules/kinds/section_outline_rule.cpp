#include "rules/kinds/section_outline_rule.hpp"

#include <algorithm>

#include "eval/outline.hpp"
#include "eval/scope.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {
namespace {

LocalizedText pattern_or(const LocalizedText& own, std::string_view catalogue_id)
{
  return own.zh.empty() && own.en.empty() ? message(catalogue_id) : own;
}

std::vector<LocalizedText> names_of(const DocumentContext& context, const std::vector<std::string>& ids)
{
  std::vector<LocalizedText> names;
  for (const auto& id : ids) {
    names.push_back(eval::part_name(context, id));
  }
  return names;
}

} // namespace

SectionOutlineRule::SectionOutlineRule(RuleSpec spec, OutlineCheck check, std::vector<std::string> parts)
  : Rule(std::move(spec))
  , m_check(check)
  , m_parts(std::move(parts))
{
}

RuleResult SectionOutlineRule::evaluate(const DocumentContext& context) const
{
  std::vector<std::string> parts = m_parts;
  if (parts.empty()) {
    for (const auto& part : context.data.parts) {
      parts.push_back(part.id);
    }
  }
  return m_check == OutlineCheck::missing ? evaluate_missing(context, parts) : evaluate_order(context, parts);
}

RuleResult SectionOutlineRule::evaluate_missing(const DocumentContext& context,
                                                const std::vector<std::string>& parts) const
{
  std::vector<std::string> missing;
  for (const auto& id : parts) {
    if (context.outline.find(id) == nullptr) {
      missing.push_back(id);
    }
  }
  RuleResult result = make_result(missing.empty() ? Outcome::pass : Outcome::fail);
  result.actual = std::to_string(parts.size() - missing.size());
  result.expected = std::to_string(parts.size());
  if (missing.empty()) {
    return result;
  }
  const LocalizedText names = join(names_of(context, missing));
  result.message = MessageArgs()
                       .add("section", names)
                       .add("count", std::to_string(missing.size()))
                       .add("actual", result.actual)
                       .add("expected", result.expected)
                       .fill(pattern_or(spec().message, "rules.section_outline.missing"));
  for (const auto& id : missing) {
    DocumentLocation location;
    location.part = id;
    location.place = eval::part_name(context, id);
    result.locations.push_back(std::move(location));
  }
  return result;
}

RuleResult SectionOutlineRule::evaluate_order(const DocumentContext& context,
                                              const std::vector<std::string>& parts) const
{
  // The required rank of each part found, in document order (Outline::parts is in document order).
  std::vector<std::string> found;
  std::vector<std::size_t> ranks;
  for (const auto& span : context.outline.parts()) {
    const auto it = std::find(parts.begin(), parts.end(), span.id);
    if (it != parts.end()) {
      found.push_back(span.id);
      ranks.push_back(static_cast<std::size_t>(it - parts.begin()));
    }
  }
  if (found.size() < 2) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = message("rules.section_outline.order_too_few");
    return result;
  }
  // A part is misplaced when a part that should follow it was already found before it.
  std::vector<std::string> misplaced;
  std::size_t highest = 0;
  for (std::size_t i = 0; i < ranks.size(); ++i) {
    if (i > 0 && ranks[i] < highest) {
      misplaced.push_back(found[i]);
    }
    highest = std::max(highest, ranks[i]);
  }
  std::vector<std::string> expected_order;
  for (const auto& id : parts) {
    if (std::find(found.begin(), found.end(), id) != found.end()) {
      expected_order.push_back(id);
    }
  }
  const LocalizedText actual = join(names_of(context, found), " → ", " → ");
  const LocalizedText expected = join(names_of(context, expected_order), " → ", " → ");
  RuleResult result = make_result(misplaced.empty() ? Outcome::pass : Outcome::fail);
  result.actual = actual.zh;
  result.expected = expected.zh;
  if (misplaced.empty()) {
    return result;
  }
  result.message = MessageArgs()
                       .add("section", join(names_of(context, misplaced)))
                       .add("count", std::to_string(misplaced.size()))
                       .add("actual", actual)
                       .add("expected", expected)
                       .fill(pattern_or(spec().message, "rules.section_outline.order"));
  for (const auto& id : misplaced) {
    const eval::PartSpan* span = context.outline.find(id);
    result.locations.push_back(eval::locate_paragraph(context, span->heading.value_or(span->first)));
  }
  return result;
}

std::unique_ptr<Rule> make_section_outline_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  const auto check = params.choice("check", {"missing", "order"}, Need::required);
  note_invalid(params, "check", check.has_value(), valid);
  auto parts = read_parts(params, "parts", data, valid);
  if (!check || !valid) {
    return nullptr;
  }
  return std::make_unique<SectionOutlineRule>(
      std::move(spec), *check == "missing" ? OutlineCheck::missing : OutlineCheck::order, std::move(parts));
}

} // namespace qb::rules

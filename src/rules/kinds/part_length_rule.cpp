#include "rules/kinds/part_length_rule.hpp"

#include "eval/scope.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {
namespace {

std::string expected_text(std::optional<std::int64_t> max, std::optional<std::int64_t> min)
{
  if (max && min) {
    return std::to_string(*min) + "–" + std::to_string(*max);
  }
  return max ? "≤ " + std::to_string(*max) : "≥ " + std::to_string(min.value_or(0));
}

// The rule's own message when it has one, else the catalogue's default for this finding.
LocalizedText pattern_or(const LocalizedText& own, std::string_view catalogue_id)
{
  if (!own.zh.empty() || !own.en.empty()) {
    return own;
  }
  const LocalizedText fallback = message(catalogue_id);
  return fallback;
}

} // namespace

PartLengthRule::PartLengthRule(RuleSpec spec, std::string part, std::optional<std::int64_t> max,
                               std::optional<std::int64_t> min, std::optional<text::CountingMode> mode,
                               eval::PartInclusion inclusion)
  : Rule(std::move(spec))
  , m_part(std::move(part))
  , m_max(max)
  , m_min(min)
  , m_mode(mode)
  , m_inclusion(inclusion)
{
}

RuleResult PartLengthRule::evaluate(const DocumentContext& context) const
{
  const LocalizedText name = eval::part_name(context, m_part);
  const eval::PartSpan* span = context.outline.find(m_part);
  if (span == nullptr) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = MessageArgs().add("section", name).message("rules.part_length.missing");
    result.expected = expected_text(m_max, m_min);
    return result;
  }
  const text::CountingMode mode = mode_in(context);
  const std::int64_t actual =
      eval::count_part(context.document, context.outline, m_part, mode, m_inclusion).words;
  const bool over = m_max && actual > *m_max;
  const bool under = m_min && actual < *m_min;
  RuleResult result = make_result(over || under ? Outcome::fail : Outcome::pass);
  result.actual = std::to_string(actual);
  result.expected = expected_text(m_max, m_min);
  if (!over && !under) {
    return result;
  }
  MessageArgs args;
  args.add("actual", result.actual).add("section", name).add("mode", std::string(text::to_string(mode)));
  if (over) {
    args.add("limit", std::to_string(*m_max)).add("excess", std::to_string(actual - *m_max));
    result.message = args.fill(pattern_or(spec().message, "rules.part_length.over"));
  } else {
    args.add("limit", std::to_string(*m_min)).add("shortfall", std::to_string(*m_min - actual));
    result.message = args.fill(pattern_or(spec().message, "rules.part_length.under"));
  }
  // The part as a whole is the place: its heading, or the title paragraph.
  result.locations.push_back(eval::locate_paragraph(context, span->heading.value_or(span->first)));
  return result;
}

eval::PartInclusion read_inclusion(ParamReader& params, bool& valid)
{
  eval::PartInclusion inclusion;
  auto include = params.child("include");
  note_invalid(params, "include", include.has_value(), valid);
  if (!include) {
    return inclusion;
  }
  const auto flag = [&](std::string_view key, bool& target) {
    const auto value = include->boolean(key);
    note_invalid(*include, key, value.has_value(), valid);
    target = value.value_or(target);
  };
  flag("tables", inclusion.tables);
  flag("captions", inclusion.captions);
  flag("textboxes", inclusion.textboxes);
  flag("footnotes", inclusion.footnotes);
  flag("endnotes", inclusion.endnotes);
  return inclusion;
}

std::unique_ptr<Rule> make_part_length_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  auto part = read_part(params, "part", data, valid, Need::required);
  const auto max = params.integer("max");
  note_invalid(params, "max", max.has_value(), valid);
  const auto min = params.integer("min");
  note_invalid(params, "min", min.has_value(), valid);
  if (!max && !min && !params.has("max") && !params.has("min")) {
    params.error("", message("rules.part_length.no_limit"));
    valid = false;
  }
  for (const auto& [key, value] : {std::pair{"max", max}, std::pair{"min", min}}) {
    if (value && *value < 0) {
      params.error(key, message("rules.part_length.negative", {{"key", key}}));
      valid = false;
    }
  }
  if (max && min && *min > *max) {
    params.error("min", message("rules.part_length.min_over_max"));
    valid = false;
  }
  std::optional<text::CountingMode> mode;
  if (auto name = params.choice("mode", {"word", "wps"})) {
    text::CountingMode parsed = text::CountingMode::word;
    text::parse_counting_mode(*name, parsed);
    mode = parsed;
  }
  note_invalid(params, "mode", mode.has_value(), valid);
  const auto inclusion = read_inclusion(params, valid);
  if (!valid || !part) {
    return nullptr;
  }
  return std::make_unique<PartLengthRule>(std::move(spec), std::move(*part), max, min, mode, inclusion);
}

} // namespace qb::rules

#include "profile/sme_classifier.hpp"

#include "profile/yaml_support.hpp"
#include "rules/message_catalog.hpp"

namespace qb::profile {

namespace {

std::optional<double> value_of(const SmeFigures& figures, SmeFigure figure)
{
  switch (figure) {
  case SmeFigure::employees: return figures.employees;
  case SmeFigure::revenue: return figures.revenue;
  case SmeFigure::total_assets: return figures.total_assets;
  }
  return std::nullopt;
}

bool meets(const std::vector<SmeBound>& tier, const SmeFigures& figures)
{
  for (const auto& bound : tier) {
    if (*value_of(figures, bound.figure) < bound.min) {
      return false;
    }
  }
  return true;
}

// "从业人员 860 人 ≥ 300" in both languages, for bounds that are met (`met`) or missed.
LocalizedText condition(const SmeBound& bound, const SmeFigures& figures, bool met)
{
  const std::string figure(to_string(bound.figure));
  const auto actual = rules::message("profile.sme.figure." + figure,
                                     {{"value", detail::format_number(*value_of(figures, bound.figure))}});
  const auto limit =
      rules::message("profile.sme.bound." + figure, {{"value", detail::format_number(bound.min)}});
  const std::string op = met ? " ≥ " : " < ";
  return {actual.zh + op + limit.zh, actual.en + op + limit.en};
}

// The bounds of `tier` that are met (all of them, joined by 且) or missed (those missed, joined by 或).
LocalizedText conditions(const std::vector<SmeBound>& tier, const SmeFigures& figures, bool met)
{
  const auto joiner = rules::message(met ? "profile.sme.and" : "profile.sme.or");
  LocalizedText result;
  for (const auto& bound : tier) {
    const bool is_met = *value_of(figures, bound.figure) >= bound.min;
    if (is_met != met) {
      continue;
    }
    const auto text = condition(bound, figures, met);
    result.zh += (result.zh.empty() ? "" : joiner.zh) + text.zh;
    result.en += (result.en.empty() ? "" : joiner.en) + text.en;
  }
  return result;
}

LocalizedText class_name(SmeClass size)
{
  return rules::message("profile.sme.class." + std::string(to_string(size)));
}

LocalizedText figure_names(const std::vector<SmeFigure>& figures)
{
  LocalizedText result;
  for (const auto figure : figures) {
    const auto name = rules::message("profile.field." + std::string(to_string(figure)));
    result.zh += (result.zh.empty() ? "" : "、") + name.zh;
    result.en += (result.en.empty() ? "" : ", ") + name.en;
  }
  return result;
}

LocalizedText unknown_industry(const SmeTable& table, std::string_view industry)
{
  if (industry.empty()) {
    return rules::message("profile.sme.no_industry");
  }
  std::vector<std::string_view> names;
  for (const auto& row : table.industries) {
    names.push_back(row.name);
    names.insert(names.end(), row.includes.begin(), row.includes.end());
  }
  const std::string near = detail::nearest(industry, names);
  LocalizedText suggestion;
  if (!near.empty()) {
    suggestion = rules::message("profile.sme.industry_suggestion", {{"industry", near}});
  }
  std::string known;
  for (const auto& name : table.names()) {
    known += (known.empty() ? "" : "、") + name;
  }
  const auto zh =
      rules::message("profile.sme.unknown_industry",
                     {{"industry", std::string(industry)}, {"suggestion", suggestion.zh}, {"known", known}});
  const auto en =
      rules::message("profile.sme.unknown_industry",
                     {{"industry", std::string(industry)}, {"suggestion", suggestion.en}, {"known", known}});
  return {zh.zh, en.en};
}

// Builds the reason for `size` reached at tier `index` (0 large, 1 medium, 2 small, 3 micro).
LocalizedText reason_for(const SmeIndustry& industry, const SmeFigures& figures, int index)
{
  const std::vector<SmeBound>* tiers[] = {&industry.large, &industry.medium, &industry.small};
  const auto size = static_cast<SmeClass>(index);
  auto name = class_name(size);
  if (size == SmeClass::large) {
    const auto note = rules::message("profile.sme.large_note");
    name = {name.zh + note.zh, name.en + note.en};
  }
  // Micro is explained by the small bounds it misses; the others by the bounds of their own tier.
  const auto met =
      index < 3 ? conditions(*tiers[index], figures, true) : conditions(industry.small, figures, false);
  const LocalizedText industry_name{industry.name,
                                    industry.name_en.empty() ? industry.name : industry.name_en};
  if (index == 0 || index == 3) {
    return {rules::message("profile.sme.reason",
                           {{"industry", industry_name.zh}, {"conditions", met.zh}, {"class", name.zh}})
                .zh,
            rules::message("profile.sme.reason",
                           {{"industry", industry_name.en}, {"conditions", met.en}, {"class", name.en}})
                .en};
  }
  const auto upper = class_name(static_cast<SmeClass>(index - 1));
  const auto missed = conditions(*tiers[index - 1], figures, false);
  return {rules::message("profile.sme.reason_dropped", {{"industry", industry_name.zh},
                                                        {"conditions", met.zh},
                                                        {"class", name.zh},
                                                        {"upper", upper.zh},
                                                        {"missed", missed.zh}})
              .zh,
          rules::message("profile.sme.reason_dropped", {{"industry", industry_name.en},
                                                        {"conditions", met.en},
                                                        {"class", name.en},
                                                        {"upper", upper.en},
                                                        {"missed", missed.en}})
              .en};
}

} // namespace

SmeClassification classify_sme(const SmeTable& table, std::string_view industry, const SmeFigures& figures)
{
  SmeClassification result;
  const SmeIndustry* row = table.find(industry);
  if (row == nullptr) {
    result.unknown_industry = true;
    result.reason = unknown_industry(table, industry);
    return result;
  }
  for (const auto figure : row->figures()) {
    if (!value_of(figures, figure)) {
      result.missing.push_back(figure);
    }
  }
  if (!result.missing.empty()) {
    const auto names = figure_names(result.missing);
    result.reason = {
        rules::message("profile.sme.missing_figures", {{"industry", row->name}, {"figures", names.zh}}).zh,
        rules::message("profile.sme.missing_figures",
                       {{"industry", row->name_en.empty() ? row->name : row->name_en}, {"figures", names.en}})
            .en};
    return result;
  }
  // The highest tier whose bounds are all met; micro when not even `small` is.
  const std::vector<SmeBound>* tiers[] = {&row->large, &row->medium, &row->small};
  int index = 3;
  for (int i = 0; i < 3; ++i) {
    if (meets(*tiers[i], figures)) {
      index = i;
      break;
    }
  }
  result.size = static_cast<SmeClass>(index);
  result.size_name = class_name(*result.size);
  result.reason = reason_for(*row, figures, index);
  return result;
}

} // namespace qb::profile

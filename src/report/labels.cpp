#include "report/labels.hpp"

#include "rules/message_catalog.hpp"

namespace qb::report {

std::string label(std::string_view id, Lang lang)
{
  return rules::message(id).in(lang);
}

std::string status_label(DocumentStatus status, Lang lang)
{
  return label("report.status." + std::string(to_string(status)), lang);
}

std::string level_label(Level level, Lang lang)
{
  return label("report.level." + std::string(to_string(level)), lang);
}

std::string outcome_label(Outcome outcome, Lang lang)
{
  return label("report.outcome." + std::string(to_string(outcome)), lang);
}

std::string describe_location(const DocumentLocation& location, const std::vector<PartCount>& parts,
                              Lang lang)
{
  // A place is written whole by the rule (it already names the part: "企业概况第 3 段"); the part's name is
  // added only to a bare paragraph number.
  std::string text = location.place.in(lang);
  if (text.empty()) {
    for (const auto& part : parts) {
      if (part.part_id == location.part) {
        text = part.name.in(lang);
      }
    }
    if (text.empty()) {
      text = location.part;
    }
    if (location.paragraph) {
      text += text.empty() ? "" : lang == Lang::zh ? " " : ", ";
      text +=
          rules::message("report.location.paragraph", {{"paragraph", std::to_string(*location.paragraph)}})
              .in(lang);
    }
  }
  if (!location.excerpt.empty()) {
    text += lang == Lang::zh ? "「" + location.excerpt + "」" : " \"" + location.excerpt + "\"";
  }
  return text;
}

bool is_shown_in_full(const RuleResult& result)
{
  return result.outcome != Outcome::pass ||
         (result.level == Level::info && !result.message.in(Lang::zh).empty());
}

const std::string& result_text(const RuleResult& result, Lang lang)
{
  return is_shown_in_full(result) ? result.message.in(lang) : result.title.in(lang);
}

std::string ruleset_line(const RulesetInfo& ruleset, Lang lang)
{
  const auto mode = rules::message("report.mode." + ruleset.counting_mode).in(lang);
  return rules::message("report.ruleset",
                        {{"id", ruleset.id}, {"title", ruleset.title.in(lang)}, {"mode", mode}})
      .in(lang);
}

std::string verdict_line(const RunSummary& summary, Lang lang)
{
  return rules::message("report.verdict", {{"documents", std::to_string(summary.documents)},
                                           {"passed", std::to_string(summary.passed)},
                                           {"failed", std::to_string(summary.failed)},
                                           {"errors", std::to_string(summary.errors)}})
      .in(lang);
}

} // namespace qb::report

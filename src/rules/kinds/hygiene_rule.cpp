#include "rules/kinds/hygiene_rule.hpp"

#include <algorithm>

#include "eval/scope.hpp"
#include "model/document.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "text/display_width.hpp"

namespace qb::rules {
namespace {

constexpr std::size_t k_excerpt_length = 30;

// The hidden text of a paragraph (runs hidden by w:vanish), or empty.
std::string hidden_text(const model::Paragraph& paragraph)
{
  std::string text;
  for (const auto& run : paragraph.runs) {
    if (run.hidden) {
      text += run.text;
    }
  }
  const bool blank =
      std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
  return blank ? std::string() : text;
}

std::size_t hidden_run_count(const model::Paragraph& paragraph)
{
  return static_cast<std::size_t>(
      std::count_if(paragraph.runs.begin(), paragraph.runs.end(),
                    [](const model::Run& run) { return run.hidden && !run.text.empty(); }));
}

} // namespace

HygieneRule::HygieneRule(RuleSpec spec, HygieneCheck check, std::size_t report_first)
  : Rule(std::move(spec))
  , m_check(check)
  , m_report_first(report_first)
{
}

RuleResult HygieneRule::evaluate(const DocumentContext& context) const
{
  switch (m_check) {
  case HygieneCheck::revisions: return evaluate_revisions(context);
  case HygieneCheck::comments: return evaluate_comments(context);
  case HygieneCheck::hidden_text: return evaluate_hidden_text(context);
  }
  return make_result(Outcome::not_checked);
}

RuleResult HygieneRule::evaluate_revisions(const DocumentContext& context) const
{
  const auto& facts = context.document.facts;
  const std::size_t count = facts.insertions + facts.deletions + facts.format_changes;
  RuleResult result = make_result(count == 0 ? Outcome::pass : Outcome::fail);
  result.expected = "0";
  result.actual = std::to_string(count);
  if (count == 0) {
    return result;
  }
  std::vector<LocalizedText> authors;
  for (const auto& author : facts.revision_authors) {
    authors.push_back(LocalizedText{author, author});
  }
  const LocalizedText author_list = authors.empty() ? message("kinds.hygiene.author_unknown") : join(authors);
  MessageArgs args;
  args.add("count", std::to_string(count))
      .add("insertions", std::to_string(facts.insertions))
      .add("deletions", std::to_string(facts.deletions))
      .add("format_changes", std::to_string(facts.format_changes))
      .add("authors", author_list);
  args.add("detail", args.message("kinds.hygiene.revisions_detail"));
  result.message = args.fill(spec().message);
  return result;
}

RuleResult HygieneRule::evaluate_comments(const DocumentContext& context) const
{
  const std::size_t count = context.document.facts.comments;
  RuleResult result = make_result(count == 0 ? Outcome::pass : Outcome::fail);
  result.expected = "0";
  result.actual = std::to_string(count);
  if (count > 0) {
    result.message = MessageArgs().add("count", std::to_string(count)).fill(spec().message);
  }
  return result;
}

RuleResult HygieneRule::evaluate_hidden_text(const DocumentContext& context) const
{
  std::size_t runs = 0;
  std::vector<DocumentLocation> locations;
  for (const auto& paragraph : context.document.paragraphs) {
    const std::string text = hidden_text(paragraph);
    if (text.empty()) {
      continue;
    }
    runs += hidden_run_count(paragraph);
    if (locations.size() < m_report_first) {
      DocumentLocation location = eval::locate_paragraph(context, paragraph.index);
      location.excerpt = text::excerpt(text, k_excerpt_length);
      locations.push_back(std::move(location));
    }
  }
  // The reader's count covers every story; the scan above finds the places.
  const std::size_t count = std::max(runs, context.document.facts.hidden_runs);
  RuleResult result = make_result(count == 0 ? Outcome::pass : Outcome::fail);
  result.expected = "0";
  result.actual = std::to_string(count);
  if (count > 0) {
    result.locations = std::move(locations);
    result.message = MessageArgs().add("count", std::to_string(count)).fill(spec().message);
  }
  return result;
}

std::unique_ptr<Rule> make_hygiene_rule(RuleSpec spec, ParamReader& params, const RulesetData& /*data*/)
{
  bool valid = true;
  const auto check = params.choice("check", {"revisions", "comments", "hidden_text"}, Need::required);
  const std::size_t report_first = read_count(params, "report_first", 0, valid).value_or(5);
  if (!check || !valid) {
    return nullptr;
  }
  const HygieneCheck kind = *check == "revisions"  ? HygieneCheck::revisions
                            : *check == "comments" ? HygieneCheck::comments
                                                   : HygieneCheck::hidden_text;
  return std::make_unique<HygieneRule>(std::move(spec), kind, report_first);
}

} // namespace qb::rules

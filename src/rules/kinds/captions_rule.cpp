#include "rules/kinds/captions_rule.hpp"

#include <algorithm>
#include <functional>

#include "eval/caption.hpp"
#include "eval/outline.hpp"
#include "eval/scope.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "text/display_width.hpp"
#include "text/normalize.hpp"

namespace qb::rules {
namespace {

constexpr std::size_t k_excerpt_length = 30;
constexpr std::size_t k_missing_listed = 5;

bool is_figure(const model::Paragraph& paragraph)
{
  return std::any_of(paragraph.drawings.begin(), paragraph.drawings.end(), [](const model::Drawing& drawing) {
    return drawing.kind == model::DrawingKind::picture || drawing.kind == model::DrawingKind::chart;
  });
}

bool on_page(const model::Paragraph& paragraph)
{
  return paragraph.story == model::Story::main || paragraph.story == model::Story::textbox;
}

// Empty paragraphs (and paragraphs holding only a picture, when looking for a figure's caption) are skipped
// between a table or figure and its caption.
bool skippable(const model::Paragraph& paragraph, bool skip_figures)
{
  if (paragraph.has_visible_text()) {
    return false;
  }
  return paragraph.drawings.empty() || (skip_figures && is_figure(paragraph));
}

bool is_caption_of(const model::Paragraph& paragraph, eval::CaptionKind kind)
{
  const auto label = eval::parse_caption(paragraph);
  return label && label->kind == kind;
}

std::string caption_excerpt(const model::Paragraph& paragraph)
{
  const std::string text = paragraph.text();
  const std::size_t start = text.find_first_not_of(" \t");
  return text::excerpt(start == std::string::npos ? std::string_view() : std::string_view(text).substr(start),
                       k_excerpt_length);
}

std::string number_text(int major, std::optional<int> minor)
{
  return minor ? std::to_string(major) + "-" + std::to_string(*minor) : std::to_string(major);
}

LocalizedText label(eval::CaptionKind kind, const std::string& number)
{
  return message(kind == eval::CaptionKind::table ? "kinds.captions.label.table"
                                                  : "kinds.captions.label.figure",
                 {{"number", number}});
}

bool in_parts(const DocumentContext& context, std::size_t index, const std::vector<std::string>& parts)
{
  const eval::PartSpan* span = context.outline.part_of(context.document, index);
  return span != nullptr && std::find(parts.begin(), parts.end(), span->id) != parts.end();
}

std::vector<std::string> covered_parts(const DocumentContext& context, const std::vector<std::string>& parts)
{
  return eval::scope_parts(context, eval::Scope{eval::ScopeKind::captions, {}, parts});
}

// Reads up to six ASCII digits at `at` (advancing it), or nullopt when there is none.
std::optional<int> read_number(const std::string& text, std::size_t& at)
{
  std::size_t end = at;
  while (end < text.size() && end - at < 6 && text[end] >= '0' && text[end] <= '9') {
    ++end;
  }
  if (end == at) {
    return std::nullopt;
  }
  const int value = std::stoi(text.substr(at, end - at));
  at = end;
  return value;
}

// What went wrong between the previous caption of a kind and this one: a catalogue id, and the numbers that
// should have come in between (or first).
struct Verdict
{
  std::optional<std::string> problem;
  std::vector<std::string> missing;
};

Verdict judge_first(const CaptionNumber& number)
{
  Verdict verdict;
  if (number.minor ? *number.minor != 1 : number.major != 1) {
    verdict.problem = "kinds.captions.first";
    verdict.missing.push_back(number.minor ? number_text(number.major, 1) : "1");
  }
  return verdict;
}

// Judges `current` after `before` among numbers of one level: same, lower, or more than one up.
Verdict judge_step(int before, int current, const std::function<std::string(int)>& shown)
{
  Verdict verdict;
  if (current == before) {
    verdict.problem = "kinds.captions.repeat";
  } else if (current < before) {
    verdict.problem = "kinds.captions.order";
  } else if (current > before + 1) {
    verdict.problem = "kinds.captions.gap";
    for (int n = before + 1; n < current && verdict.missing.size() < k_missing_listed; ++n) {
      verdict.missing.push_back(shown(n));
    }
  }
  return verdict;
}

Verdict judge_next(const CaptionNumber& before, const CaptionNumber& number)
{
  if (number.minor.has_value() != before.minor.has_value()) {
    return Verdict{"kinds.captions.mixed", {}};
  }
  if (!number.minor) {
    return judge_step(before.major, number.major, [](int n) { return std::to_string(n); });
  }
  if (number.major == before.major) {
    return judge_step(*before.minor, *number.minor, [&](int n) { return number_text(number.major, n); });
  }
  if (number.major < before.major) {
    return Verdict{"kinds.captions.order", {}};
  }
  // A new chapter starts again at 1.
  return judge_step(0, *number.minor, [&](int n) { return number_text(number.major, n); });
}

} // namespace

std::optional<CaptionNumber> caption_number(const model::Paragraph& paragraph)
{
  const std::string text = text::normalize_nfkc(paragraph.text());
  std::size_t pos = text.find_first_not_of(" \t");
  if (pos == std::string::npos) {
    return std::nullopt;
  }
  for (std::string_view kind : {"表", "图"}) {
    if (std::string_view(text).substr(pos).starts_with(kind)) {
      pos += kind.size();
      break;
    }
  }
  while (pos < text.size() && text[pos] == ' ') {
    ++pos;
  }
  const auto major = read_number(text, pos);
  if (!major) {
    return std::nullopt;
  }
  CaptionNumber number;
  number.major = *major;
  for (std::string_view separator : {"-", ".", "–", "—", "‐", "‑"}) {
    if (std::string_view(text).substr(pos).starts_with(separator)) {
      std::size_t after = pos + separator.size();
      number.minor = read_number(text, after);
      break;
    }
  }
  return number;
}

CaptionsRule::CaptionsRule(RuleSpec spec, CaptionCheck check, CaptionOptions options)
  : Rule(std::move(spec))
  , m_check(check)
  , m_options(std::move(options))
{
}

RuleResult CaptionsRule::evaluate(const DocumentContext& context) const
{
  if (!eval::scope_available(context, eval::Scope{eval::ScopeKind::captions, {}, m_options.parts})) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = message("kinds.scope.unavailable");
    return result;
  }
  const std::vector<Problem> problems = m_check == CaptionCheck::table_position ? table_problems(context)
                                        : m_check == CaptionCheck::figure_position
                                            ? figure_problems(context)
                                            : numbering_problems(context);
  RuleResult result = make_result(problems.empty() ? Outcome::pass : Outcome::fail);
  result.expected = "0";
  result.actual = std::to_string(problems.size());
  if (problems.empty()) {
    return result;
  }
  std::vector<LocalizedText> details;
  for (const Problem& problem : problems) {
    if (result.locations.size() >= m_options.report_first) {
      break;
    }
    DocumentLocation location = eval::locate_paragraph(context, problem.paragraph);
    if (problem.table) {
      location.place = MessageArgs()
                           .add("part", eval::part_name(context, location.part))
                           .add("table", std::to_string(*problem.table + 1))
                           .message("kinds.captions.table_place");
    }
    location.place =
        MessageArgs().add("place", location.place).add("detail", problem.detail).message("kinds.style.at");
    details.push_back(location.place);
    result.locations.push_back(std::move(location));
  }
  result.message = MessageArgs()
                       .add("count", std::to_string(problems.size()))
                       .add("details", join(details, "；", "; "))
                       .add("where", details.empty() ? LocalizedText{} : details.front())
                       .fill(spec().message);
  return result;
}

void CaptionsRule::check_centred(const model::Paragraph& caption, std::optional<std::size_t> table,
                                 std::vector<Problem>& problems) const
{
  const model::Alignment alignment = caption.props.alignment.value;
  if (!m_options.centered || alignment == model::Alignment::center) {
    return;
  }
  problems.push_back(
      Problem{caption.index, table,
              MessageArgs()
                  .add("caption", caption_excerpt(caption))
                  .add("alignment", message("kinds.align." + std::string(model::to_string(alignment))))
                  .message("kinds.captions.not_centered")});
}

std::vector<CaptionsRule::Problem> CaptionsRule::table_problems(const DocumentContext& context) const
{
  const auto& document = context.document;
  const auto parts = covered_parts(context, m_options.parts);
  // The paragraph a table's caption may be: the nearest block before (or after) it that is not an empty
  // paragraph; null when that block is a table or there is none.
  const auto neighbour = [&](std::size_t block, std::ptrdiff_t step) -> const model::Paragraph* {
    const auto count = static_cast<std::ptrdiff_t>(document.body.size());
    for (auto i = static_cast<std::ptrdiff_t>(block) + step; i >= 0 && i < count; i += step) {
      const model::Block& candidate = document.body[static_cast<std::size_t>(i)];
      if (candidate.kind != model::BlockKind::paragraph || candidate.index >= document.paragraphs.size()) {
        return nullptr;
      }
      const auto& paragraph = document.paragraphs[candidate.index];
      if (!skippable(paragraph, false)) {
        return &paragraph;
      }
    }
    return nullptr;
  };
  std::vector<Problem> problems;
  for (std::size_t b = 0; b < document.body.size(); ++b) {
    const model::Block& block = document.body[b];
    if (block.kind != model::BlockKind::table || block.index >= document.tables.size()) {
      continue;
    }
    const model::Table& table = document.tables[block.index];
    const std::size_t end =
        std::min(table.first_paragraph + table.paragraph_count, document.paragraphs.size());
    if (table.first_paragraph >= end || !in_parts(context, table.first_paragraph, parts)) {
      continue;
    }
    const auto first = document.paragraphs.begin() + static_cast<std::ptrdiff_t>(table.first_paragraph);
    const auto last = document.paragraphs.begin() + static_cast<std::ptrdiff_t>(end);
    if (m_options.skip_figure_tables && std::any_of(first, last, is_figure)) {
      continue;
    }
    const model::Paragraph* above = neighbour(b, -1);
    if (above != nullptr && is_caption_of(*above, eval::CaptionKind::table)) {
      check_centred(*above, block.index, problems);
      continue;
    }
    const model::Paragraph* below = neighbour(b, 1);
    if (below != nullptr && is_caption_of(*below, eval::CaptionKind::table)) {
      problems.push_back(Problem{
          below->index, block.index,
          MessageArgs().add("caption", caption_excerpt(*below)).message("kinds.captions.table_below")});
    } else {
      problems.push_back(
          Problem{table.first_paragraph, block.index, message("kinds.captions.table_missing")});
    }
  }
  return problems;
}

std::vector<CaptionsRule::Problem> CaptionsRule::figure_problems(const DocumentContext& context) const
{
  const auto& paragraphs = context.document.paragraphs;
  const auto parts = covered_parts(context, m_options.parts);
  // The nearest paragraph with text before (or after) `index`, skipping notes, empty and picture-only ones.
  const auto neighbour = [&](std::size_t index, std::ptrdiff_t step) -> const model::Paragraph* {
    const auto count = static_cast<std::ptrdiff_t>(paragraphs.size());
    for (auto i = static_cast<std::ptrdiff_t>(index) + step; i >= 0 && i < count; i += step) {
      const auto& paragraph = paragraphs[static_cast<std::size_t>(i)];
      if (on_page(paragraph) && !skippable(paragraph, true)) {
        return &paragraph;
      }
    }
    return nullptr;
  };
  std::vector<Problem> problems;
  for (const auto& figure : paragraphs) {
    if (!on_page(figure) || !is_figure(figure) || !in_parts(context, figure.index, parts)) {
      continue;
    }
    if (is_caption_of(figure, eval::CaptionKind::figure)) {
      check_centred(figure, std::nullopt, problems); // picture and caption share the paragraph
      continue;
    }
    const model::Paragraph* below = neighbour(figure.index, 1);
    if (below != nullptr && is_caption_of(*below, eval::CaptionKind::figure)) {
      // A caption under several pictures is judged once.
      const bool judged = std::any_of(problems.begin(), problems.end(), [&](const Problem& problem) {
        return problem.paragraph == below->index;
      });
      if (!judged) {
        check_centred(*below, std::nullopt, problems);
      }
      continue;
    }
    const model::Paragraph* above = neighbour(figure.index, -1);
    if (above != nullptr && is_caption_of(*above, eval::CaptionKind::figure)) {
      problems.push_back(Problem{
          above->index, std::nullopt,
          MessageArgs().add("caption", caption_excerpt(*above)).message("kinds.captions.figure_above")});
    } else {
      problems.push_back(Problem{figure.index, std::nullopt, message("kinds.captions.figure_missing")});
    }
  }
  return problems;
}

std::vector<CaptionsRule::Problem> CaptionsRule::numbering_problems(const DocumentContext& context) const
{
  const auto parts = covered_parts(context, m_options.parts);
  struct Previous
  {
    CaptionNumber number;
    std::string shown;
  };
  std::optional<Previous> previous[2]; // per kind: table, figure
  std::vector<Problem> problems;
  for (const auto& paragraph : context.document.paragraphs) {
    if (!on_page(paragraph) || !paragraph.has_visible_text() || !in_parts(context, paragraph.index, parts)) {
      continue;
    }
    const auto caption = eval::parse_caption(paragraph);
    const auto number = caption ? caption_number(paragraph) : std::nullopt;
    if (!number) {
      continue;
    }
    const eval::CaptionKind kind = caption->kind;
    auto& last = previous[kind == eval::CaptionKind::table ? 0 : 1];
    const std::string shown = number_text(number->major, number->minor);
    const Verdict verdict = last ? judge_next(last->number, *number) : judge_first(*number);
    if (verdict.problem) {
      std::vector<LocalizedText> missing;
      for (const auto& text : verdict.missing) {
        missing.push_back(label(kind, text));
      }
      MessageArgs args;
      args.add("label", label(kind, shown)).add("missing", join(missing));
      if (last) {
        args.add("previous", label(kind, last->shown));
      }
      problems.push_back(Problem{paragraph.index, std::nullopt, args.message(*verdict.problem)});
    }
    last = Previous{*number, shown};
  }
  return problems;
}

std::unique_ptr<Rule> make_captions_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  CaptionOptions options;
  const auto check =
      params.choice("check", {"table_position", "figure_position", "numbering"}, Need::required);
  options.parts = read_parts(params, "parts", data, valid);
  if (check == "table_position" || check == "figure_position") {
    const auto centered = params.boolean("centered");
    note_invalid(params, "centered", centered.has_value(), valid);
    options.centered = centered.value_or(false);
  }
  if (check == "table_position") {
    const auto skip = params.boolean("skip_figure_tables");
    note_invalid(params, "skip_figure_tables", skip.has_value(), valid);
    options.skip_figure_tables = skip.value_or(true);
  }
  options.report_first = read_count(params, "report_first", 0, valid).value_or(5);
  if (!check || !valid) {
    return nullptr;
  }
  const CaptionCheck kind = *check == "table_position"    ? CaptionCheck::table_position
                            : *check == "figure_position" ? CaptionCheck::figure_position
                                                          : CaptionCheck::numbering;
  return std::make_unique<CaptionsRule>(std::move(spec), kind, std::move(options));
}

} // namespace qb::rules

#include "rules/kinds/content_presence_rule.hpp"

#include <algorithm>
#include <set>

#include "eval/outline.hpp"
#include "eval/scope.hpp"
#include "model/document.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "text/normalize.hpp"

namespace qb::rules {
namespace {

constexpr int k_first_year = 1900;
constexpr int k_last_year = 2099;
constexpr int k_longest_range = 50;

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

bool is_figure(const model::Paragraph& paragraph)
{
  return std::any_of(paragraph.drawings.begin(), paragraph.drawings.end(), [](const model::Drawing& drawing) {
    return drawing.kind == model::DrawingKind::picture || drawing.kind == model::DrawingKind::chart;
  });
}

// What may stand between the two years of a range once 年 and blanks are removed.
bool is_range_separator(std::string between)
{
  for (std::string_view noise : {"年", " ", "\u3000"}) {
    for (std::size_t pos = between.find(noise); pos != std::string::npos; pos = between.find(noise)) {
      between.erase(pos, noise.size());
    }
  }
  static const std::set<std::string> k_separators{"-", "~", "–", "—", "——", "至", "到", "－", "～", "―"};
  return k_separators.contains(between);
}

bool in_part(const DocumentContext& context, std::size_t index, const std::vector<std::string>& parts)
{
  const eval::PartSpan* span = context.outline.part_of(context.document, index);
  return span != nullptr && std::find(parts.begin(), parts.end(), span->id) != parts.end();
}

// The normalised text of a part: every paragraph with text in it but its heading, notes left out.
std::string part_text(const DocumentContext& context, const std::string& part)
{
  std::string text;
  const auto& paragraphs = context.document.paragraphs;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const auto& paragraph = paragraphs[i];
    const bool on_page = paragraph.story == model::Story::main || paragraph.story == model::Story::textbox;
    if (on_page && !context.outline.is_heading(i) && in_part(context, i, {part})) {
      text += paragraph.text();
      text += '\n';
    }
  }
  return text::normalize_nfkc(text);
}

RuleResult part_missing(RuleResult result)
{
  result.outcome = Outcome::not_checked;
  result.message = message("kinds.scope.unavailable");
  return result;
}

} // namespace

std::vector<int> mentioned_years(std::string_view text)
{
  struct Number
  {
    std::size_t begin;
    std::size_t end;
    int value;
  };
  std::vector<Number> numbers;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) {
      ++end;
    }
    if (end - i == 4) {
      const int value = std::stoi(std::string(text.substr(i, 4)));
      if (value >= k_first_year && value <= k_last_year) {
        numbers.push_back(Number{i, end, value});
      }
    }
    i = end;
  }
  std::set<int> years;
  for (std::size_t n = 0; n < numbers.size(); ++n) {
    years.insert(numbers[n].value);
    if (n + 1 == numbers.size()) {
      continue;
    }
    const Number& from = numbers[n];
    const Number& to = numbers[n + 1];
    const std::string between(text.substr(from.end, to.begin - from.end));
    if (to.value > from.value && to.value - from.value <= k_longest_range && is_range_separator(between)) {
      for (int year = from.value; year <= to.value; ++year) {
        years.insert(year);
      }
    }
  }
  return {years.begin(), years.end()};
}

ContentPresenceRule::ContentPresenceRule(RuleSpec spec, ContentExpectation expected)
  : Rule(std::move(spec))
  , m_expected(std::move(expected))
{
}

RuleResult ContentPresenceRule::evaluate(const DocumentContext& context) const
{
  if (m_expected.check == ContentCheck::figures_or_tables) {
    return evaluate_figures(context);
  }
  if (context.outline.find(m_expected.part) == nullptr) {
    return part_missing(make_result(Outcome::not_checked));
  }
  const std::string text = part_text(context, m_expected.part);
  return m_expected.check == ContentCheck::years ? evaluate_years(context, text)
                                                 : evaluate_items(context, text);
}

RuleResult ContentPresenceRule::evaluate_figures(const DocumentContext& context) const
{
  eval::Scope scope{eval::ScopeKind::body, {}, m_expected.parts};
  const std::vector<std::string> parts = eval::scope_parts(context, scope);
  if (!eval::scope_available(context, scope)) {
    return part_missing(make_result(Outcome::not_checked));
  }
  std::size_t tables = 0;
  for (const auto& table : context.document.tables) {
    if (table.depth == 0 && table.first_paragraph < context.document.paragraphs.size() &&
        in_part(context, table.first_paragraph, parts)) {
      ++tables;
    }
  }
  std::size_t figures = 0;
  for (const auto& paragraph : context.document.paragraphs) {
    const bool on_page = paragraph.story == model::Story::main || paragraph.story == model::Story::textbox;
    if (on_page && is_figure(paragraph) && in_part(context, paragraph.index, parts)) {
      ++figures;
    }
  }
  const std::size_t count = tables + figures;
  RuleResult result = make_result(count >= m_expected.min_count ? Outcome::pass : Outcome::fail);
  result.actual = std::to_string(count);
  result.expected = "≥ " + std::to_string(m_expected.min_count);
  if (result.outcome == Outcome::fail) {
    result.message = MessageArgs()
                         .add("count", std::to_string(count))
                         .add("tables", std::to_string(tables))
                         .add("figures", std::to_string(figures))
                         .add("expected", std::to_string(m_expected.min_count))
                         .add("shortfall", std::to_string(m_expected.min_count - count))
                         .fill(spec().message);
  }
  return result;
}

RuleResult ContentPresenceRule::evaluate_years(const DocumentContext& context, const std::string& text) const
{
  const std::vector<int> found = mentioned_years(text);
  std::vector<std::string> missing;
  std::vector<std::string> wanted;
  for (int year : m_expected.years) {
    wanted.push_back(std::to_string(year));
    if (!std::binary_search(found.begin(), found.end(), year)) {
      missing.push_back(std::to_string(year));
    }
  }
  RuleResult result = make_result(missing.empty() ? Outcome::pass : Outcome::fail);
  result.expected = join(wanted, ", ");
  result.actual = missing.empty() ? result.expected : join(missing, ", ");
  if (!missing.empty()) {
    result.message = MessageArgs()
                         .add("missing", LocalizedText{join(missing, "、"), join(missing, ", ")})
                         .add("count", std::to_string(missing.size()))
                         .add("expected", LocalizedText{join(wanted, "、"), join(wanted, ", ")})
                         .add("part", eval::part_name(context, m_expected.part))
                         .fill(spec().message);
  }
  return result;
}

RuleResult ContentPresenceRule::evaluate_items(const DocumentContext& context, const std::string& text) const
{
  std::vector<LocalizedText> missing;
  for (const auto& item : m_expected.items) {
    const bool mentioned =
        std::any_of(item.keywords.begin(), item.keywords.end(),
                    [&](const std::string& keyword) { return text.find(keyword) != std::string::npos; });
    if (!mentioned) {
      missing.push_back(item.name);
    }
  }
  RuleResult result = make_result(missing.empty() ? Outcome::pass : Outcome::fail);
  result.expected = std::to_string(m_expected.items.size());
  result.actual = std::to_string(m_expected.items.size() - missing.size());
  if (!missing.empty()) {
    result.message = MessageArgs()
                         .add("missing", join(missing))
                         .add("count", std::to_string(missing.size()))
                         .add("total", std::to_string(m_expected.items.size()))
                         .add("part", eval::part_name(context, m_expected.part))
                         .fill(spec().message);
  }
  return result;
}

std::unique_ptr<Rule> make_content_presence_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  ContentExpectation expected;
  const auto check = params.choice("check", {"figures_or_tables", "years", "items"}, Need::required);
  if (check == "figures_or_tables") {
    expected.check = ContentCheck::figures_or_tables;
    expected.parts = read_parts(params, "parts", data, valid);
    expected.min_count = read_count(params, "min_figures_or_tables", 1, valid).value_or(1);
  } else if (check == "years" || check == "items") {
    expected.check = check == "years" ? ContentCheck::years : ContentCheck::items;
    expected.part = read_part(params, "part", data, valid, Need::required).value_or("");
  }
  if (check == "years") {
    for (const auto& year : params.string_list("years", Need::required)) {
      const bool numeric = year.size() == 4 && std::all_of(year.begin(), year.end(), is_digit);
      if (!numeric) {
        params.error("years", message("kinds.param.bad_year", {{"value", year}}));
        valid = false;
        continue;
      }
      expected.years.push_back(std::stoi(year));
    }
    if (expected.years.empty() && valid && params.has("years")) {
      params.error("years", message("kinds.param.empty_list"));
    }
    valid = valid && !expected.years.empty();
  } else if (check == "items") {
    for (auto& item : params.children("items", Need::required)) {
      ContentItem entry;
      entry.name = item.localized("name", Need::required).value_or(LocalizedText{});
      for (const auto& keyword : item.string_list("keywords", Need::required)) {
        if (!keyword.empty()) {
          entry.keywords.push_back(text::normalize_nfkc(keyword));
        }
      }
      if (entry.name.zh.empty() && entry.name.en.empty()) {
        valid = false;
      }
      if (entry.keywords.empty()) {
        item.error("keywords", message("kinds.param.no_keywords"));
        valid = false;
      }
      expected.items.push_back(std::move(entry));
    }
    if (expected.items.empty() && valid && params.has("items")) {
      params.error("items", message("kinds.param.empty_list"));
    }
    valid = valid && !expected.items.empty();
  }
  if (!check || !valid) {
    return nullptr;
  }
  return std::make_unique<ContentPresenceRule>(std::move(spec), std::move(expected));
}

} // namespace qb::rules

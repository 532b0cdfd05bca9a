#include "rules/kinds/content_presence_rule.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
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
bool is_range_separator(std::string_view text)
{
  // Removing the noise only removes bytes, so a text with a byte of neither the noise nor a separator cannot
  // become a separator: most texts between two years (sentences) are refused at their first byte.
  static const std::array<bool, 256> k_possible_bytes = [] {
    std::array<bool, 256> possible{};
    for (std::string_view piece : {"年 \u3000", "-~–—至到－～―"}) {
      for (const char byte : piece) {
        possible[static_cast<unsigned char>(byte)] = true;
      }
    }
    return possible;
  }();
  if (!std::all_of(text.begin(), text.end(),
                   [](char byte) { return k_possible_bytes[static_cast<unsigned char>(byte)]; })) {
    return false;
  }
  std::string between(text);
  for (std::string_view noise : {"年", " ", "\u3000"}) {
    for (std::size_t pos = between.find(noise); pos != std::string::npos; pos = between.find(noise)) {
      between.erase(pos, noise.size());
    }
  }
  static const std::set<std::string> k_separators{"-", "~", "–", "—", "——", "至", "到", "－", "～", "―"};
  return k_separators.contains(between);
}

// The offset of the first ASCII digit of `text` at or after `from` (text.size() when there is none). Eight
// bytes at a time while none of them is a digit: a byte is one when (byte ^ '0') < 10, and the borrow test
// below is true exactly when some byte of the word is below 10.
std::size_t next_digit(std::string_view text, std::size_t from)
{
  constexpr std::uint64_t k_ones = 0x0101010101010101u;
  constexpr std::uint64_t k_high_bits = 0x8080808080808080u;
  std::size_t i = from;
  while (text.size() - i >= 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    const std::uint64_t flipped = word ^ (k_ones * '0');
    if (((flipped - k_ones * 10) & ~flipped & k_high_bits) != 0) {
      break;
    }
    i += 8;
  }
  while (i < text.size() && !is_digit(text[i])) {
    ++i;
  }
  return i;
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
  const auto& places = context.outline.places(context.document);
  const auto& spans = context.outline.parts();
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const auto& paragraph = paragraphs[i];
    const bool on_page = paragraph.story == model::Story::main || paragraph.story == model::Story::textbox;
    if (!on_page || places[i].heading || places[i].part == eval::Outline::k_no_part) {
      continue;
    }
    if (spans[places[i].part].id == part) {
      for (const auto& run : paragraph.runs) {
        if (!run.hidden) {
          text += run.text; // Paragraph::text(), without a string for each paragraph
        }
      }
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
  for (std::size_t i = next_digit(text, 0); i < text.size(); i = next_digit(text, i)) {
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) {
      ++end;
    }
    if (end - i == 4) {
      int value = 0;
      for (std::size_t k = i; k < end; ++k) {
        value = value * 10 + (text[k] - '0');
      }
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
    if (to.value > from.value && to.value - from.value <= k_longest_range &&
        is_range_separator(text.substr(from.end, to.begin - from.end))) {
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
  for (const auto& item : m_expected.items) {
    auto& searchers = m_keyword_searchers.emplace_back();
    for (const auto& keyword : item.keywords) {
      searchers.emplace_back(keyword.begin(), keyword.end());
    }
  }
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
  for (std::size_t i = 0; i < m_expected.items.size(); ++i) {
    const auto& searchers = m_keyword_searchers[i];
    const bool mentioned = std::any_of(searchers.begin(), searchers.end(), [&](const Searcher& searcher) {
      return std::search(text.begin(), text.end(), searcher) != text.end();
    });
    if (!mentioned) {
      missing.push_back(m_expected.items[i].name);
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

#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "rules/kinds/content_presence_rule.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

// mentioned_years as it was before digits were found eight bytes at a time and texts between two years were
// refused by their bytes: the reference the fast version must agree with.
std::vector<int> mentioned_years_reference(std::string_view text)
{
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_range_separator = [](std::string between) {
    for (std::string_view noise : {"年", " ", "\u3000"}) {
      for (std::size_t pos = between.find(noise); pos != std::string::npos; pos = between.find(noise)) {
        between.erase(pos, noise.size());
      }
    }
    static const std::set<std::string> k_separators{"-", "~", "–", "—", "——", "至", "到", "－", "～", "―"};
    return k_separators.contains(between);
  };
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
      if (value >= 1900 && value <= 2099) {
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
    if (to.value > from.value && to.value - from.value <= 50 && is_range_separator(between)) {
      for (int year = from.value; year <= to.value; ++year) {
        years.insert(year);
      }
    }
  }
  return {years.begin(), years.end()};
}

const rules::Ruleset& items_ruleset()
{
  static const auto loaded = test::kinds_ruleset(R"yaml(
  - id: overview.items
    kind: content_presence
    level: warning
    title: {zh: 概况各项, en: overview items}
    message: {zh: "未提到：{missing}（{count}/{total}）", en: "missing: {missing} ({count}/{total})"}
    check: items
    part: overview
    items:
      - {name: {zh: 法定代表人, en: legal representative}, keywords: [法定代表人]}
      - {name: {zh: 行业, en: industry}, keywords: [GB/T 4754, 国民经济行业]}
      - {name: {zh: 厂, en: plant}, keywords: [厂]}
      - {name: {zh: 数, en: figure}, keywords: ["２０１９"]}
)yaml");
  return *loaded;
}

} // namespace

TEST_CASE("years found eight bytes at a time are the years found byte by byte", "[kinds]")
{
  const std::vector<std::string> pieces{"2017", "2018", "2019", "1899",   "2100", "20170", "201", "9",
                                        "0",    "年",   " ",    "\u3000", "-",    "~",     "–",   "—",
                                        "——",   "至",   "到",   "－",     "～",   "―",     "和",  "营业收入",
                                        "abc",  "\xE5", "\xB9", "\xB4",   "\xE8", "/",     ":",   "\xFF"};
  std::mt19937 random(2017);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = round % 40;
    for (int i = 0; i < count; ++i) {
      text += pieces[pick(random)];
    }
    INFO(text);
    REQUIRE(rules::mentioned_years(text) == mentioned_years_reference(text));
  }
  // Digits at every offset of an eight-byte word, and long texts without any.
  for (std::size_t offset = 0; offset < 20; ++offset) {
    const std::string text = std::string(offset, 'x') + "2018年—2019年" + std::string(offset, 'y');
    CHECK(rules::mentioned_years(text) == std::vector<int>{2018, 2019});
  }
  CHECK(rules::mentioned_years(std::string(1000, '/') + "2019" + std::string(1000, ':')) ==
        std::vector<int>{2019});
}

TEST_CASE("keywords are found wherever they are in the part, as std::string::find finds them", "[kinds]")
{
  const auto outcome = [](const std::string& text) {
    test::ModelBuilder builder;
    builder.title("某某公司的经验").heading("企业概况").paragraph(text);
    return test::evaluate_rule(items_ruleset(), "overview.items", builder.build()).outcome;
  };
  CHECK(outcome("法定代表人张三，国民经济行业C33，一厂，2019年") == Outcome::pass);
  CHECK(outcome("法定代表王，法定代表人") == Outcome::fail); // 行业 etc. missing
  // Each keyword last, after near misses that share its first bytes.
  const std::string near = "法定代表法定代法定GB/T 475GB/T国民经济行国民经济厂厂";
  CHECK(outcome(near + "法定代表人GB/T 4754２０１９") == Outcome::pass);
  CHECK(outcome(near + "法定代表人GB/T 4754２０１") == Outcome::fail);
  CHECK(outcome("２０１９法定代表人国民经济行业厂") == Outcome::pass);
}

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "eval/caption.hpp"
#include "eval/evaluator.hpp"
#include "eval/heading_text.hpp"
#include "model/document.hpp"
#include "text/regex.hpp"

using namespace qb;

namespace {

model::Paragraph paragraph_of(const std::vector<std::string>& runs, std::size_t hidden_run = SIZE_MAX)
{
  model::Paragraph paragraph;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    model::Run run;
    run.text = runs[i];
    run.hidden = i == hidden_run;
    paragraph.runs.push_back(run);
  }
  return paragraph;
}

// Pieces of hostile heading texts: numbering of every kind (unbounded runs of it), blanks, colons,
// compatibility forms, combining marks, Hangul that composes, beyond the BMP, ill-formed bytes.
const std::vector<std::string> k_pieces{"摘",
                                        "要",
                                        "企业概况",
                                        "一",
                                        "二",
                                        "十",
                                        "百",
                                        "零",
                                        "〇",
                                        "两",
                                        "壹",
                                        "第",
                                        "部分",
                                        "章",
                                        "节",
                                        "篇",
                                        "条",
                                        "、",
                                        "，",
                                        "．",
                                        "：",
                                        ":",
                                        ".",
                                        ",",
                                        ")",
                                        "(",
                                        "（",
                                        "）",
                                        "1",
                                        "９",
                                        "Part",
                                        "PART",
                                        "part",
                                        " ",
                                        "\u3000",
                                        "\u00A0",
                                        "\u200B",
                                        "\uFEFF",
                                        "\u200D",
                                        "\t",
                                        "\n",
                                        "\r",
                                        "e\u0301",
                                        "\u0301",
                                        "\uF900",
                                        "\u2474",
                                        "\u3231",
                                        "\u1100\u1161",
                                        "\uAC00",
                                        "\u11A8",
                                        "\U0001D400",
                                        "\U00020000",
                                        "\xE4\xB8",
                                        "\xFF",
                                        "\xED\xA0\x80",
                                        "管理方法",
                                        "(技术)",
                                        "的推进和应用情况",
                                        "\u00A8",
                                        "ｱ",
                                        "\uFF9E",
                                        "x"};

std::string random_text(std::mt19937& random, std::size_t pieces)
{
  std::string text;
  std::uniform_int_distribution<std::size_t> pick(0, k_pieces.size() - 1);
  for (std::size_t i = 0; i < pieces; ++i) {
    text += k_pieces[pick(random)];
  }
  return text;
}

// Splits `text` at random byte offsets (also inside a character) into runs.
std::vector<std::string> random_runs(std::mt19937& random, const std::string& text)
{
  std::vector<std::string> runs;
  std::uniform_int_distribution<std::size_t> length(0, 12);
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t size = std::min(text.size() - pos, length(random));
    runs.push_back(text.substr(pos, size));
    pos += size;
  }
  return runs;
}

} // namespace

TEST_CASE("a ^literal$ heading pattern bounds the texts it can be found in", "[eval]")
{
  const auto longest = [](const char* pattern, bool case_insensitive = false) {
    text::Regex regex;
    REQUIRE_FALSE(regex.compile(pattern, case_insensitive));
    return regex.longest_match_subject();
  };
  CHECK(longest("^摘要$") == std::optional<std::size_t>(4));
  CHECK(longest("^$") == std::optional<std::size_t>(2));
  CHECK(longest("^管理方法\\(技术\\)的推进和应用情况$") == std::optional<std::size_t>(16 + 2));
  CHECK(longest("^\\.\\*\\[\\]\\{\\}\\|\\?\\+\\^\\$\\\\$") == std::optional<std::size_t>(12 + 2));
  CHECK(longest("^a b#c$") == std::optional<std::size_t>(5 + 2));
  CHECK(longest("^\U0001D400$") == std::optional<std::size_t>(2 + 2));
  for (const char* unbounded :
       {"摘要", "^摘要", "摘要$", "^摘\\s*要$", "^a\\$", "^\\d$", "^[ab]$", "^a|b$", "^(?i)a$", "^a.$",
        "^a+$", "^a{2}$", "^\\x{41}$", "^\\Qa\\E$", "^\\N{DIGIT ONE}$"}) {
    INFO(unbounded);
    CHECK_FALSE(longest(unbounded).has_value());
  }
  CHECK_FALSE(longest("^ss$", true).has_value()); // case folding may match other lengths (ß)
  // What ICU finds is never longer than the bound, line terminators before the end included.
  for (const char* pattern : {"^摘要$", "^$", "^a\\.b$", "^\U0001D400$"}) {
    text::Regex regex;
    REQUIRE_FALSE(regex.compile(pattern));
    const std::string body = std::string(pattern).substr(1, std::string(pattern).size() - 2);
    const std::string literal = body == "a\\.b" ? "a.b" : body;
    for (const char* end : {"", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\n\n", "\r\n\n", "x"}) {
      const std::string subject = literal + end;
      const std::u16string units = icu::UnicodeString::fromUTF8(subject).getTerminatedBuffer();
      if (regex.search(subject) == text::Regex::Status::matched) {
        INFO(pattern << " / " << subject);
        CHECK(units.size() <= *regex.longest_match_subject());
      }
    }
  }
}

TEST_CASE("a heading key said to be longer than n is longer than n", "[eval]")
{
  std::mt19937 random(20261125);
  for (int round = 0; round < 4000; ++round) {
    const std::string text = random_text(random, round % 40);
    const auto runs = random_runs(random, text);
    const std::size_t hidden = round % 3 == 0 && !runs.empty() ? random() % runs.size() : SIZE_MAX;
    const model::Paragraph paragraph = paragraph_of(runs, hidden);
    const std::size_t key_units = eval::heading_key_utf16(paragraph).size();
    for (std::size_t n = 0; n <= 24; ++n) {
      if (eval::heading_key_longer_than(paragraph, n)) {
        INFO(text << " / " << n);
        REQUIRE(key_units > n);
      }
    }
  }
  // Numbering and colons of any length are stripped: never counted.
  std::string numbered;
  for (int i = 0; i < 50; ++i) {
    numbered += "一二三四五六七八九十1.2";
  }
  numbered += "、摘要";
  for (int i = 0; i < 30; ++i) {
    numbered += "：:";
  }
  CHECK(eval::heading_key_utf16(numbered) == u"摘要");
  CHECK_FALSE(eval::heading_key_longer_than(paragraph_of({numbered}), 2));
  CHECK_FALSE(eval::heading_key_longer_than(
      paragraph_of({"第一部分\u3000\u3000" + std::string(500, ' ') + "摘要"}), 2));
  // A body paragraph is refused after a few characters; ill-formed runs are never judged.
  const std::string body = "本公司自成立以来坚持以客户为中心，持续推进管理创新和技术进步，取得了显著成效。";
  CHECK(eval::heading_key_longer_than(paragraph_of({body}), 19));
  CHECK(eval::heading_key_longer_than(
      paragraph_of({"本公司", "自成立以来坚持以客户为中心", "持续推进管理创新"}), 19));
  CHECK_FALSE(eval::heading_key_longer_than(paragraph_of({body.substr(0, 4), body.substr(4)}), 19));
  CHECK_FALSE(eval::heading_key_longer_than(paragraph_of({body, "\xFF"}), 100));
  CHECK_FALSE(eval::heading_key_longer_than(paragraph_of({body}, 0), 0)); // hidden: no text at all
}

TEST_CASE("a paragraph refused as a caption by its first bytes is no caption", "[eval]")
{
  const auto same = [](const model::Paragraph& paragraph) {
    const auto fast = eval::parse_caption(paragraph);
    const auto slow = eval::parse_caption_text(paragraph.text());
    REQUIRE(fast.has_value() == slow.has_value());
    if (fast) {
      CHECK(fast->kind == slow->kind);
      CHECK(fast->number == slow->number);
    }
  };
  const std::vector<std::string> pieces{"表",     "图",   "1",        "２",   " ",    "\t",       "\u3000",
                                        "\u00A0", "产值", "\xE8\xA1", "\xA8", "\xE5", "\x9B\xBE", "\xE3\x80",
                                        "\x80",   "\xC2", "\xA0",     "",     "x"};
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    std::vector<std::string> runs;
    const int count = round % 6;
    for (int i = 0; i < count; ++i) {
      runs.push_back(pieces[pick(random)] + (random() % 2 ? pieces[pick(random)] : ""));
    }
    const std::size_t hidden = round % 4 == 0 && !runs.empty() ? random() % runs.size() : SIZE_MAX;
    same(paragraph_of(runs, hidden));
  }
  same(paragraph_of({"", "表1 产值"}));
  same(paragraph_of({"表", "1 产值"}));
  same(paragraph_of({"\xE8", "\xA1\xA8"
                             "3"}));
  same(paragraph_of({"图2"}, 0));
  same(paragraph_of({"x", "表1"}, 0));
}

TEST_CASE("results sorted by their positions are in std::stable_sort's order", "[eval]")
{
  const Outcome outcomes[] = {Outcome::fail, Outcome::not_checked, Outcome::waived, Outcome::pass};
  const auto rank = [](Outcome outcome) {
    return outcome == Outcome::fail          ? 0
           : outcome == Outcome::not_checked ? 1
           : outcome == Outcome::waived      ? 2
                                             : 3;
  };
  std::mt19937 random(94);
  for (int round = 0; round < 500; ++round) {
    std::vector<RuleResult> results(static_cast<std::size_t>(round % 40));
    for (std::size_t i = 0; i < results.size(); ++i) {
      results[i].rule_id = "rule." + std::to_string(i);
      results[i].outcome = outcomes[random() % 4];
      results[i].level = static_cast<Level>(random() % 3);
      results[i].message.zh = std::string(i, 'x'); // something to move
    }
    std::vector<RuleResult> expected = results;
    std::stable_sort(expected.begin(), expected.end(), [&](const RuleResult& a, const RuleResult& b) {
      if (rank(a.outcome) != rank(b.outcome)) {
        return rank(a.outcome) < rank(b.outcome);
      }
      return static_cast<int>(a.level) < static_cast<int>(b.level);
    });
    eval::sort_results(results);
    REQUIRE(results.size() == expected.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
      REQUIRE(results[i].rule_id == expected[i].rule_id);
      REQUIRE(results[i].message.zh == expected[i].message.zh);
    }
  }
}

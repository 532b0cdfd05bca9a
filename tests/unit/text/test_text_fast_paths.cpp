#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "support/code_points.hpp"
#include "text/counter.hpp"
#include "text/normalize.hpp"

using namespace qb;
using qb::test::icu_nfkc;

namespace {

// Pieces that meet the inline paths and leave them: Han (common and rare, classes looked up for the first
// time), kana, full-width and ambiguous punctuation, ASCII, E0 and ED leads (left to ICU's decoder),
// truncated and stray bytes, beyond the BMP, combining marks and blanks.
const std::vector<std::string> k_pieces{"中",
                                        "文",
                                        "\u4E00",
                                        "\u9FFF",
                                        "\u3400",
                                        "\uF900",
                                        "あ",
                                        "ア",
                                        "\uFF71",
                                        "，",
                                        "。",
                                        "“",
                                        "”",
                                        "—",
                                        "①",
                                        "·",
                                        "a",
                                        "Z",
                                        "1",
                                        " ",
                                        "\t",
                                        "\u3000",
                                        "\u00A0",
                                        "\u200B",
                                        "\uFEFF",
                                        "\xE0\xA4\x95",
                                        "\xED\x9F\xBF",
                                        "\xED\xA0\x80",
                                        "\xE4\xB8",
                                        "\xE4",
                                        "\x80",
                                        "\xFF",
                                        "\xF0\x9F\x98\x80",
                                        "e\u0301",
                                        "\u0301",
                                        "\u1100\u1161",
                                        "\u11A8",
                                        "\uAC00",
                                        "\u2474",
                                        "\u3231",
                                        "\u00A8",
                                        "\uE000",
                                        "\uFFFD",
                                        "\u2028"};

std::string random_text(std::mt19937& random, std::size_t pieces)
{
  std::string text;
  std::uniform_int_distribution<std::size_t> pick(0, k_pieces.size() - 1);
  std::bernoulli_distribution chinese(0.6);
  for (std::size_t i = 0; i < pieces; ++i) {
    text += chinese(random) ? std::string("管理方法") : k_pieces[pick(random)];
  }
  return text;
}

model::Paragraph random_paragraph(std::mt19937& random, const std::string& text)
{
  model::Paragraph paragraph;
  std::uniform_int_distribution<std::size_t> length(0, 16);
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t size = std::min(text.size() - pos, length(random));
    model::Run run;
    run.text = text.substr(pos, size); // also cut inside a character
    run.props.fonts.hint = random() % 3 == 0 ? model::FontHint::east_asia : model::FontHint::none;
    run.hidden = random() % 9 == 0;
    paragraph.runs.push_back(run);
    pos += size;
  }
  return paragraph;
}

bool same(const text::Counts& a, const text::Counts& b)
{
  return a.words == b.words && a.asian == b.asian && a.non_asian_words == b.non_asian_words &&
         a.characters == b.characters && a.characters_with_spaces == b.characters_with_spaces &&
         a.hanzi == b.hanzi;
}

} // namespace

TEST_CASE("counting both modes at once (runs of Asian characters inline) counts as each mode alone",
          "[count]")
{
  std::mt19937 random(61);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(random, round % 60);
    const model::Paragraph paragraph = random_paragraph(random, text);
    const auto both = text::count_paragraph_in_both_modes(paragraph);
    INFO(text);
    REQUIRE(same(both[0], text::count_paragraph(paragraph, text::CountingMode::word)));
    REQUIRE(same(both[1], text::count_paragraph(paragraph, text::CountingMode::wps)));
  }
}

TEST_CASE("Asian runs counted inline count as character by character, whatever ends them and wherever",
          "[count]")
{
  // Every piece after every number of Han characters (so it falls at each place of the four-byte window, and
  // at the end of the text where fewer than four bytes remain), in one run and in runs cut every few bytes.
  const std::string han = "管理方法技术的推进和应用情况实施效果";
  for (const auto& piece : k_pieces) {
    for (std::size_t before = 0; before <= 18; ++before) {
      for (const std::string& after : {std::string(), std::string("中"), std::string("a中文")}) {
        const std::string text = han.substr(0, before * 3) + piece + after;
        for (std::size_t cut : {std::size_t{0}, std::size_t{4}, std::size_t{7}}) {
          model::Paragraph paragraph;
          for (std::size_t pos = 0; pos < text.size();) {
            const std::size_t size = cut == 0 ? text.size() : std::min(cut, text.size() - pos);
            model::Run run;
            run.text = text.substr(pos, size);
            paragraph.runs.push_back(run);
            pos += size;
          }
          const auto both = text::count_paragraph_in_both_modes(paragraph);
          INFO(text << " cut " << cut);
          REQUIRE(same(both[0], text::count_paragraph(paragraph, text::CountingMode::word)));
          REQUIRE(same(both[1], text::count_paragraph(paragraph, text::CountingMode::wps)));
        }
      }
    }
  }
}

TEST_CASE("NFKC skipping Chinese text inline is ICU's NFKC", "[eval]")
{
  std::mt19937 random(62);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(random, round % 50);
    INFO(text);
    const std::string expected = icu_nfkc(text);
    REQUIRE(text::normalize_nfkc(text) == expected);
    REQUIRE(text::normalize_nfkc_without_blanks(text) == text::remove_blanks(expected));
    std::u16string utf16;
    REQUIRE(text::normalize_nfkc_without_blanks(text, utf16) == text::remove_blanks(expected));
    const icu::UnicodeString converted = icu::UnicodeString::fromUTF8(text::remove_blanks(expected));
    REQUIRE(utf16 == std::u16string(converted.getBuffer(), static_cast<std::size_t>(converted.length())));
  }
}

TEST_CASE("NFKC skipping Chinese inline is ICU's NFKC, whatever ends the run and wherever", "[eval]")
{
  const std::string han = "管理方法技术的推进和应用情况实施效果";
  for (const auto& piece : k_pieces) {
    for (std::size_t before = 0; before <= 18; ++before) {
      for (const std::string& after : {std::string(), std::string("中"), std::string("a中文")}) {
        const std::string text = han.substr(0, before * 3) + piece + after;
        INFO(text);
        const std::string expected = icu_nfkc(text);
        REQUIRE(text::normalize_nfkc(text) == expected);
        std::u16string utf16;
        REQUIRE(text::normalize_nfkc_without_blanks(text, utf16) == text::remove_blanks(expected));
        const icu::UnicodeString converted = icu::UnicodeString::fromUTF8(text::remove_blanks(expected));
        REQUIRE(utf16 == std::u16string(converted.getBuffer(), static_cast<std::size_t>(converted.length())));
      }
    }
  }
}

TEST_CASE("a code point NFKC keeps as it is stays itself between any neighbours", "[eval]")
{
  const std::vector<std::string> neighbours{"",       "a",      "e",      "\u0301", "\u1100",
                                            "\u1161", "\uAC00", "\u3099", "中"};
  for (UChar32 c = 0x80; c < 0x10000; c += 7) {
    if (!text::nfkc_keeps_as_is(c)) {
      continue;
    }
    std::string one;
    icu::UnicodeString(c).toUTF8String(one);
    for (const auto& before : neighbours) {
      for (const auto& after : neighbours) {
        INFO(std::hex << c);
        REQUIRE(icu_nfkc(before + one + after) == icu_nfkc(before) + one + icu_nfkc(after));
      }
    }
  }
  CHECK(text::nfkc_keeps_as_is(0x4E2D));       // 中
  CHECK_FALSE(text::nfkc_keeps_as_is(0xFF0C)); // ， becomes ,
  CHECK_FALSE(text::nfkc_keeps_as_is(0x1161)); // a vowel jamo composes with what comes before
  CHECK_FALSE(text::nfkc_keeps_as_is(0x20000));
  CHECK_FALSE(text::nfkc_keeps_as_is(-1));
}

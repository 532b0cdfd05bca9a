#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "counting_fixtures.hpp"
#include "text/counter.hpp"

using namespace qb;
using qb::test::count_plain;
using qb::test::east_asian_run;
using qb::test::font_run;
using qb::test::hidden_run;
using qb::test::make_paragraph;
using qb::test::make_run;
using qb::test::math_run;
using qb::test::numbered_paragraph;
using qb::test::special_run;

namespace {

constexpr text::CountingMode k_modes[] = {text::CountingMode::word, text::CountingMode::wps};

void check_counts(const text::Counts& counts, std::int64_t words, std::int64_t characters,
                  std::int64_t characters_with_spaces)
{
  CHECK(counts.words == words);
  CHECK(counts.characters == characters);
  CHECK(counts.characters_with_spaces == characters_with_spaces);
  CHECK(counts.words == counts.asian + counts.non_asian_words);
}

} // namespace

TEST_CASE("the examples of COUNTING.md count the same in both modes", "[count]")
{
  for (const auto mode : k_modes) {
    INFO(text::to_string(mode));
    SECTION("摘要500字以内 is 6 words and 8 characters")
    {
      const auto counts = count_plain("摘要500字以内", mode);
      check_counts(counts, 6, 8, 8);
      CHECK(counts.asian == 5);
      CHECK(counts.non_asian_words == 1);
      CHECK(counts.hanzi == 5);
    }
    SECTION("a date with Chinese units is 6")
    {
      check_counts(count_plain("2020年11月8日", mode), 6, 10, 10);
    }
    SECTION("a model name with hyphen and slash is one word")
    {
      const auto counts = count_plain("基于ViT-B/16的联邦学习", mode);
      check_counts(counts, 8, 15, 15);
      CHECK(counts.non_asian_words == 1);
    }
    SECTION("full-width parentheses are Asian")
    {
      check_counts(count_plain("（1）研究", mode), 5, 5, 5);
    }
    SECTION("half-width parentheses stay in the word")
    {
      check_counts(count_plain("(1)研究", mode), 3, 5, 5);
    }
    SECTION("half-width punctuation stays inside English words")
    {
      check_counts(count_plain("Hello, world!", mode), 2, 12, 13);
    }
    SECTION("consecutive emoji are one word of two characters")
    {
      const auto counts = count_plain("👍👍", mode);
      check_counts(counts, 1, 2, 2);
      CHECK(counts.asian == 0);
    }
    SECTION("full-width letters and digits are one word each")
    {
      const auto counts = count_plain("ＡＢＣ１２３", mode);
      check_counts(counts, 6, 6, 6);
      CHECK(counts.asian == 6);
      CHECK(counts.hanzi == 0);
    }
    SECTION("CJK and full-width punctuation is Asian")
    {
      check_counts(count_plain("，。、：；？！（）《》【】「」", mode), 15, 15, 15);
    }
    SECTION("C/C++ is one word")
    {
      check_counts(count_plain("C/C++", mode), 1, 5, 5);
    }
    SECTION("standalone half-width operators between spaces are words")
    {
      check_counts(count_plain("x = 1 + 2", mode), 5, 5, 9);
    }
  }
}

TEST_CASE("curly quotes are Asian by hint in word mode and by CJK font in wps mode", "[count]")
{
  const auto word = text::CountingMode::word;
  const auto wps = text::CountingMode::wps;
  const auto quoted = [](model::Run run) { return make_paragraph({std::move(run)}); };

  check_counts(text::count_paragraph(quoted(east_asian_run("“ABC”")), word), 3, 5, 5);
  check_counts(text::count_paragraph(quoted(make_run("“ABC”")), word), 1, 5, 5);
  // Word decides by the hint alone: a CJK font without the hint leaves the quotes non-Asian.
  check_counts(text::count_paragraph(quoted(font_run("“ABC”", "宋体")), word), 1, 5, 5);

  check_counts(text::count_paragraph(quoted(font_run("“ABC”", "宋体")), wps), 3, 5, 5);
  check_counts(text::count_paragraph(quoted(font_run("“ABC”", "SimSun")), wps), 3, 5, 5);
  check_counts(text::count_paragraph(quoted(font_run("“ABC”", "Times New Roman")), wps), 1, 5, 5);
  check_counts(text::count_paragraph(quoted(east_asian_run("“ABC”")), wps), 3, 5, 5);
  check_counts(text::count_paragraph(quoted(make_run("“ABC”")), wps), 1, 5, 5);
}

TEST_CASE("wps mode takes the hAnsi font and falls back to the ascii font", "[count]")
{
  auto run = make_run("“ABC”");
  run.props.fonts.ascii.value = "宋体";
  run.props.fonts.h_ansi.value = "Times New Roman";
  check_counts(text::count_paragraph(make_paragraph({run}), text::CountingMode::wps), 1, 5, 5);
  run.props.fonts.h_ansi.value.clear();
  check_counts(text::count_paragraph(make_paragraph({run}), text::CountingMode::wps), 3, 5, 5);
  // The East Asian font is what Chinese text is set in anyway: it does not decide ambiguous characters.
  auto east_asian_font_only = make_run("“ABC”");
  east_asian_font_only.props.fonts.east_asia.value = "宋体";
  check_counts(text::count_paragraph(make_paragraph({east_asian_font_only}), text::CountingMode::wps), 1, 5,
               5);
}

TEST_CASE("an ellipsis typed with an input method is two words", "[count]")
{
  check_counts(text::count_paragraph(make_paragraph({east_asian_run("……")}), text::CountingMode::word), 2, 2,
               2);
  check_counts(text::count_paragraph(make_paragraph({make_run("……")}), text::CountingMode::word), 1, 2, 2);
  check_counts(text::count_paragraph(make_paragraph({font_run("……", "宋体")}), text::CountingMode::wps), 2, 2,
               2);
}

TEST_CASE("other ambiguous characters follow the run", "[count]")
{
  const char* samples[] = {"—", "·", "×", "°", "①", "□", "→", "α", "Ж", "§", "※", "№", "℃", "Ⅳ", "■", "★"};
  for (const char* sample : samples) {
    INFO(sample);
    const auto asian =
        text::count_paragraph(make_paragraph({east_asian_run(sample)}), text::CountingMode::word);
    CHECK(asian.asian == 1);
    CHECK(asian.non_asian_words == 0);
    const auto latin = text::count_paragraph(make_paragraph({make_run(sample)}), text::CountingMode::word);
    CHECK(latin.asian == 0);
    CHECK(latin.non_asian_words == 1);
  }
  // Non-Asian after an Asian-hinted ambiguous character starts a new word; Greek in a word joins it.
  check_counts(text::count_paragraph(make_paragraph({make_run("αβγ")}), text::CountingMode::word), 1, 3, 3);
  check_counts(text::count_paragraph(make_paragraph({east_asian_run("αβγ")}), text::CountingMode::word), 3, 3,
               3);
  check_counts(text::count_paragraph(make_paragraph({east_asian_run("5×3")}), text::CountingMode::word), 3, 3,
               3);
}

TEST_CASE("the East Asian hint does not make plain Latin, digits or emoji Asian", "[count]")
{
  for (const auto mode : k_modes) {
    check_counts(text::count_paragraph(make_paragraph({east_asian_run("Word 2016")}), mode), 2, 8, 9);
    check_counts(text::count_paragraph(make_paragraph({east_asian_run("👍👍")}), mode), 1, 2, 2);
  }
}

TEST_CASE("list numbers are counted in word mode only", "[count]")
{
  const auto paragraph = numbered_paragraph("1.", "\t", {make_run("研究")});
  check_counts(text::count_paragraph(paragraph, text::CountingMode::word), 3, 4, 5);
  check_counts(text::count_paragraph(paragraph, text::CountingMode::wps), 2, 2, 2);

  const auto chinese = numbered_paragraph("一、", " ", {make_run("企业概况")});
  check_counts(text::count_paragraph(chinese, text::CountingMode::word), 6, 6, 7);
  check_counts(text::count_paragraph(chinese, text::CountingMode::wps), 4, 4, 4);

  const auto bracketed = numbered_paragraph("（1）", "", {make_run("研究")});
  check_counts(text::count_paragraph(bracketed, text::CountingMode::word), 5, 5, 5);

  const auto reference = numbered_paragraph("[1]", "\t", {make_run("Smith J.")});
  check_counts(text::count_paragraph(reference, text::CountingMode::word), 3, 10, 12);
}

TEST_CASE("a label without suffix runs into the text that follows it", "[count]")
{
  const auto paragraph = numbered_paragraph("1.", "", {make_run("Introduction")});
  check_counts(text::count_paragraph(paragraph, text::CountingMode::word), 1, 14, 14);
}

TEST_CASE("ambiguous characters of a list label follow the paragraph mark's hint", "[count]")
{
  auto paragraph = numbered_paragraph("①", "\t", {make_run("ab")});
  check_counts(text::count_paragraph(paragraph, text::CountingMode::word), 2, 3, 4);
  paragraph.mark.fonts.hint = model::FontHint::east_asia;
  const auto counts = text::count_paragraph(paragraph, text::CountingMode::word);
  check_counts(counts, 2, 3, 4);
  CHECK(counts.asian == 1);
  // A bullet is a character like any other label: "•" is ambiguous, a Symbol-font bullet is private use.
  auto bullet = numbered_paragraph("\xEF\x82\xB7", "\t", {make_run("研究")});
  check_counts(text::count_paragraph(bullet, text::CountingMode::word), 3, 3, 4);
  check_counts(text::count_paragraph(bullet, text::CountingMode::wps), 2, 2, 2);
}

TEST_CASE("supplementary-plane characters count once", "[count]")
{
  for (const auto mode : k_modes) {
    const auto extension_b = count_plain("𠀀𪚥", mode); // CJK Extension B
    check_counts(extension_b, 2, 2, 2);
    CHECK(extension_b.hanzi == 2);
    check_counts(count_plain("a𝑥b", mode), 1, 3, 3); // mathematical italic x
  }
}

TEST_CASE("combining marks are characters that never start or split a word", "[count]")
{
  for (const auto mode : k_modes) {
    check_counts(count_plain("cafe\xCC\x81", mode), 1, 5, 5);
    check_counts(count_plain("ne\xCC\x81"
                             "e",
                             mode),
                 1, 4, 4);
    // A stray mark after a blank is a (non-Asian) word of its own.
    check_counts(count_plain("a \xCC\x81", mode), 2, 2, 3);
    // After an Asian character it is one more character, not one more word.
    check_counts(count_plain("中\xCC\x81", mode), 1, 2, 2);
  }
  // The hint does not make a combining mark Asian.
  check_counts(text::count_paragraph(make_paragraph({east_asian_run("e\xCC\x81")}), text::CountingMode::word),
               1, 2, 2);
}

TEST_CASE("emoji sequences joined by ZWJ are one word of every code point", "[count]")
{
  for (const auto mode : k_modes) {
    check_counts(count_plain("👨‍👩‍👧", mode), 1, 5, 5);
    check_counts(count_plain("👍🏽", mode), 1, 2, 2); // skin tone modifier
    check_counts(count_plain("中👍文", mode), 3, 3, 3);
  }
}

TEST_CASE("every blank ends a word and counts only with spaces", "[count]")
{
  const char* blanks[] = {" ",
                          "\t",
                          "\xC2\xA0",
                          "\xE3\x80\x80",
                          "\xE2\x80\x82",
                          "\xE2\x80\x83",
                          "\xE2\x80\x89",
                          "\xE2\x80\xAF",
                          "\xE2\x81\x9F",
                          "\xE1\x9A\x80"};
  for (const auto mode : k_modes) {
    for (const char* blank : blanks) {
      INFO(blank);
      check_counts(count_plain(std::string("ab") + blank + "cd", mode), 2, 4, 5);
      check_counts(count_plain(std::string("中") + blank + "文", mode), 2, 2, 3);
    }
  }
}

TEST_CASE("the ideographic space is a blank, not an Asian character", "[count]")
{
  const auto counts = count_plain("\xE3\x80\x80\xE3\x80\x80摘要", text::CountingMode::word);
  check_counts(counts, 2, 2, 4);
  CHECK(counts.asian == 2);
}

TEST_CASE("zero-width space, BOM and soft hyphen are not counted and do not split words", "[count]")
{
  const char* invisible[] = {"\xE2\x80\x8B", "\xEF\xBB\xBF", "\xC2\xAD", "\xE2\x81\xA0", "\xE2\x80\x8E"};
  for (const auto mode : k_modes) {
    for (const char* mark : invisible) {
      INFO(mark);
      check_counts(count_plain(std::string("ab") + mark + "cd", mode), 1, 4, 4);
    }
  }
}

TEST_CASE("a non-Asian word may span runs but not paragraphs", "[count]")
{
  for (const auto mode : k_modes) {
    check_counts(
        text::count_paragraph(make_paragraph({make_run("Vi"), make_run("T-B/"), make_run("16")}), mode), 1, 8,
        8);
    text::Counter counter(mode);
    counter.add(make_paragraph({make_run("ab")}));
    counter.add(make_paragraph({make_run("cd")}));
    check_counts(counter.counts(), 2, 4, 4);
  }
}

TEST_CASE("Asian characters end a non-Asian word", "[count]")
{
  check_counts(count_plain("abc中def", text::CountingMode::word), 3, 7, 7);
  check_counts(text::count_paragraph(make_paragraph({make_run("ab"), make_run("中"), make_run("cd")}),
                                     text::CountingMode::wps),
               3, 5, 5);
}

TEST_CASE("line breaks, page breaks and tabs end words", "[count]")
{
  for (const auto mode : k_modes) {
    using model::RunKind;
    check_counts(
        text::count_paragraph(
            make_paragraph({make_run("ab"), special_run(RunKind::line_break), make_run("cd")}), mode),
        2, 4, 4);
    check_counts(
        text::count_paragraph(
            make_paragraph({make_run("ab"), special_run(RunKind::page_break), make_run("cd")}), mode),
        2, 4, 4);
    check_counts(text::count_paragraph(
                     make_paragraph({make_run("ab"), special_run(RunKind::tab), make_run("cd")}), mode),
                 2, 4, 5);
    // Characters a reader may leave in text: CR, LF and U+2028 break, they are not counted.
    check_counts(count_plain("ab\ncd\ref\xE2\x80\xA8gh", mode), 4, 8, 8);
  }
}

TEST_CASE("hidden runs are skipped entirely and do not split words", "[count]")
{
  for (const auto mode : k_modes) {
    check_counts(text::count_paragraph(
                     make_paragraph({make_run("ab"), hidden_run("隐藏 text"), make_run("cd")}), mode),
                 1, 4, 4);
    auto hidden_label = numbered_paragraph("1.", "\t", {hidden_run("全部隐藏")});
    const auto counts = text::count_paragraph(hidden_label, mode);
    CHECK(counts.asian == 0);
  }
}

TEST_CASE("Office Math text counts as text and joins the words around it", "[count]")
{
  for (const auto mode : k_modes) {
    // D_u={x_u^i}: the runs of one equation form one word (file 12 of the corpus pins this).
    check_counts(text::count_paragraph(make_paragraph({math_run("D"), math_run("u"), math_run("={"),
                                                       math_run("x"), math_run("u"), math_run("i")}),
                                       mode),
                 1, 7, 7);
    check_counts(
        text::count_paragraph(
            make_paragraph({make_run("大小为"), math_run("n"), math_run("u"), make_run("的数据")}), mode),
        7, 8, 8);
    check_counts(text::count_paragraph(make_paragraph({math_run("x"), math_run("+"), math_run("1")}), mode),
                 1, 3, 3);
    // Mathematical italic letters and operators are ordinary characters.
    check_counts(count_plain("𝑥+𝑦=𝑧", mode), 1, 5, 5);
  }
}

TEST_CASE("field results are counted like any text", "[count]")
{
  auto result = make_run("12");
  result.field_result = true;
  check_counts(text::count_paragraph(make_paragraph({make_run("第"), result, make_run("页")}),
                                     text::CountingMode::word),
               3, 4, 4);
}

TEST_CASE("kana, hangul and bopomofo are Asian", "[count]")
{
  for (const auto mode : k_modes) {
    const auto counts = count_plain("ひらがなカタカナ한국어ㄅㄆ", mode);
    check_counts(counts, 13, 13, 13);
    CHECK(counts.hanzi == 0);
    check_counts(count_plain("ｶﾀｶﾅ", mode), 4, 4, 4); // half-width katakana
  }
}

TEST_CASE("hanzi counts Han ideographs only", "[count]")
{
  const auto counts = count_plain("二〇二〇年々ア，丽𠀀Ａ", text::CountingMode::word);
  CHECK(counts.asian == 11);
  CHECK(counts.hanzi == 7); // 二 〇 二 〇 年 丽(U+4E3D) 𠀀
  CHECK(count_plain("\xEF\xA7\xA9", text::CountingMode::word).hanzi == 1); // compatibility ideograph U+F9E9
}

TEST_CASE("invalid UTF-8 never crashes and counts as characters", "[count]")
{
  for (const auto mode : k_modes) {
    check_counts(count_plain("a\xFF\xFE"
                             "b",
                             mode),
                 1, 4, 4);
    check_counts(count_plain("\xE4\xB8", mode), 1, 1, 1); // truncated sequence
    check_counts(count_plain("", mode), 0, 0, 0);
  }
}

TEST_CASE("count_text counts a plain string like one paragraph", "[count]")
{
  check_counts(text::count_text("摘要 Abstract “text”", false), 4, 16, 18);
  check_counts(text::count_text("摘要 Abstract “text”", true), 6, 16, 18);
}

TEST_CASE("count_document sums paragraphs by story", "[count]")
{
  model::Document document;
  auto add = [&](model::Story story, std::string text) {
    auto paragraph = make_paragraph({make_run(std::move(text))});
    paragraph.story = story;
    document.paragraphs.push_back(std::move(paragraph));
  };
  add(model::Story::main, "正文");
  add(model::Story::main, "表格 cell");
  add(model::Story::textbox, "文本框");
  add(model::Story::footnote, "脚注 1");
  add(model::Story::endnote, "尾");
  const auto counts = text::count_document(document, text::CountingMode::word);
  check_counts(counts.main, 5, 8, 9);
  check_counts(counts.textboxes, 3, 3, 3);
  check_counts(counts.footnotes, 3, 3, 4);
  check_counts(counts.endnotes, 1, 1, 1);
  check_counts(counts.document(), 12, 15, 17);
}

TEST_CASE("counting modes have stable names", "[count]")
{
  text::CountingMode mode = text::CountingMode::word;
  CHECK(text::parse_counting_mode("wps", mode));
  CHECK(mode == text::CountingMode::wps);
  CHECK(text::to_string(mode) == "wps");
  CHECK(text::parse_counting_mode("word", mode));
  CHECK(mode == text::CountingMode::word);
  CHECK(text::to_string(mode) == "word");
  CHECK_FALSE(text::parse_counting_mode("Word", mode));
  CHECK_FALSE(text::parse_counting_mode("", mode));
  CHECK(mode == text::CountingMode::word);
}

namespace {

// Counting `paragraph` in both modes at once gives what counting it in each mode alone gives.
void require_both_modes_as_each_alone(const model::Paragraph& paragraph)
{
  const auto both = text::count_paragraph_in_both_modes(paragraph);
  for (const auto mode : k_modes) {
    const auto single = text::count_paragraph(paragraph, mode);
    const auto& combined = both[static_cast<std::size_t>(mode)];
    INFO((paragraph.runs.empty() ? std::string() : paragraph.runs.front().text)
         << " / " << text::to_string(mode));
    REQUIRE(combined.words == single.words);
    REQUIRE(combined.asian == single.asian);
    REQUIRE(combined.non_asian_words == single.non_asian_words);
    REQUIRE(combined.characters == single.characters);
    REQUIRE(combined.characters_with_spaces == single.characters_with_spaces);
    REQUIRE(combined.hanzi == single.hanzi);
  }
}

} // namespace

TEST_CASE("counting a paragraph in both modes at once gives each mode's own counts", "[count]")
{
  auto numbered = numbered_paragraph("①", "\t", {font_run("“引号”……", "宋体"), make_run("ab—cd")});
  numbered.mark.fonts.hint = model::FontHint::east_asia;
  const model::Paragraph paragraphs[] = {
      numbered,
      numbered_paragraph("1.", "", {make_run("Introduction"), hidden_run("隐藏"), east_asian_run("“中文”")}),
      make_paragraph({font_run("“quotes” — α β", "Times New Roman"), special_run(model::RunKind::tab),
                      font_run("“引号”×°", "SimSun"), special_run(model::RunKind::line_break),
                      math_run("x+y"), special_run(model::RunKind::page_break),
                      make_run("e\xCC\x81t\xE9 \xE4\xB8 bad")}),
      make_paragraph({}),
  };
  for (const auto& paragraph : paragraphs) {
    require_both_modes_as_each_alone(paragraph);
  }
}

TEST_CASE("counting both modes at once tallies runs of Asian text as each mode alone does", "[count]")
{
  // Runs of Asian characters are tallied in one piece: they must end where any other class starts (combining
  // marks and ignored characters right after them, ambiguous characters each mode decides alone, ill-formed
  // bytes, ideographs beyond the BMP), also across runs and at the end of a run.
  const std::string pieces[] = {
      "中文",         "かな",     "한",   "\xCC\x81", "\xE2\x80\x8B",     "“", "—", "①", "ab", " ",
      "\xE3\x80\x80", "\xE4\xB8", "\xFF", "𠀀",       "\xF0\x9F\x91\x8D", "\n"};
  constexpr std::size_t count = std::size(pieces);
  std::vector<model::Paragraph> paragraphs;
  for (std::size_t a = 0; a < count; ++a) {
    for (std::size_t b = 0; b < count; ++b) {
      const std::string text = pieces[a] + "汉字" + pieces[b] + pieces[a] + "字";
      paragraphs.push_back(make_paragraph({make_run(text)}));
      paragraphs.push_back(make_paragraph({font_run(text, "宋体"), east_asian_run(pieces[b] + "字")}));
      paragraphs.push_back(make_paragraph(
          {make_run("中" + pieces[a]), special_run(model::RunKind::tab), make_run(pieces[b] + "文")}));
    }
  }
  for (const auto& paragraph : paragraphs) {
    require_both_modes_as_each_alone(paragraph);
  }
}

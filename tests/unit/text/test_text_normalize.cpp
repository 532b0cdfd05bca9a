#include <catch2/catch.hpp>

#include <string>

#include <unicode/unistr.h>

#include "support/code_points.hpp"
#include "text/normalize.hpp"

using namespace qb;

using qb::test::icu_nfkc;
using qb::test::utf8;

TEST_CASE("NFKC one code point at a time matches ICU for every BMP code point between neighbours", "[count]")
{
  // Each code point alone, after a letter it may compose with, before a combining mark, and between Chinese
  // text and full-width punctuation: remembered forms are used only where they cannot interact.
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      continue; // surrogates are not code points UTF-8 can hold
    }
    const std::string one = utf8(c);
    for (const std::string& text :
         {one, "A" + one, one + "\xCC\x81", "中文" + one + "（一）", one + one + "，\xE1\x84\x80"}) {
      INFO(std::hex << c);
      REQUIRE(text::normalize_nfkc(text) == icu_nfkc(text));
    }
  }
}

TEST_CASE("NFKC of typical heading and body text", "[count]")
{
  for (const std::string text :
       {"（一）企业概况：", "管理方法（技术）的推进和应用情况", "ＡＢＣ１２３　全角", "e\xCC\x81 vs é",
        "ﾃｽﾄ ｶﾞ", "……“引号”——破折号", "①②③ ㈱ ﬁ", "한국어 ㄱ", "𠀀𝐀👍", ""}) {
    INFO(text);
    CHECK(text::normalize_nfkc(text) == icu_nfkc(text));
  }
}

TEST_CASE("NFKC keeps runs of Chinese text whole next to what interacts with them", "[count]")
{
  // Ideographs take the shortcut for code points that are their own form between boundaries; what follows
  // them may still compose with them or need ICU (combining marks, jamo, compatibility ideographs, ill-formed
  // bytes, code points beyond the BMP), and the shortcut must not hide that.
  const std::string han = "中文汉字测试";
  for (const std::string neighbour : {"\xCC\x81", "\xE1\x85\xA1", "\xE1\x84\x80\xE1\x85\xA1", "\xEF\xA4\x80",
                                      "\xE3\x80\x80", "\xEF\xBC\x88", "\xE2\x91\xA0", "\xE4\xB8", "\xFF",
                                      "\xED\xA0\x80", "\xF0\xA0\x80\x80", "A", "\xE3\x82\xAB\xE3\x82\x99"}) {
    for (const std::string& text : {han + neighbour, neighbour + han, han + neighbour + han,
                                    han + neighbour + neighbour + han, neighbour + han + neighbour}) {
      INFO(text);
      CHECK(text::normalize_nfkc(text) == icu_nfkc(text));
    }
  }
}

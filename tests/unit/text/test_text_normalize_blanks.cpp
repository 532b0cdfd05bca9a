#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>

#include <unicode/unistr.h>

#include "support/code_points.hpp"
#include "text/normalize.hpp"

using namespace qb;

using qb::test::utf8;

namespace {

// The blank removal heading keys did before normalize_nfkc_without_blanks(): byte prefixes on the NFKC text.
std::string previous_key_compaction(std::string_view text)
{
  const std::string normalized = text::normalize_nfkc(text);
  constexpr std::array<std::string_view, 13> blanks{" ",      "\t",     "\n",     "\r",     "\v",
                                                    "\f",     "\u200B", "\uFEFF", "\u3000", "\u00A0",
                                                    "\u2009", "\u200C", "\u200D"};
  std::string result;
  std::string_view rest = normalized;
  while (!rest.empty()) {
    bool blank = false;
    for (const auto prefix : blanks) {
      if (rest.starts_with(prefix)) {
        rest.remove_prefix(prefix.size());
        blank = true;
        break;
      }
    }
    if (!blank) {
      result.push_back(rest.front());
      rest.remove_prefix(1);
    }
  }
  return result;
}

} // namespace

TEST_CASE("NFKC without blanks matches NFKC then blank removal for every BMP code point", "[count]")
{
  // Blanks that are their own form (space), blanks NFKC makes (U+3000, U+00A0, U+2009 -> space), forms that
  // hold a space among other characters (U+00A8 -> space + U+0308), blanks between composing neighbours.
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      continue;
    }
    const std::string one = utf8(c);
    for (const std::string& text :
         {one, " " + one + " ", "A" + one + "\xCC\x81", "中 文" + one + "（一）\u3000",
          one + one + "，\xE1\x84\x80", "\u200B" + one + "\uFEFF" + one + "\t"}) {
      INFO(std::hex << c);
      REQUIRE(text::normalize_nfkc_without_blanks(text) == previous_key_compaction(text));
    }
  }
}

TEST_CASE("NFKC without blanks on headings, ill-formed and hostile text", "[count]")
{
  const std::string long_text(5000, ' ');
  for (const std::string& text : std::initializer_list<std::string>{
           "",
           "   ",
           "\u3000\u3000摘\u00A0要\u2009",
           "（一）\u3000研究背景：",
           "第 1 章\t绪论\r\n",
           "e\u0301 \u0301 A\u030A",        // a blank between a letter and a combining mark
           "\u00A8\u00A8 \u00A8",           // forms with a space inside
           "\xE2\x80 \xE2\x80\x8B\xE2",     // truncated blanks around a real one
           "\xFF\xFE \xC2\xA0\xC2",         // ill-formed bytes next to blanks
           "\xF0\x9F\x98\x80 \U0001D400 x", // beyond the BMP: ICU's whole-text path
           "\xED\xA0\x80 \xE3\x80\x80",     // an encoded surrogate
           "\uFEFF\u200C\u200D\u200B",
           long_text + "中" + long_text,
       }) {
    INFO(text);
    REQUIRE(text::normalize_nfkc_without_blanks(text) == previous_key_compaction(text));
    REQUIRE(text::remove_blanks(text::normalize_nfkc(text)) == previous_key_compaction(text));
  }
}

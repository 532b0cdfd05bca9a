#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "eval/heading_text.hpp"
#include "support/code_points.hpp"
#include "text/regex.hpp"

using namespace qb;

using qb::test::utf8;

namespace {

// The previous path: the UTF-8 key, converted by ICU as Regex::search(std::string_view) converts it.
std::u16string converted_key(const std::string& text)
{
  const std::string key = eval::heading_key(text);
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(key);
  return {utf16.getBuffer(), static_cast<std::size_t>(utf16.length())};
}

const std::initializer_list<std::string> k_tricky_headings{
    "",
    ":::",
    "一、",
    "（一）企业概况：",
    "第 1 章\u3000绪论::",
    "Part 3: Budget",
    "3.1.2\u00A0研究\u200B内容",
    "(十)\xF0\x9F\x98\x80 表情:",         // beyond the BMP after the numbering: a surrogate pair
    "1.\xFF\xFE 坏字节\xE2:",             // ill-formed bytes: ICU's whole-text path and U+FFFD
    "一、\xED\xA0\x80:",                  // an encoded surrogate
    "\u00A8 1. e\u0301\u0301 \U0001D400", // forms with a space inside, combining marks
    "第一部分\uFF1A\uFF1A",               // full-width colons
    "２０２４年\u2474\u2475",
    std::string(30000, ' ') + "一、" + std::string(40000, 'x') + "\u00A8中:", // beyond the kept buffer
    "1." + std::string(20000, 'y'),
};

} // namespace

TEST_CASE("heading keys in UTF-16 are the UTF-8 keys as ICU converts them", "[eval]")
{
  for (const std::string& text : k_tricky_headings) {
    INFO(text);
    REQUIRE(eval::heading_key_utf16(text) == converted_key(text));
  }
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      continue;
    }
    const std::string one = utf8(c);
    for (const std::string& text : {one, "一、" + one + ":", "(1)" + one + " " + one, one + "中\u3000文"}) {
      INFO(std::hex << c);
      REQUIRE(eval::heading_key_utf16(text) == converted_key(text));
    }
  }
}

TEST_CASE("searching UTF-16 gives what searching UTF-8 gives", "[eval]")
{
  std::vector<text::Regex> patterns;
  for (const char* pattern : {"^企业概况$", "概况", "^$", "\\p{Han}{2}", "[\\x{1F600}]", "\\x{FFFD}",
                              "^.{3}$", "(?i)part", "\\s"}) {
    text::Regex regex;
    REQUIRE_FALSE(regex.compile(pattern));
    patterns.push_back(std::move(regex));
  }
  for (const std::string& text : k_tricky_headings) {
    const std::string key = eval::heading_key(text);
    const std::u16string key16 = eval::heading_key_utf16(text);
    for (const auto& pattern : patterns) {
      INFO(text << " / " << pattern.pattern());
      // Alternate the two forms so a matcher kept from one search is reset to the other kind of subject.
      REQUIRE(pattern.search(key16) == pattern.search(key));
      REQUIRE(pattern.search(key) == pattern.search(key16));
    }
  }
}

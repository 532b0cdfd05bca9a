#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <unicode/utf8.h>

#include "text/utf8.hpp"

using namespace qb;

namespace {

// Decodes `bytes` with next_utf8 and with ICU's U8_NEXT: the code points and the offsets must agree.
void check_same_as_icu(const std::string& bytes)
{
  const char* data = bytes.data();
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t fast = 0;
  std::int32_t slow = 0;
  while (slow < length) {
    UChar32 expected = 0;
    U8_NEXT(data, slow, length, expected);
    REQUIRE(fast < length);
    const std::int32_t actual = text::next_utf8(data, fast, length);
    INFO("at byte " << slow);
    REQUIRE(actual == expected);
    REQUIRE(fast == slow);
  }
  CHECK(fast == length);
}

} // namespace

TEST_CASE("the inline UTF-8 decoder agrees with U8_NEXT on mixed and ill-formed text", "[count]")
{
  check_same_as_icu("ASCII only");
  check_same_as_icu("摘要：企业概况（一）2020年，“质量”……👍é");
  // Truncated and ill-formed sequences at every position, overlongs, surrogates, stray continuation bytes.
  const std::vector<std::string> samples = {
      "\xE4\xB8",     "\xE4",         "a\xE4\xB8", "\xE0\x80\x80",     "\xE0\xA0\x80", "\xED\xA0\x80",
      "\xED\x9F\xBF", "\xEF\xBF\xBF", "\x80\x80",  "\xC0\xAF",         "\xF0\x9F\x91", "\xF4\x90\x80\x80",
      "\xE4\x41\xB8", "\xE4\xB8\x41", "\xFF\xFE",  "中\xE4\xB8文\xB8", "\xEE\x80\x80",
  };
  for (const auto& sample : samples) {
    check_same_as_icu(sample);
  }
}

TEST_CASE("the inline UTF-8 decoder agrees with U8_NEXT on every lead byte and continuation pair", "[count]")
{
  const unsigned char seconds[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF};
  for (int lead = 0x80; lead <= 0xFF; ++lead) {
    for (unsigned char second : seconds) {
      for (unsigned char third : seconds) {
        std::string bytes;
        bytes += static_cast<char>(lead);
        bytes += static_cast<char>(second);
        bytes += static_cast<char>(third);
        bytes += "\x80z";
        INFO("lead " << lead << " " << int(second) << " " << int(third));
        check_same_as_icu(bytes);
        check_same_as_icu(bytes.substr(0, 2));
      }
    }
  }
}

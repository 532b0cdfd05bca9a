#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/kinds/kind_support.hpp"

using namespace qb;

TEST_CASE("next_code_point decodes inline exactly as its slow path does, ill-formed input included",
          "[kinds]")
{
  std::vector<std::string> samples = {"摘要：企业概况（一）2020年，“质量”……👍é",
                                      "\xE4\xB8",
                                      "a\xE4",
                                      "\xE0\x80\x80",
                                      "\xED\xA0\x80",
                                      "\x80\xBF",
                                      "\xC0\xAF",
                                      "\xF0\x9F\x91",
                                      "\xE4\x41\xB8",
                                      "\xE4\xB8\x41",
                                      "\xFF"};
  const unsigned char tails[] = {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int lead = 0x80; lead <= 0xFF; ++lead) {
    for (unsigned char second : tails) {
      for (unsigned char third : tails) {
        samples.push_back(
            std::string{static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)});
      }
    }
  }
  for (const auto& sample : samples) {
    std::size_t fast = 0;
    std::size_t slow = 0;
    while (slow < sample.size()) {
      const char32_t expected = rules::next_code_point_slow(sample, slow);
      REQUIRE(rules::next_code_point(sample, fast) == expected);
      REQUIRE(fast == slow);
    }
  }
}

#include <catch2/catch.hpp>

#include <chrono>

#include "text/normalize.hpp"
#include "text/regex.hpp"

using qb::text::Regex;

TEST_CASE("NFKC maps full-width forms to ASCII", "[eval]")
{
  CHECK(qb::text::normalize_nfkc("（一）ＡＢ３") == "(一)AB3");
  CHECK(qb::text::normalize_nfkc("摘要") == "摘要");
  CHECK(qb::text::normalize_nfkc(std::string("a\xff") + "b") == "a\xEF\xBF\xBD"
                                                                "b");
}

TEST_CASE("regex searches and fully matches UTF-8 text", "[eval]")
{
  Regex regex;
  REQUIRE_FALSE(regex.compile("^摘\\s*要$").has_value());
  CHECK(regex.full_match("摘 要") == Regex::Status::matched);
  CHECK(regex.search("摘要x") == Regex::Status::no_match);
  Regex han;
  REQUIRE_FALSE(han.compile("\\p{Han}+经验$").has_value());
  CHECK(han.search("某公司的经验") == Regex::Status::matched);
  CHECK(han.full_match("某公司的经验") == Regex::Status::matched);
}

TEST_CASE("a bad pattern reports ICU's error and offset", "[eval]")
{
  const auto error = Regex::check("abc(def");
  REQUIRE(error.has_value());
  CHECK(error->message == "U_REGEX_MISMATCHED_PAREN");
  CHECK(error->offset >= 0);
  Regex unusable;
  CHECK(unusable.search("x") == Regex::Status::error);
}

TEST_CASE("a catastrophically backtracking pattern times out instead of hanging", "[eval]")
{
  Regex regex;
  REQUIRE_FALSE(regex.compile("^(a+)+$").has_value());
  regex.set_time_limit(50);
  const auto start = std::chrono::steady_clock::now();
  CHECK(regex.search(std::string(40, 'a') + "b") == Regex::Status::timed_out);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("NFKC leaves inert text alone and still composes and maps the rest", "[eval]")
{
  CHECK(qb::text::normalize_nfkc("企业概况") == "企业概况");                // only inert code points
  CHECK(qb::text::normalize_nfkc("企业概况，２０１９") == "企业概况,2019"); // full-width forms mapped
  CHECK(qb::text::normalize_nfkc("caf"
                                 "e\xCC\x81") == "caf\xC3\xA9");     // e + U+0301 composes to é
  CHECK(qb::text::normalize_nfkc("\xEF\xA4\x80") == "\xE8\xB1\x88"); // U+F900 -> U+8C48
}

TEST_CASE("a regex searched on changing texts sees each text, whatever it saw before", "[eval]")
{
  Regex heading;
  REQUIRE_FALSE(heading.compile("^摘要$").has_value());
  Regex anywhere;
  REQUIRE_FALSE(anywhere.compile("要").has_value());
  CHECK(heading.search("摘要") == Regex::Status::matched);
  CHECK(anywhere.search("摘要") == Regex::Status::matched);
  CHECK(heading.search("摘要x") == Regex::Status::no_match);
  CHECK(anywhere.search("企业") == Regex::Status::no_match);
  CHECK(heading.search("摘要") == Regex::Status::matched);
}

TEST_CASE("a regex sees every code point of mixed and ill-formed UTF-8 as ICU converts it", "[eval]")
{
  struct Sample
  {
    const char* pattern;
    const char* text;
  };
  // Two- and three-byte sequences are converted inline; E0/ED leads, four-byte sequences and ill-formed bytes
  // (one U+FFFD per maximal subpart) through ICU. Alternating between them must not mix two texts up.
  const Sample matches[] = {
      {"^é×中x$", "é×中x"},
      {"^.{4}$", "é×中x"},
      {"^\\x{1F600}$", "\xF0\x9F\x98\x80"},
      {"^\\x{0800}\\x{D7FF}$", "\xE0\xA0\x80\xED\x9F\xBF"},
      {"^a\\x{FFFD}b$", "a\xE4\xB8"
                        "b"},
      {"^\\x{FFFD}\\x{FFFD}$", "\xC0\xAF"},
      {"^企业概况$", "企业概况"},
      {"^\\x{FFFD}+a$", "\xED\xA0\x80"
                        "a"},
  };
  for (int round = 0; round < 2; ++round) {
    for (const auto& [pattern, text] : matches) {
      Regex regex;
      REQUIRE_FALSE(regex.compile(pattern).has_value());
      INFO(pattern);
      CHECK(regex.search(text) == Regex::Status::matched);
    }
  }
}

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

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

TEST_CASE("a regex's kept matcher gives what a new regex gives, over many patterns and texts", "[eval]")
{
  // Each thread keeps a matcher per pattern (up to a limit) and resets it to each text; a Regex compiled
  // anew has a new pattern, so it is always searched by a new matcher: the two must agree whatever the
  // history. More patterns than the cache holds, so entries are replaced while others are reused.
  std::vector<std::string> patterns;
  for (int i = 0; i < 40; ++i) {
    patterns.push_back("^" + std::to_string(i) + "(摘要|企业)?$");
  }
  patterns.push_back("要");
  patterns.push_back("^\\x{FFFD}");
  std::vector<Regex> kept(patterns.size());
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    REQUIRE_FALSE(kept[i].compile(patterns[i]).has_value());
  }
  const std::vector<std::string> texts{"7", "7摘要", "摘要", "", "39企业", "1", "\xff", "12摘要x", "要"};
  for (int round = 0; round < 3; ++round) {
    for (const auto& text : texts) {
      for (std::size_t i = 0; i < patterns.size(); ++i) {
        Regex fresh;
        REQUIRE_FALSE(fresh.compile(patterns[i]).has_value());
        INFO(patterns[i] << " on " << text);
        CHECK(kept[i].search(text) == fresh.search(text));
        CHECK(kept[i].full_match(text) == fresh.full_match(text));
      }
    }
  }
}

TEST_CASE("a regex that timed out matches normally on its next text", "[eval]")
{
  Regex regex;
  REQUIRE_FALSE(regex.compile("^(a+)+$").has_value());
  regex.set_time_limit(10);
  CHECK(regex.search(std::string(40, 'a') + "b") == Regex::Status::timed_out);
  CHECK(regex.search("aaa") == Regex::Status::matched);
  CHECK(regex.search("aab") == Regex::Status::no_match);
  CHECK(regex.search(std::string(40, 'a') + "b") == Regex::Status::timed_out); // the limit still holds
  regex.set_time_limit(0);
  CHECK(regex.full_match("aaaa") == Regex::Status::matched);
}

TEST_CASE("a regex made where a destroyed one lived does not find the old one's matcher", "[eval]")
{
  for (int i = 0; i < 50; ++i) {
    auto first = std::make_unique<Regex>();
    REQUIRE_FALSE(first->compile("^first$").has_value());
    CHECK(first->search("first") == Regex::Status::matched);
    first.reset();
    auto second = std::make_unique<Regex>(); // often at the same address, with its pattern too
    REQUIRE_FALSE(second->compile("^second$").has_value());
    CHECK(second->search("first") == Regex::Status::no_match);
    CHECK(second->search("second") == Regex::Status::matched);
  }
}

TEST_CASE("threads searching with one shared regex each see their own texts", "[eval]")
{
  Regex shared;
  REQUIRE_FALSE(shared.compile("^第(\\d+)部分$").has_value());
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&shared, &wrong, t] {
      for (int i = 0; i < 2000; ++i) {
        const bool heading = (i + t) % 3 == 0;
        const std::string text = heading ? "第" + std::to_string(i) + "部分" : "正文" + std::to_string(i);
        const auto expected = heading ? Regex::Status::matched : Regex::Status::no_match;
        if (shared.search(text) != expected) {
          ++wrong;
        }
      }
    });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  CHECK(wrong == 0);
}

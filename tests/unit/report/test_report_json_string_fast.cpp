// append_json_string passes printable ASCII eight bytes at a time and the common three-byte sequences of CJK
// text without the general UTF-8 check. These tests put every byte that needs attention at every offset of
// such a window, and cut sequences at every place, against nlohmann::json's dump.
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/json_writer.hpp"

using namespace qb;
using nlohmann::json;

namespace {

std::string expected(const std::string& text)
{
  return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string written(const std::string& text)
{
  std::string out = "x";
  report::append_json_string(out, text);
  return out.substr(1);
}

} // namespace

TEST_CASE("one byte that needs attention at every offset of a run of plain ASCII is seen", "[report]")
{
  // Quotes, backslashes, control bytes, DEL (kept), the first byte past ASCII, lead and continuation bytes.
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t offset = 0; offset < 20; ++offset) {
      std::string text(24, 'a');
      text[offset] = static_cast<char>(byte);
      INFO(byte << " at " << offset);
      REQUIRE(written(text) == expected(text));
      // The same around a space and '~', the bytes next to those the word test singles out.
      std::string edges(24, offset % 2 == 0 ? ' ' : '~');
      edges[offset] = static_cast<char>(byte);
      REQUIRE(written(edges) == expected(edges));
    }
  }
}

TEST_CASE("three-byte sequences, well-formed or not, after plain runs of every length", "[report]")
{
  const std::vector<std::string> sequences{
      "字",           "\xE1\x80\x80", "\xEC\xBF\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF", // E1..EC, EE..EF
      "\xE0\xA0\x80", "\xE0\x9F\xBF", "\xED\x9F\xBF", "\xED\xA0\x80",                 // E0 and ED: checked
      "\xE4\xB8",     "\xE4",         "\xE4\x41\x80", "\xE4\x80\x41", "\xE4\xC0\x80", "\xE4\x80\xC0"};
  for (const auto& sequence : sequences) {
    for (std::size_t plain = 0; plain < 18; ++plain) {
      for (const std::string& after :
           {std::string(), std::string("\""), std::string("abcdefghij"), sequence}) {
        const std::string text = std::string(plain, 'k') + sequence + after;
        INFO(text);
        REQUIRE(written(text) == expected(text));
      }
    }
  }
}

TEST_CASE("random long strings of ASCII runs, CJK and hostile bytes are written as nlohmann::json does",
          "[report]")
{
  const std::vector<std::string> pieces{"abcdefgh",
                                        "The quick brown fox",
                                        "字",
                                        "中文文本",
                                        "\"",
                                        "\\",
                                        "\n",
                                        "\x1f",
                                        "\x7f",
                                        "\xff",
                                        "\xE4\xB8",
                                        "\xED\xA0\x80",
                                        "\xF0\x9F\x98\x80",
                                        "\xC3\xA9",
                                        " ",
                                        "~",
                                        "\xE0\xA4\x85"};
  std::uint32_t state = 777;
  const auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const auto length = next() % 30;
    for (std::uint32_t i = 0; i < length; ++i) {
      text += pieces[next() % pieces.size()];
    }
    INFO(text);
    REQUIRE(written(text) == expected(text));
  }
}

TEST_CASE("keys short and long, plain and not, at every depth are written as nlohmann::json dumps them",
          "[report]")
{
  // JsonWriter::key gathers a short plain key's line on the stack; longer or deeper lines, and keys that need
  // escaping or are not ASCII, take the general path.
  const std::vector<std::string> names{"",
                                       "a",
                                       "actual",
                                       std::string(80, 'k'),
                                       std::string(95, 'k'),
                                       std::string(200, 'k'),
                                       "with \"quote\"",
                                       "back\\slash",
                                       "摘要",
                                       "bad\xff",
                                       "tab\there",
                                       "~ ~"};
  for (std::size_t depth = 0; depth < 40; depth += 3) {
    for (const auto& name : names) {
      json tree = json::object({{name, 1}, {"zz", json::array({json::object({{name, "v"}})})}});
      for (std::size_t level = 0; level < depth; ++level) {
        tree = json::object({{"n", tree}});
      }
      std::ostringstream out;
      {
        report::JsonWriter writer(out);
        for (std::size_t level = 0; level < depth; ++level) {
          writer.begin_object();
          writer.key("n");
        }
        writer.begin_object();
        const bool name_first = name < std::string("zz");
        const auto write_name = [&] {
          writer.key(name);
          writer.integer(1);
        };
        if (name_first) {
          write_name();
        }
        writer.key("zz");
        writer.begin_array();
        writer.begin_object();
        writer.key(name);
        writer.string("v");
        writer.end_object();
        writer.end_array();
        if (!name_first) {
          write_name();
        }
        writer.end_object();
        for (std::size_t level = 0; level < depth; ++level) {
          writer.end_object();
        }
        writer.end_document();
      }
      INFO(name << " at depth " << depth);
      REQUIRE(out.str() == report::JsonWriter::dump(tree) + "\n");
    }
  }
}

#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/json_writer.hpp"

using namespace qb;
using nlohmann::json;

namespace {

std::string whole(const json& tree)
{
  return report::JsonWriter::dump(tree) + "\n";
}

} // namespace

TEST_CASE("a JSON document written piece by piece is byte for byte nlohmann's dump of the whole", "[report]")
{
  const json documents = json::array({{{"file", "a.docx"}, {"results", json::array({{{"rule", "x"}}, {}})}},
                                      {{"file", "b\xff.docx"}, {"results", json::array()}}});
  const json tree{{"a", json::array()},
                  {"documents", documents},
                  {"empty", json::object()},
                  {"runs", json::array({{{"inner", json::array({{{"k", true}, {"list", documents}}})},
                                         {"more", documents},
                                         {"none", json::array()}}})},
                  {"z", "最后"}};

  std::ostringstream out;
  report::JsonWriter writer(out);
  report::JsonArraySpool top_documents(2);
  report::JsonArraySpool nested_documents(4);
  report::JsonArraySpool none(4);
  for (const auto& document : documents) {
    top_documents.add(document);
    nested_documents.add(document);
  }
  writer.begin_object();
  writer.key("a");
  writer.begin_array();
  writer.end_array();
  writer.key("documents");
  writer.spooled_array(top_documents);
  writer.key("empty");
  writer.value(json::object());
  writer.key("runs");
  writer.begin_array();
  writer.begin_object();
  writer.key("inner");
  writer.value(tree["runs"][0]["inner"]);
  writer.key("more");
  writer.spooled_array(nested_documents);
  writer.key("none");
  writer.spooled_array(none);
  writer.end_object();
  writer.end_array();
  writer.key("z");
  writer.value("最后");
  writer.end_object();
  writer.end_document();

  CHECK(out.str() == whole(tree));
  CHECK(out.str().find("b\xEF\xBF\xBD.docx") != std::string::npos); // bad UTF-8 shown as U+FFFD
}

TEST_CASE("JSON strings are escaped as nlohmann::json escapes them", "[report]")
{
  const std::vector<std::string> texts{"plain",
                                       "",
                                       "引号\"与\\反斜杠",
                                       "tab\tline\nreturn\rback\bfeed\f",
                                       std::string("nul\0and\x01\x1f\x7f", 11),
                                       "bad \xff\xfe bytes",
                                       "overlong \xc0\xaf",
                                       "surrogate \xed\xa0\x80",
                                       "cut \xe4\xb8",
                                       "emoji 😀 and 字"};
  for (const auto& text : texts) {
    std::ostringstream out;
    report::write_json_string(out, text);
    INFO(text);
    CHECK(out.str() == json(text).dump(-1, ' ', false, json::error_handler_t::replace));
  }
}

TEST_CASE("typed values are written as a tree of them is dumped", "[report]")
{
  std::ostringstream out;
  report::JsonWriter writer(out);
  writer.begin_object();
  writer.key("count");
  writer.integer(-42);
  writer.key("list");
  writer.begin_array();
  writer.string("a\"b");
  writer.null();
  writer.begin_object();
  writer.end_object();
  writer.end_array();
  writer.end_object();
  writer.end_document();
  CHECK(out.str() == whole(json{{"count", -42}, {"list", json::array({"a\"b", nullptr, json::object()})}}));
}

TEST_CASE("a spooled array placed at another depth than it was written for is refused", "[report]")
{
  std::ostringstream out;
  report::JsonWriter writer(out);
  report::JsonArraySpool elements(3);
  elements.add(json{{"a", 1}});
  writer.begin_object();
  writer.key("list");
  CHECK_THROWS_AS(writer.spooled_array(elements), std::logic_error);
}

TEST_CASE("every byte, alone and between text, is escaped or kept as nlohmann::json does", "[report]")
{
  // The string writer checks UTF-8 and escapes in one pass over runs of plain bytes, falling back to
  // nlohmann's replacement of ill-formed bytes; a byte table drives it, so every byte value is tried.
  const auto expected = [](const std::string& text) {
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
  };
  for (int byte = 0; byte < 256; ++byte) {
    const std::string alone(1, static_cast<char>(byte));
    for (const auto& text : {alone, "ab" + alone + "字", "字" + alone, alone + alone + "\"", "\\" + alone}) {
      std::ostringstream out;
      report::write_json_string(out, text);
      INFO(byte);
      CHECK(out.str() == expected(text));
    }
  }
  // Sequences cut, overlong, surrogate, past U+10FFFF, at the end and before an escape.
  const std::vector<std::string> tricky{"\xE0\x9F\xBF",     "\xE0\xA0\x80",       "\xED\x9F\xBF",
                                        "\xED\xA0\x80",     "\xF0\x8F\xBF\xBF",   "\xF0\x90\x80\x80",
                                        "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80",   "\xC2",
                                        "\xC2\x80",         "\xDF\xBF\n",         "\xE4\xB8\"",
                                        "\xF0\x9F\x98",     "a\xF0\x9F\x98\x80\t"};
  for (const auto& text : tricky) {
    std::string appended = "x";
    report::append_json_string(appended, text);
    INFO(text);
    CHECK(appended == "x" + expected(text));
  }
}

TEST_CASE("random strings of ill-formed, escaped and multi-byte pieces are written as nlohmann::json does",
          "[report]")
{
  const std::vector<std::string> pieces{
      "a",    "字",   "\xF0\x9F\x98\x80", "\"",       "\\",           "\n", "\x01",
      "\x7f", "\xff", "\xE4\xB8",         "\xC3\xA9", "\xED\xA0\x80", " ",  "\xF4\x90\x80\x80"};
  std::uint32_t state = 12345;
  const auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const auto length = next() % 12;
    for (std::uint32_t i = 0; i < length; ++i) {
      text += pieces[next() % pieces.size()];
    }
    std::ostringstream out;
    report::write_json_string(out, text);
    INFO(text);
    REQUIRE(out.str() == json(text).dump(-1, ' ', false, json::error_handler_t::replace));
  }
}

TEST_CASE("a document larger than the writer's buffer, with spooled elements, is nlohmann's dump", "[report]")
{
  // The writer hands its buffer to the stream in pieces, and a spool's element writers are destroyed (and
  // flushed) one by one: the pieces must come out whole and in order.
  json documents = json::array();
  for (int i = 0; i < 300; ++i) {
    documents.push_back(
        {{"file", "文件" + std::to_string(i) + ".docx"},
         {"results", json::array({{{"message", std::string(100 + i, 'm') + "\"\n"}}, {{"n", i}}})}});
  }
  const json tree{{"documents", documents}, {"long", std::string(40000, 'x')}, {"z", json::array({1, -2})}};

  std::ostringstream out;
  report::JsonArraySpool spooled(2);
  for (const auto& document : documents) {
    auto element = spooled.add();
    element.begin_object();
    element.key("file");
    element.string(document["file"].get<std::string>());
    element.key("results");
    element.begin_array();
    element.begin_object();
    element.key("message");
    element.string(document["results"][0]["message"].get<std::string>());
    element.end_object();
    element.begin_object();
    element.key("n");
    element.integer(document["results"][1]["n"].get<std::int64_t>());
    element.end_object();
    element.end_array();
    element.end_object();
  }
  {
    report::JsonWriter writer(out);
    writer.begin_object();
    writer.key("documents");
    writer.spooled_array(spooled);
    writer.key("long");
    writer.string(tree["long"].get<std::string>());
    writer.key("z");
    writer.value(tree["z"]);
    writer.end_object();
  } // destroyed without end_document: what it holds still reaches the stream
  CHECK(out.str() + "\n" == whole(tree));
}

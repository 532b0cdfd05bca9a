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

#include <sstream>

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
  report::JsonArraySpool top_documents;
  report::JsonArraySpool nested_documents;
  report::JsonArraySpool none;
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

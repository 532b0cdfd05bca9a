#include <catch2/catch.hpp>

#include <string>

#include "docx/memory_parts.hpp"
#include "docx/relationships.hpp"
#include "support/docx_builder.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

std::string rels(const std::string& inner)
{
  return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + inner +
         "</Relationships>";
}

std::string rel(const std::string& id, const std::string& type, const std::string& target,
                const std::string& mode = {})
{
  return "<Relationship Id=\"" + id +
         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/" +
         type + "\" Target=\"" + target + "\"" + (mode.empty() ? "" : " TargetMode=\"" + mode + "\"") + "/>";
}

} // namespace

TEST_CASE("relationship targets resolve against the source part's folder", "[package]")
{
  MemoryParts parts;
  parts.add("word/styles.xml", "<x/>");
  parts.add("customXml/item1.xml", "<x/>");
  parts.add("word/theme/theme1.xml", "<x/>");
  parts.add("word/media/image 1.png", "png");
  parts.add("word/_rels/document.xml.rels",
            rels(rel("rId1", "styles", "styles.xml") + rel("rId2", "customXml", "../customXml/item1.xml") +
                 rel("rId3", "theme", "/word/theme/theme1.xml") +
                 rel("rId4", "image", "media/image%201.png") +
                 rel("rId5", "hyperlink", "https://example.com/a?b=1", "External") +
                 rel("rId6", "image", "../../../etc/passwd") + rel("rId7", "footer", "footer9.xml") +
                 rel("rId8", "header", "./theme\\theme1.xml")));
  const auto list = read_relationships(parts, "word/document.xml");
  REQUIRE(list.size() == 6);
  CHECK(list[0].id == "rId1");
  CHECK(list[0].target == "word/styles.xml");
  CHECK(list[1].target == "customXml/item1.xml");
  CHECK(list[2].target == "word/theme/theme1.xml");
  CHECK(list[3].target == "word/media/image 1.png");
  CHECK(list[4].external);
  CHECK(list[4].target.empty());
  CHECK(list[5].id == "rId8");
  CHECK(list[5].target == "word/theme/theme1.xml");
  CHECK(find_target(list, "/styles") == std::optional<std::string>("word/styles.xml"));
  CHECK(find_target(list, "/hyperlink") == std::nullopt); // external targets are never a part
  CHECK(find_target(list, "/footer") == std::nullopt);    // its part does not exist
}

TEST_CASE("package relationships come from _rels/.rels", "[package]")
{
  const MemoryParts parts = test::DocxBuilder().parts();
  const auto list = read_relationships(parts, "");
  CHECK(find_target(list, "/officeDocument") == std::optional<std::string>("word/document.xml"));
  const auto document = read_relationships(parts, "word/document.xml");
  CHECK(find_target(document, "/styles") == std::optional<std::string>("word/styles.xml"));
  CHECK(find_target(document, "/theme") == std::optional<std::string>("word/theme/theme1.xml"));
}

TEST_CASE("Strict relationship types are mapped to Transitional ones", "[package]")
{
  const MemoryParts parts = test::DocxBuilder()
                                .strict()
                                .app("<Properties xmlns=\"http://purl.oclc.org/ooxml/officeDocument/"
                                     "extendedProperties\"/>")
                                .parts();
  const auto list = read_relationships(parts, "");
  REQUIRE(list.size() == 2);
  CHECK(list[0].type == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
  CHECK(list[1].type ==
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties");
}

TEST_CASE("a part without relationships has none", "[package]")
{
  MemoryParts parts;
  parts.add("word/document.xml", "<x/>");
  CHECK(read_relationships(parts, "word/document.xml").empty());
  CHECK(read_relationships(parts, "").empty());
}

TEST_CASE("relationships of a part in the package root", "[package]")
{
  MemoryParts parts;
  parts.add("document.xml", "<x/>");
  parts.add("styles.xml", "<x/>");
  parts.add("_rels/document.xml.rels", rels(rel("rId1", "styles", "styles.xml")));
  const auto list = read_relationships(parts, "document.xml");
  REQUIRE(list.size() == 1);
  CHECK(list[0].target == "styles.xml");
}

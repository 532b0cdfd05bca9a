// XmlTree against pugixml: whenever the one-pass parse accepts bytes, its tree (names, attributes, text, raw
// bytes) must be the one pugixml builds with the options the readers use; whatever it refuses goes to
// pugixml, whose tree from_pugi() must copy exactly.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/input_error.hpp"
#include "docx/open_package.hpp"
#include "docx/xml_part.hpp"
#include "docx/xml_tree.hpp"
#include "support/xml_tree_difference.hpp"

using namespace qb;
using namespace qb::docx;
using qb::test::difference;
using qb::test::pugi_parse;
using qb::test::raw_difference;

namespace {

// The one-pass parse of `xml`, checked against pugixml when it accepts; true when it accepted.
bool accepted_and_same(const std::string& xml, std::size_t raw_limit = 1000)
{
  const auto tree = XmlTree::parse(xml);
  pugi::xml_document expected;
  const bool pugi_accepts = pugi_parse(xml, expected);
  if (pugi_accepts) {
    const XmlTree copy = XmlTree::from_pugi(expected);
    INFO("from_pugi of: " << xml);
    CHECK(difference(expected, copy.document()).empty());
    CHECK(raw_difference(copy, expected, raw_limit).empty());
  }
  if (!tree) {
    return false;
  }
  INFO(xml);
  REQUIRE(pugi_accepts);
  CHECK(difference(expected, tree->document()).empty());
  CHECK(raw_difference(*tree, expected, raw_limit).empty());
  return true;
}

} // namespace

TEST_CASE("the one-pass parse gives pugixml's tree", "[package][xml_tree]")
{
  const std::vector<std::string> inputs = {
      "<a/>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document><w:body/></w:document>",
      "<a b=\"1\" c='2'  d = \"x&amp;y&lt;&gt;&quot;&apos;\"/>",
      "<a b=\"tab\there\r\nand\rthere\nend\" c=\"&#9;&#10;&#13;\"/>",
      "<a><w:t>  </w:t><w:t xml:space=\"preserve\"> a  b </w:t><c> <d/></c><e><f/> </e></a>",
      "<a>\n  <b>x</b>\n  <b>y&#x4E2D;&#25991;&#x1F600;</b>\n</a>\n",
      "<a>first<b/>second</a>",
      "<a><b/>after</a>",
      "<a>line\r\nbreak\rcr</a>",
      "<a><b>\r\nx</b><c>\r\n</c><d>\r</d><e> \r \n</e></a>",
      "<a b=\"1\" b=\"2\"/>",
      "<a b=\"<\"/>",
      "<a b='\"'>]]&gt;</a >",
      "<\xE4\xB8\xAD:\xE6\x96\x87 x.y-z=\"1\"><_a/></\xE4\xB8\xAD:\xE6\x96\x87>",
      "<a>\xE4\xB8\xAD\xE6\x96\x87</a>",
      // Properties repeated byte for byte are copied from the last of their name (see FastXmlParser).
      "<a><w:rPr><b v=\"&amp;\"> </b><c/>t</w:rPr><w:rPr><b v=\"&amp;\"> </b><c/>t</w:rPr><x><w:rPr><b "
      "v=\"&amp;\"> "
      "</b><c/>t</w:rPr></x><w:rPr><b v=\"&amp;\"> </b><c/>u</w:rPr><w:rPr><b v=\"&amp;\"> </b><c/>u</w:rPr>"
      "<w:pPr/><w:pPr/><w:pPr></w:pPr><w:pPr></w:pPr></a>",
      "  <a/>  ",
  };
  for (const std::string& input : inputs) {
    CHECK(accepted_and_same(input));
  }
}

TEST_CASE("the one-pass parse leaves to pugixml all that is not plain XML", "[package][xml_tree]")
{
  const std::vector<std::string> inputs = {
      "",
      "text",
      "<a><!-- a comment --></a>",
      "<a><![CDATA[x]]></a>",
      "<a><?pi x?></a>",
      "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
      "\xEF\xBB\xBF<a/>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
      "<?xml-stylesheet href=\"a\"?><a/>",
      " <?xml version=\"1.0\"?><a/>",
      "<a>&unknown;</a>",
      "<a>& </a>",
      "<a>&#0;</a>",
      "<a>&#X41;</a>",
      "<a>&#xD800;</a>",
      "<a>&#x110000;</a>",
      "<a b=\"&nbsp;\"/>",
      std::string("<a>\0</a>", 8),
      "<a></b>",
      "<a><b></a></b>",
      "<a>",
      "<a/><b/>",
      "<a/>text",
      "<a b=\"1\"c=\"2\"/>",
      "<a b/>",
      "<a b=1/>",
      "<a / >",
      "<1a/>",
      "<a></a b>",
  };
  for (const std::string& input : inputs) {
    INFO(input);
    CHECK_FALSE(accepted_and_same(input));
  }
}

TEST_CASE("mutated XML: whenever the one-pass parse accepts, pugixml builds the same tree",
          "[package][xml_tree]")
{
  const std::string seed =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"u\"><w:body><w:p w:rsidR=\"00A1\">"
      "<w:pPr><w:pStyle w:val=\"a\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr>"
      "<w:t xml:space=\"preserve\"> a&amp;b </w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr>"
      "<w:t>\xE4\xB8\xAD</w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>x</w:t></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>";
  const std::string alphabet = "<>/=\"'& \r\n\t;#xa:b!?-1\xE4";
  std::mt19937 random(20261125);
  std::size_t accepted = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string xml = seed;
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int edit = 0; edit < edits && !xml.empty(); ++edit) {
      const std::size_t at = random() % xml.size();
      const char c = alphabet[random() % alphabet.size()];
      switch (random() % 4) {
      case 0: xml.erase(at, 1); break;
      case 1: xml.insert(at, 1, c); break;
      case 2: xml[at] = c; break;
      default: xml.erase(at, 1 + random() % 8); break;
      }
    }
    accepted += accepted_and_same(xml, 40) ? 1 : 0;
  }
  // Enough mutations stay within the subset for the comparison to mean something.
  CHECK(accepted > 2000);
}

TEST_CASE("a part read into a tree: pugixml's errors and repairs, the same tree either way",
          "[package][xml_tree]")
{
  const std::string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const std::vector<std::string> inputs = {
      "<w:document xmlns:w=\"" + w +
          "\"><w:body><w:p><w:r><w:t>a&amp;b</w:t></w:r></w:p></w:body></w:document>",
      // A comment, invalid UTF-8 and other prefixes: pugixml's tree, repaired and canonicalised, copied.
      "<w:document xmlns:w=\"" + w + "\"><!-- c --><w:body><w:p><w:r><w:t>a\xFF" +
          "b</w:t></w:r></w:p></w:body>"
          "</w:document>",
      "<x:document xmlns:x=\"" + w + "\"><x:body><x:p><x:r><x:t>c</x:t></x:r></x:p></x:body></x:document>",
      "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body/></w:document>",
  };
  for (const std::string& input : inputs) {
    INFO(input);
    const auto tree = parse_tree_part(input, "word/document.xml", "a.docx");
    const auto pugi_part = parse_xml_part(input, "word/document.xml", "a.docx");
    CHECK(difference(pugi_part->xml, tree->tree.document()).empty());
    CHECK(tree->strict == pugi_part->strict);
  }
  CHECK(parse_tree_part(inputs[2], "p", "f")->tree.document().child("w:document").child("w:body"));
  CHECK(parse_tree_part(inputs[1], "p", "f")
            ->tree.document()
            .child("w:document")
            .child("w:body")
            .child("w:p")
            .child("w:r")
            .child("w:t")
            .text() == "a\xEF\xBF\xBD"
                       "b");

  const auto error = [](const std::string& xml, std::size_t max_elements) {
    try {
      parse_tree_part(xml, "word/document.xml", "a.docx", max_elements);
    } catch (const InputError& thrown) {
      return thrown.code();
    }
    FAIL("the part was accepted");
    throw;
  };
  CHECK(error("<a><b></a>", 100) == InputErrorCode::malformed_xml);
  CHECK(error("<!DOCTYPE a><a/>", 100) == InputErrorCode::malformed_xml);
  CHECK(error("<a><b/><b/><b/></a>", 3) == InputErrorCode::too_many_elements);
}

TEST_CASE("a null element answers empty", "[package][xml_tree]")
{
  const XmlElement none;
  CHECK_FALSE(none);
  CHECK(none.name().empty());
  CHECK_FALSE(none.child("w:p"));
  CHECK_FALSE(none.first_child());
  CHECK_FALSE(none.parent());
  CHECK(none.attribute("w:val").empty());
  CHECK_FALSE(none.find_attribute("w:val"));
  CHECK(none.text().empty());
  CHECK(none.raw().empty());
  const auto tree = XmlTree::parse("<a x=\"1\"><b/></a>");
  REQUIRE(tree);
  CHECK_FALSE(tree->document().find_attribute("x"));
  CHECK(tree->document().child("a").attribute("x") == "1");
  CHECK_FALSE(tree->document().child("a").child("c"));
  CHECK(tree->document().child("a").child("b").raw() == "<b/>");
}

TEST_CASE("every XML part of the samples and the real corpus: the same tree as pugixml's",
          "[corpus][xml_tree]")
{
  std::vector<std::filesystem::path> files;
  for (const auto& folder : {std::filesystem::path(QBCHECK_SOURCE_DIR) / "samples",
                             std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
      if (entry.path().extension() == ".docx") {
        files.push_back(entry.path());
      }
    }
  }
  REQUIRE(files.size() >= 40);
  std::size_t parts = 0;
  std::size_t fast = 0;
  for (const auto& file : files) {
    std::unique_ptr<PartSource> package;
    try {
      package = open_package(file);
    } catch (const InputError&) {
      continue; // the broken samples
    }
    for (const std::string& name : package->names()) {
      if (!name.ends_with(".xml") && !name.ends_with(".rels")) {
        continue;
      }
      INFO(file.filename().string() << " " << name);
      ++parts;
      fast += accepted_and_same(package->read(name), 300) ? 1 : 0;
    }
  }
  // Word and WPS write the subset: nearly every part is read in one pass.
  CHECK(fast * 10 >= parts * 9);
}

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/input_error.hpp"
#include "docx/memory_parts.hpp"
#include "docx/xml_part.hpp"
#include "support/docx_builder.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

constexpr const char* k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

InputError parse_error(const std::string& xml)
{
  try {
    parse_xml_part(xml, "word/document.xml", "a.docx");
  } catch (const InputError& error) {
    return error;
  }
  FAIL("the part was accepted");
  throw;
}

} // namespace

TEST_CASE("preserved spaces inside w:t are kept exactly", "[package]")
{
  const std::string xml =
      std::string("<w:document xmlns:w=\"") + k_w +
      "\">\n  <w:body>\n    <w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> a  b </w:t></w:r></w:p>\n  </w:body>\n</w:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  pugi::xml_node p = part->xml.child("w:document").child("w:body").child("w:p");
  CHECK(std::string(p.child("w:r").child("w:t").text().get()) == "  ");
  CHECK(std::string(p.last_child().child("w:t").text().get()) == " a  b ");
  // indentation between elements does not become text nodes
  CHECK(part->xml.child("w:document").first_child().type() == pugi::node_element);
  CHECK_FALSE(part->strict);
}

TEST_CASE("malformed XML names the part and the line", "[package]")
{
  const InputError error = parse_error("<w:document>\n<w:body>\n<w:p>\n</w:body>\n</w:document>");
  CHECK(error.code() == InputErrorCode::malformed_xml);
  CHECK(error.part() == "word/document.xml");
  CHECK(error.file() == "a.docx");
  CHECK(error.line() == 4);
  CHECK_FALSE(error.detail().empty());
}

TEST_CASE("an empty part is malformed", "[package]")
{
  CHECK(parse_error("").code() == InputErrorCode::malformed_xml);
  CHECK(parse_error("<?xml version=\"1.0\"?>").line() == 1);
}

TEST_CASE("a DOCTYPE is refused as malformed with its line", "[package]")
{
  const InputError error = parse_error("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n"
                                       "<w:document>&lol;</w:document>");
  CHECK(error.code() == InputErrorCode::malformed_xml);
  CHECK(error.line() == 2);
  CHECK(error.detail().find("DOCTYPE") != std::string::npos);
}

TEST_CASE("custom prefixes are renamed to the canonical ones", "[package]")
{
  const std::string xml =
      std::string("<ns0:document xmlns:ns0=\"") + k_w +
      "\" xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val=\"Heading1\"/></ns0:pPr>"
      "<ns0:hyperlink rel:id=\"rId4\"><ns0:r><ns0:t xml:space=\"preserve\"> x</ns0:t></ns0:r></ns0:hyperlink>"
      "</ns0:p></ns0:body></ns0:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  pugi::xml_node root = part->xml.document_element();
  CHECK(std::string(root.name()) == "w:document");
  CHECK(std::string(root.attribute("xmlns:w").value()) == k_w);
  pugi::xml_node p = root.child("w:body").child("w:p");
  CHECK(std::string(p.child("w:pPr").child("w:pStyle").attribute("w:val").value()) == "Heading1");
  CHECK(std::string(p.child("w:hyperlink").attribute("r:id").value()) == "rId4");
  CHECK(std::string(p.child("w:hyperlink").child("w:r").child("w:t").attribute("xml:space").value()) ==
        "preserve");
  CHECK(std::string(p.child("w:hyperlink").child("w:r").child("w:t").text().get()) == " x");
}

TEST_CASE("a default namespace becomes the canonical prefix", "[package]")
{
  const std::string xml =
      std::string("<document xmlns=\"") + k_w + "\"><body><p val=\"1\"/></body></document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  pugi::xml_node p = part->xml.child("w:document").child("w:body").child("w:p");
  REQUIRE(p);
  CHECK(std::string(p.attribute("val").value()) == "1"); // unprefixed attributes have no namespace
}

TEST_CASE("Strict namespaces are mapped to Transitional ones and flagged", "[package]")
{
  const std::string xml = "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\""
                          " xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
                          "<w:body><w:p><w:r><w:drawing><a:graphic "
                          "xmlns:a=\"http://purl.oclc.org/ooxml/drawingml/main\"/></w:drawing></w:r></w:p>"
                          "</w:body></w:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  CHECK(part->strict);
  pugi::xml_node root = part->xml.child("w:document");
  CHECK(std::string(root.attribute("xmlns:w").value()) == k_w);
  CHECK(root.child("w:body").child("w:p").child("w:r").child("w:drawing").child("a:graphic"));
}

TEST_CASE("nested declarations are scoped to their element", "[package]")
{
  const std::string xml = std::string("<x:document xmlns:x=\"") + k_w +
                          "\"><x:body><x:p xmlns:x=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                          "<x:graphic/></x:p><x:p/></x:body></x:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  pugi::xml_node body = part->xml.child("w:document").child("w:body");
  CHECK(body.child("a:p").child("a:graphic"));
  CHECK(body.child("w:p"));
}

TEST_CASE("an unknown namespace on a canonical prefix is moved out of the way", "[package]")
{
  const std::string xml = std::string("<w:document xmlns:w=\"urn:not-word\" xmlns:ns1=\"") + k_w +
                          "\"><ns1:body><w:p/></ns1:body></w:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  pugi::xml_node root = part->xml.document_element();
  CHECK(std::string(root.name()) == "xns_w:document");
  CHECK(root.child("w:body").child("xns_w:p"));
}

TEST_CASE("markup-compatibility prefix lists follow the renaming", "[package]")
{
  const std::string xml =
      std::string("<d:document xmlns:d=\"") + k_w +
      "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
      " xmlns:s=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      " xmlns:x14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"x14  s\">"
      "<mc:AlternateContent><mc:Choice Requires=\"s\"/><mc:Fallback/></mc:AlternateContent></d:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  pugi::xml_node root = part->xml.child("w:document");
  CHECK(std::string(root.attribute("mc:Ignorable").value()) == "w14 wps");
  CHECK(std::string(root.child("mc:AlternateContent").child("mc:Choice").attribute("Requires").value()) ==
        "wps");
}

TEST_CASE("canonicalising a very deep tree does not overflow the stack", "[package]")
{
  constexpr int k_depth = 200000;
  std::string xml = std::string("<x:document xmlns:x=\"") + k_w + "\">";
  for (int i = 0; i < k_depth; ++i) {
    xml += "<x:p>";
  }
  for (int i = 0; i < k_depth; ++i) {
    xml += "</x:p>";
  }
  xml += "</x:document>";
  auto part = parse_xml_part(xml, "word/document.xml", "a.docx");
  CHECK(part->xml.child("w:document").child("w:p").child("w:p"));
}

TEST_CASE("read_xml_part reads a part by name, in any case", "[package]")
{
  MemoryParts parts("memory.docx");
  parts.add("word/document.xml", std::string("<w:document xmlns:w=\"") + k_w + "\"/>");
  auto part = read_xml_part(parts, "Word/Document.xml");
  CHECK(part->name == "Word/Document.xml");
  CHECK(part->xml.child("w:document"));
}

TEST_CASE("the builder's Strict package parses to the same names as a Transitional one", "[package]")
{
  const std::string body = test::paragraph("正文 text", "<w:b/>", "<w:jc w:val=\"center\"/>");
  for (bool strict : {false, true}) {
    test::DocxBuilder builder;
    builder.body(body);
    if (strict) {
      builder.strict();
    }
    auto part = read_xml_part(builder.parts(), "word/document.xml");
    CHECK(part->strict == strict);
    pugi::xml_node p = part->xml.child("w:document").child("w:body").child("w:p");
    CHECK(std::string(p.child("w:pPr").child("w:jc").attribute("w:val").value()) == "center");
    CHECK(p.child("w:r").child("w:rPr").child("w:b"));
    CHECK(std::string(p.child("w:r").child("w:t").text().get()) == "正文 text");
  }
}

TEST_CASE("a part with more '<' than the element budget is refused before it is parsed", "[package]")
{
  // '<' in eight-byte ASCII blocks and between multi-byte and ill-formed sequences: both paths of the scan.
  const std::string xml = std::string("<?xml version=\"1.0\"?><w:document xmlns:w=\"") + k_w +
                          "\"><w:body><w:p><w:r><w:t>中<文\xE4\xB8</w:t></w:r></w:p><w:p/><w:p/></w:body>"
                          "</w:document>";
  const auto tags = static_cast<std::size_t>(std::count(xml.begin(), xml.end(), '<'));
  // "<文" is not well-formed XML, so a part under the budget fails as malformed, one over it before parsing.
  try {
    parse_xml_part(xml, "word/document.xml", "a.docx", tags);
    FAIL("the part was accepted");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::malformed_xml);
  }
  try {
    parse_xml_part(xml, "word/document.xml", "a.docx", tags - 1);
    FAIL("the part was accepted");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::too_many_elements);
    CHECK(error.part() == "word/document.xml");
    CHECK(error.detail() == std::to_string(tags) + " > " + std::to_string(tags - 1));
  }
  std::string valid = xml;
  valid.replace(valid.find("<文"), 4, "文");
  CHECK(parse_xml_part(valid, "word/document.xml", "a.docx", tags - 1)->xml.child("w:document"));
  CHECK_THROWS_AS(parse_xml_part(valid, "word/document.xml", "a.docx", tags - 2), InputError);
  CHECK(ReadLimits{}.max_xml_elements == 4000000);
}

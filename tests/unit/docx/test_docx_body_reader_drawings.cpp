// The body reader: drawings, text boxes and mc:AlternateContent (read once).
#include <catch2/catch.hpp>

#include "docx/load_document.hpp"
#include "support/docx_builder.hpp"

using namespace qb;

namespace {

model::Document load(const test::DocxBuilder& builder)
{
  const auto parts = builder.parts();
  return docx::load_document(parts);
}

// A text box as Word 2010+ writes it: a DrawingML shape in the Choice and the same text as VML in the
// Fallback.
std::string word_text_box(std::string_view requires_prefix, std::string_view choice_text,
                          std::string_view fallback_text)
{
  std::string xml = R"(<w:r><mc:AlternateContent><mc:Choice Requires=")";
  xml += requires_prefix;
  xml +=
      R"("><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1")"
      R"( behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>)"
      R"(<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Text Box 1" descr="box note"/>)"
      R"(<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">)"
      R"(<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>)";
  xml += choice_text;
  xml +=
      R"(</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>)"
      R"(</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute;width:10pt")"
      R"( alt="vml box"><v:textbox><w:txbxContent><w:p><w:r><w:t>)";
  xml += fallback_text;
  xml +=
      R"(</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>)";
  return xml;
}

std::string inline_graphic(std::string_view uri, std::string_view description)
{
  std::string xml =
      R"(<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="2" name="x" descr=")";
  xml += description;
  xml += R"("/><a:graphic><a:graphicData uri=")";
  xml += uri;
  xml += R"("/></a:graphic></wp:inline></w:drawing></w:r>)";
  return xml;
}

} // namespace

TEST_CASE("a text box written twice by mc:AlternateContent is read once, after its anchor", "[reader]")
{
  const auto document = load(test::DocxBuilder().body("<w:p><w:r><w:t>Anchor</w:t></w:r>" +
                                                      word_text_box("wps", "Inside", "Inside") + "</w:p>" +
                                                      test::paragraph("After")));
  REQUIRE(document.paragraphs.size() == 3);
  CHECK(document.paragraphs[0].text() == "Anchor");
  CHECK(document.paragraphs[1].text() == "Inside");
  CHECK(document.paragraphs[1].story == model::Story::textbox);
  CHECK(document.paragraphs[1].anchor == std::optional<std::size_t>(0));
  CHECK(document.paragraphs[2].text() == "After");
  CHECK(document.paragraphs[2].story == model::Story::main);
  // Only main-story paragraphs are body blocks.
  REQUIRE(document.body.size() == 2);
  CHECK(document.body[1].index == 2);
  REQUIRE(document.paragraphs[0].drawings.size() == 1);
  const auto& drawing = document.paragraphs[0].drawings[0];
  CHECK(drawing.kind == model::DrawingKind::textbox);
  CHECK(drawing.anchored);
  CHECK(drawing.description == "box note");
}

TEST_CASE("the VML fallback is read when the choice requires an unknown extension", "[reader]")
{
  const auto document =
      load(test::DocxBuilder().body("<w:p><w:r><w:t>Anchor</w:t></w:r>" +
                                    word_text_box("w99x", "from choice", "from fallback") + "</w:p>"));
  REQUIRE(document.paragraphs.size() == 2);
  CHECK(document.paragraphs[1].text() == "from fallback");
  CHECK(document.paragraphs[1].story == model::Story::textbox);
  REQUIRE(document.paragraphs[0].drawings.size() == 1);
  CHECK(document.paragraphs[0].drawings[0].kind == model::DrawingKind::textbox);
  CHECK(document.paragraphs[0].drawings[0].anchored);
  CHECK(document.paragraphs[0].drawings[0].description == "vml box");
}

TEST_CASE("an alternate content without a usable branch reads nothing", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w99x"><w:t>no</w:t></mc:Choice>)"
      R"(</mc:AlternateContent><w:t>yes</w:t></w:r></w:p>)"));
  CHECK(document.paragraphs.at(0).text() == "yes");
}

TEST_CASE("emoji written as w16se symbols are read from the fallback", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w16se:symEx xmlns:w16se="urn:x" w16se:font="Segoe UI Emoji" w16se:char="1F600"/>)"
      R"(</mc:Choice><mc:Fallback><w:t>😀</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>)"));
  CHECK(document.paragraphs.at(0).text() == "😀");
}

TEST_CASE("text boxes of several paragraphs keep their order and anchor", "[reader]")
{
  const std::string box =
      R"(<w:r><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>one</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>two</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></w:r>)";
  const auto document = load(test::DocxBuilder().body(test::paragraph("first") + "<w:p>" + box + "</w:p>"));
  REQUIRE(document.paragraphs.size() == 4);
  CHECK(document.paragraphs[2].text() == "one");
  CHECK(document.paragraphs[3].text() == "two");
  CHECK(document.paragraphs[3].anchor == std::optional<std::size_t>(1));
  CHECK_FALSE(document.paragraphs[1].drawings.at(0).anchored);
}

TEST_CASE("pictures, charts and shapes are told apart", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      "<w:p>" + inline_graphic("http://schemas.openxmlformats.org/drawingml/2006/picture", "a photo") +
      inline_graphic("http://schemas.openxmlformats.org/drawingml/2006/chart", "") +
      R"(<w:r><w:drawing><wp:inline><wp:docPr id="3" name="s"/><a:graphic><a:graphicData)"
      R"( uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:bodyPr/></wps:wsp>)"
      R"(</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>)"
      R"(<w:r><w:pict><v:shape><v:imagedata r:id="rId9" o:title=""/></v:shape></w:pict></w:r>)"
      R"(<w:r><w:pict><v:line from="0,0" to="10,10"/></w:pict></w:r></w:p>)"));
  const auto& drawings = document.paragraphs.at(0).drawings;
  REQUIRE(drawings.size() == 5);
  CHECK(drawings[0].kind == model::DrawingKind::picture);
  CHECK(drawings[0].description == "a photo");
  CHECK_FALSE(drawings[0].anchored);
  CHECK(drawings[1].kind == model::DrawingKind::chart);
  CHECK(drawings[2].kind == model::DrawingKind::shape);
  CHECK(drawings[3].kind == model::DrawingKind::picture);
  CHECK(drawings[4].kind == model::DrawingKind::shape);
  CHECK(document.paragraphs.at(0).text().empty());
}

TEST_CASE("a table inside a text box belongs to the text box story", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p>)"
      R"(</w:tc></w:tr></w:tbl></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 2);
  CHECK(document.paragraphs[1].story == model::Story::textbox);
  CHECK(document.paragraphs[1].text() == "cell");
  REQUIRE(document.paragraphs[1].cell.has_value());
  CHECK(document.paragraphs[1].cell->table == 0);
  REQUIRE(document.tables.size() == 1);
  CHECK(document.body.size() == 1); // the table is not a top-level block
}

// The body reader: sections and page setup, notes, numbering labels, styles reaching the runs, Strict
// documents.
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

const std::string k_chinese_list =
    R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>)"
    R"(<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>)"
    R"(<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)";

const std::string k_heading_style =
    R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr>)"
    R"(<w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/>)"
    R"(<w:b/><w:sz w:val="32"/></w:rPr></w:style>)";

} // namespace

TEST_CASE("a section break in a paragraph ends a section and the body's sectPr is the last", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800")"
      R"( w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:pPr>)"
      R"(<w:r><w:t>first</w:t></w:r></w:p>)" +
      test::paragraph("second") + test::paragraph("third") +
      R"(<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1000" w:right="900")"
      R"( w:bottom="1100" w:left="1200"/></w:sectPr>)"));
  REQUIRE(document.sections.size() == 2);
  const auto& first = document.sections[0];
  CHECK(first.page_width_twips == 11906);
  CHECK(first.page_height_twips == 16838);
  CHECK(first.orientation == model::Orientation::portrait);
  CHECK(first.margin_top == 1440);
  CHECK(first.margin_left == 1800);
  CHECK(first.last_paragraph == 0);
  const auto& last = document.sections[1];
  CHECK(last.orientation == model::Orientation::landscape);
  CHECK(last.page_width_twips == 16838);
  CHECK(last.margin_top == 1000);
  CHECK(last.margin_bottom == 1100);
  CHECK(last.margin_left == 1200);
  CHECK(last.margin_right == 900);
  CHECK(last.last_paragraph == 2);
  CHECK(document.paragraphs[0].section == 0);
  CHECK(document.paragraphs[1].section == 1);
  CHECK(document.paragraphs[2].section == 1);
}

TEST_CASE("a wide page without w:orient is recorded as portrait with its real size", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      test::paragraph("x") + R"(<w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr>)"));
  REQUIRE(document.sections.size() == 1);
  CHECK(document.sections[0].orientation == model::Orientation::portrait);
  CHECK(document.sections[0].page_width_twips > document.sections[0].page_height_twips);
}

TEST_CASE("page measures with units are converted to twips", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      test::paragraph("x") +
      R"(<w:sectPr><w:pgSz w:w="21cm" w:h="297mm"/><w:pgMar w:top="1in" w:bottom="72pt")"
      R"( w:left="bad" w:right="-0"/></w:sectPr>)"));
  REQUIRE(document.sections.size() == 1);
  const auto& section = document.sections[0];
  CHECK(section.page_width_twips == 11906);
  CHECK(section.page_height_twips == 16838);
  CHECK(section.margin_top == 1440);
  CHECK(section.margin_bottom == 1440);
  CHECK(section.margin_left == 0);
}

TEST_CASE("a body without section properties still has one section", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(test::paragraph("a") + test::paragraph("b")));
  REQUIRE(document.sections.size() == 1);
  CHECK(document.sections[0].page_width_twips == 0);
  CHECK(document.sections[0].last_paragraph == 1);

  const auto empty = load(test::DocxBuilder().body(""));
  CHECK(empty.paragraphs.empty());
  CHECK(empty.sections.size() == 1);
}

TEST_CASE("footnotes and endnotes follow the main story with their anchors", "[reader]")
{
  const auto document = load(
      test::DocxBuilder()
          .body(R"(<w:p><w:r><w:t>Claim</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>)" +
                test::paragraph("Middle") +
                R"(<w:p><w:r><w:t>End</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>)")
          .footnotes(
              R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
              R"(<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>)"
              R"(</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>)"
              R"(<w:r><w:t xml:space="preserve"> Source: survey.</w:t></w:r></w:p></w:footnote>)")
          .endnotes(
              R"(<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>)"
              R"(<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Endnote text</w:t></w:r></w:p>)"
              R"(</w:endnote>)"));
  REQUIRE(document.paragraphs.size() == 5);
  CHECK(document.paragraphs[0].text() == "Claim");
  const auto& footnote = document.paragraphs[3];
  CHECK(footnote.story == model::Story::footnote);
  CHECK(footnote.text() == " Source: survey.");
  CHECK(footnote.note_id == "1");
  CHECK(footnote.anchor == std::optional<std::size_t>(0));
  const auto& endnote = document.paragraphs[4];
  CHECK(endnote.story == model::Story::endnote);
  CHECK(endnote.text() == "Endnote text");
  CHECK(endnote.anchor == std::optional<std::size_t>(2));
  CHECK(document.body.size() == 3);
}

TEST_CASE("a heading numbered through its style carries the rendered label", "[reader]")
{
  const auto document = load(
      test::DocxBuilder()
          .styles(k_heading_style)
          .numbering(k_chinese_list)
          .body(test::paragraph("总体情况", {}, R"(<w:pStyle w:val="Heading1"/>)") + test::paragraph("正文") +
                test::paragraph("分项", {}, R"(<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>)") +
                test::paragraph("主要成效", {}, R"(<w:pStyle w:val="Heading1"/>)") +
                test::paragraph("不编号", {},
                                R"(<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>)")));
  REQUIRE(document.paragraphs.size() == 5);
  const auto& first = document.paragraphs[0].props;
  REQUIRE(first.numbering.has_value());
  CHECK(first.numbering->label == "一、");
  CHECK(first.numbering->format == "chineseCounting");
  CHECK(first.style_name == "heading 1");
  CHECK_FALSE(document.paragraphs[1].props.numbering.has_value());
  REQUIRE(document.paragraphs[2].props.numbering.has_value());
  CHECK(document.paragraphs[2].props.numbering->label == "（一）");
  CHECK(document.paragraphs[2].props.numbering->level == 1);
  REQUIRE(document.paragraphs[3].props.numbering.has_value());
  CHECK(document.paragraphs[3].props.numbering->label == "二、");
  CHECK_FALSE(document.paragraphs[4].props.numbering.has_value());
  // The label is not part of the paragraph's text.
  CHECK(document.paragraphs[0].text() == "总体情况");
}

TEST_CASE("style fonts, sizes and bold reach the runs with their origin", "[reader]")
{
  const auto document = load(
      test::DocxBuilder()
          .styles(R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman")"
                  R"( w:hAnsi="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr></w:rPrDefault>)"
                  R"(</w:docDefaults>)" +
                  k_heading_style)
          .body(test::paragraph("标题", {}, R"(<w:pStyle w:val="Heading1"/>)") +
                test::paragraph("正文", R"(<w:rFonts w:eastAsia="仿宋_GB2312"/>)")));
  REQUIRE(document.paragraphs.size() == 2);
  const auto& heading = document.paragraphs[0].runs.at(0).props;
  CHECK(heading.fonts.east_asia.value == "黑体");
  CHECK(heading.fonts.east_asia.origin == model::Origin::paragraph_style);
  CHECK(heading.fonts.ascii.value == "Times New Roman");
  CHECK(heading.fonts.ascii.origin == model::Origin::doc_defaults);
  CHECK(heading.size_pt.value == Approx(16.0));
  CHECK(heading.bold.value);
  const auto& body = document.paragraphs[1].runs.at(0).props;
  CHECK(body.fonts.east_asia.value == "仿宋_GB2312");
  CHECK(body.fonts.east_asia.origin == model::Origin::direct);
  CHECK(body.size_pt.value == Approx(12.0));
  CHECK(body.size_pt.origin == model::Origin::doc_defaults);
  CHECK_FALSE(body.bold.value);
}

TEST_CASE("a Strict Open XML document is read like a Transitional one", "[reader]")
{
  const auto document = load(test::DocxBuilder()
                                 .strict()
                                 .styles(k_heading_style)
                                 .numbering(k_chinese_list)
                                 .body(test::paragraph("严格格式", {}, R"(<w:pStyle w:val="Heading1"/>)") +
                                       R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>)"));
  CHECK(document.facts.strict_ooxml);
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "严格格式");
  REQUIRE(document.paragraphs[0].props.numbering.has_value());
  CHECK(document.paragraphs[0].props.numbering->label == "一、");
  CHECK(document.paragraphs[0].runs.at(0).props.fonts.east_asia.value == "黑体");
  CHECK(document.sections.at(0).page_width_twips == 11906);

  const auto transitional = load(test::DocxBuilder().body(test::paragraph("x")));
  CHECK_FALSE(transitional.facts.strict_ooxml);
}

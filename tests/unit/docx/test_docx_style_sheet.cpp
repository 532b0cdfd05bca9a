#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>

#include <pugixml.hpp>

#include "docx/open_package.hpp"
#include "docx/relationships.hpp"
#include "docx/style_sheet.hpp"
#include "docx/theme.hpp"
#include "docx/xml_part.hpp"

using qb::docx::StyleSheet;
using qb::model::Alignment;
using qb::model::FontHint;
using qb::model::LineRule;
using qb::model::Origin;

namespace {

constexpr const char* k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// A style sheet over `body` (the children of w:styles), with an optional theme part.
StyleSheet make_sheet(const std::string& body, std::shared_ptr<const qb::docx::Theme> theme = nullptr,
                      std::string_view theme_font_lang = {})
{
  pugi::xml_document doc;
  const std::string xml = std::string("<w:styles xmlns:w=\"") + k_w + "\">" + body + "</w:styles>";
  REQUIRE(doc.load_string(xml.c_str()));
  return StyleSheet(doc.document_element(), std::move(theme), theme_font_lang); // keeps no pointer into `doc`
}

// A direct-formatting element (w:rPr or w:pPr) parsed from `xml`, kept alive by `doc`.
pugi::xml_node fragment(pugi::xml_document& doc, const std::string& xml)
{
  const std::string wrapped = std::string("<root xmlns:w=\"") + k_w + "\">" + xml + "</root>";
  REQUIRE(doc.load_string(wrapped.c_str()));
  return doc.document_element().first_child();
}

std::shared_ptr<const qb::docx::Theme> make_theme()
{
  pugi::xml_document doc;
  REQUIRE(doc.load_string(R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>
<a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface="Arial"/>
<a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="等线"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>)"));
  return std::make_shared<const qb::docx::Theme>(doc.document_element());
}

const std::string k_normal = R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal">
<w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="24"/></w:rPr></w:style>)";

} // namespace

TEST_CASE("document defaults alone give the run and paragraph properties", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Arial"/>
<w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:jc w:val="both"/><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>)");
  const auto run = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(run.fonts.ascii.value == "Times New Roman");
  CHECK(run.fonts.ascii.origin == Origin::doc_defaults);
  CHECK(run.fonts.h_ansi.value == "Times New Roman");
  CHECK(run.fonts.east_asia.value == "宋体");
  CHECK(run.fonts.complex_script.value == "Arial");
  CHECK(run.size_pt.value == 10.5);
  CHECK(run.size_pt.origin == Origin::doc_defaults);
  CHECK(run.complex_size_pt.value == 10.0);
  CHECK(run.complex_size_pt.origin == Origin::default_value);
  CHECK(run.east_asian_lang == "zh-CN");
  CHECK_FALSE(run.bold.value);
  CHECK(run.bold.origin == Origin::default_value);

  const auto paragraph = sheet.resolve_paragraph(pugi::xml_node{}, "");
  CHECK(paragraph.style_id.empty());
  CHECK(paragraph.alignment.value == Alignment::both);
  CHECK(paragraph.alignment.origin == Origin::doc_defaults);
  REQUIRE(paragraph.line_spacing.line);
  CHECK(*paragraph.line_spacing.line == 360);
  CHECK(paragraph.line_spacing.rule == LineRule::auto_rule);
}

TEST_CASE("with nothing set the size is Word's 10 pt and fonts are empty", "[styles]")
{
  const StyleSheet sheet = make_sheet("");
  const auto run = sheet.resolve_run(pugi::xml_node{}, "Missing", "");
  CHECK(run.size_pt.value == 10.0);
  CHECK(run.size_pt.origin == Origin::default_value);
  CHECK(run.fonts.east_asia.value.empty());
  CHECK(run.fonts.hint == FontHint::none);
  const auto paragraph = sheet.resolve_paragraph(pugi::xml_node{}, "");
  CHECK(paragraph.alignment.value == Alignment::start);
  CHECK_FALSE(paragraph.line_spacing.line);
  CHECK_FALSE(paragraph.outline_level);
  CHECK(paragraph.indent_first_line_twips == 0);
}

TEST_CASE("a paragraph style inherits its basedOn chain", "[styles]")
{
  const StyleSheet sheet = make_sheet(k_normal + R"(
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="sub heading"/><w:basedOn w:val="1"/>
<w:rPr><w:rFonts w:ascii="Arial"/></w:rPr></w:style>)");
  pugi::xml_document doc;
  const auto paragraph =
      sheet.resolve_paragraph(fragment(doc, R"(<w:pPr><w:pStyle w:val="Sub"/></w:pPr>)"), "");
  CHECK(paragraph.style_id == "Sub");
  CHECK(paragraph.style_name == "sub heading");
  CHECK(paragraph.alignment.value == Alignment::center);
  CHECK(paragraph.alignment.origin == Origin::paragraph_style);
  REQUIRE(paragraph.outline_level);
  CHECK(*paragraph.outline_level == 0);

  const auto run = sheet.resolve_run(pugi::xml_node{}, "Sub", "");
  CHECK(run.size_pt.value == 16.0);
  CHECK(run.size_pt.origin == Origin::paragraph_style);
  CHECK(run.fonts.east_asia.value == "仿宋");
  CHECK(run.fonts.ascii.value == "Arial");
  CHECK(run.bold.value);
  CHECK(sheet.style_name("1") == "heading 1");
  CHECK(sheet.style_name("nope").empty());
}

TEST_CASE("a paragraph without pStyle uses the default paragraph style", "[styles]")
{
  const StyleSheet sheet = make_sheet(k_normal);
  CHECK(sheet.default_paragraph_style() == "Normal");
  const auto paragraph = sheet.resolve_paragraph(pugi::xml_node{}, "");
  CHECK(paragraph.style_id == "Normal");
  CHECK(paragraph.style_name == "Normal");
  pugi::xml_document doc;
  const auto unknown =
      sheet.resolve_paragraph(fragment(doc, R"(<w:pPr><w:pStyle w:val="Gone"/></w:pPr>)"), "");
  CHECK(unknown.style_id == "Normal");
  const auto run = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(run.size_pt.value == 12.0);
  CHECK(run.fonts.east_asia.value == "仿宋");
  CHECK(run.fonts.east_asia.origin == Origin::paragraph_style);
}

TEST_CASE("without w:default the style named Normal is the default", "[styles]")
{
  const StyleSheet sheet =
      make_sheet(R"(<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>)");
  CHECK(sheet.default_paragraph_style() == "a");
}

TEST_CASE("a basedOn cycle is cut and both styles still resolve", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(
<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/>
<w:rPr><w:sz w:val="20"/><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Self"><w:basedOn w:val="Self"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>)");
  const auto a = sheet.resolve_run(pugi::xml_node{}, "A", "");
  CHECK(a.size_pt.value == 15.0);
  CHECK(a.fonts.east_asia.value == "黑体");
  const auto b = sheet.resolve_run(pugi::xml_node{}, "B", "");
  CHECK(b.size_pt.value == 10.0);
  CHECK(sheet.resolve_run(pugi::xml_node{}, "Self", "").size_pt.value == 11.0);
}

TEST_CASE("a 10,000-deep basedOn chain resolves, cut at 64 styles", "[styles]")
{
  // S0 is the root; S<i> is based on S<i-1>. The root names a font, S9940 a size: from S9999 the chain is
  // cut after 64 styles (S9999..S9936), so the size is seen and the root's font is not.
  std::string body;
  for (int i = 0; i < 10000; ++i) {
    body += "<w:style w:type=\"paragraph\" w:styleId=\"S" + std::to_string(i) + "\">";
    if (i > 0) {
      body += "<w:basedOn w:val=\"S" + std::to_string(i - 1) + "\"/>";
    }
    if (i == 0) {
      body += "<w:rPr><w:rFonts w:eastAsia=\"RootFont\"/></w:rPr>";
    } else if (i == 9940) {
      body += "<w:rPr><w:sz w:val=\"44\"/></w:rPr>";
    }
    body += "</w:style>";
  }
  const StyleSheet sheet = make_sheet(body);
  for (int i = 0; i < 1000; ++i) { // resolution is per run: it must not walk the chain again
    const auto leaf = sheet.resolve_run(pugi::xml_node{}, "S9999", "");
    REQUIRE(leaf.size_pt.value == 22.0);
    REQUIRE(leaf.fonts.east_asia.value.empty());
  }
  CHECK(sheet.resolve_run(pugi::xml_node{}, "S63", "").fonts.east_asia.value == "RootFont");
  CHECK(sheet.resolve_run(pugi::xml_node{}, "S64", "").fonts.east_asia.value.empty());
}

TEST_CASE("character style beats paragraph style and direct formatting beats both", "[styles]")
{
  const StyleSheet sheet = make_sheet(k_normal + R"(
<w:style w:type="character" w:default="1" w:styleId="DefaultFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="Base"><w:rPr><w:rFonts w:ascii="Courier"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:basedOn w:val="Base"/>
<w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/></w:rPr></w:style>)");
  pugi::xml_document doc;
  const auto styled =
      sheet.resolve_run(fragment(doc, R"(<w:rPr><w:rStyle w:val="Strong"/></w:rPr>)"), "Normal", "");
  CHECK(styled.character_style_id == "Strong");
  CHECK(styled.fonts.east_asia.value == "黑体");
  CHECK(styled.fonts.east_asia.origin == Origin::character_style);
  CHECK(styled.fonts.ascii.value == "Courier");
  CHECK(styled.size_pt.value == 14.0);

  pugi::xml_document doc2;
  const auto direct = sheet.resolve_run(
      fragment(doc2,
               R"(<w:rPr><w:rStyle w:val="Strong"/><w:rFonts w:eastAsia="楷体"/><w:sz w:val="18"/></w:rPr>)"),
      "Normal", "");
  CHECK(direct.fonts.east_asia.value == "楷体");
  CHECK(direct.fonts.east_asia.origin == Origin::direct);
  CHECK(direct.size_pt.value == 9.0);
  CHECK(direct.size_pt.origin == Origin::direct);
  CHECK(direct.fonts.ascii.origin == Origin::character_style);

  pugi::xml_document doc3;
  const auto unknown =
      sheet.resolve_run(fragment(doc3, R"(<w:rPr><w:rStyle w:val="Nope"/></w:rPr>)"), "Normal", "");
  CHECK(unknown.character_style_id.empty());
  CHECK(unknown.fonts.east_asia.value == "仿宋");
}

TEST_CASE("toggle properties XOR between style chains and direct formatting is absolute", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(
<w:style w:type="paragraph" w:styleId="BoldPara"><w:rPr><w:b/><w:i w:val="1"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Derived"><w:basedOn w:val="BoldPara"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="BoldChar"><w:rPr><w:b w:val="true"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="NotBoldChar"><w:rPr><w:b w:val="off"/></w:rPr></w:style>)");
  pugi::xml_document bold_char;
  const pugi::xml_node bold_char_rpr = fragment(bold_char, R"(<w:rPr><w:rStyle w:val="BoldChar"/></w:rPr>)");

  const auto para_only = sheet.resolve_run(pugi::xml_node{}, "BoldPara", "");
  CHECK(para_only.bold.value);
  CHECK(para_only.bold.origin == Origin::paragraph_style);
  CHECK(para_only.italic.value);

  const auto both = sheet.resolve_run(bold_char_rpr, "BoldPara", "");
  CHECK_FALSE(both.bold.value);
  CHECK(both.bold.origin == Origin::character_style);
  CHECK(both.italic.value);

  CHECK(sheet.resolve_run(bold_char_rpr, "", "").bold.value);
  // Inside one chain the nearer style wins: Derived switches bold off, so the character style's bold shows.
  CHECK_FALSE(sheet.resolve_run(pugi::xml_node{}, "Derived", "").bold.value);
  CHECK(sheet.resolve_run(bold_char_rpr, "Derived", "").bold.value);

  pugi::xml_document not_bold;
  const auto off = sheet.resolve_run(fragment(not_bold, R"(<w:rPr><w:rStyle w:val="NotBoldChar"/></w:rPr>)"),
                                     "BoldPara", "");
  CHECK(off.bold.value); // false in a style does not toggle

  pugi::xml_document direct_off;
  const auto direct = sheet.resolve_run(
      fragment(direct_off,
               R"(<w:rPr><w:rStyle w:val="BoldChar"/><w:b w:val="0"/><w:i w:val="false"/></w:rPr>)"),
      "Derived", "");
  CHECK_FALSE(direct.bold.value);
  CHECK(direct.bold.origin == Origin::direct);
  CHECK_FALSE(direct.italic.value);

  pugi::xml_document direct_on;
  const auto on = sheet.resolve_run(
      fragment(direct_on, R"(<w:rPr><w:rStyle w:val="BoldChar"/><w:b/></w:rPr>)"), "BoldPara", "");
  CHECK(on.bold.value);
  CHECK(on.bold.origin == Origin::direct);
}

TEST_CASE("document default toggles are a starting value, not toggled", "[styles]")
{
  const StyleSheet sheet =
      make_sheet(R"(<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault>
</w:docDefaults><w:style w:type="paragraph" w:styleId="P"><w:rPr><w:vanish w:val="on"/></w:rPr></w:style>)");
  const auto plain = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(plain.hidden.value);
  CHECK(plain.hidden.origin == Origin::doc_defaults);
  const auto styled = sheet.resolve_run(pugi::xml_node{}, "P", "");
  CHECK(styled.hidden.value);
  CHECK(styled.hidden.origin == Origin::paragraph_style);
}

TEST_CASE("a table style applies in cells and the paragraph style overrides it", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Big"><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
<w:style w:type="table" w:styleId="Grid"><w:basedOn w:val="TableNormal"/>
<w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:sz w:val="18"/><w:rFonts w:eastAsia="楷体"/></w:rPr></w:style>)");
  CHECK(sheet.default_table_style() == "TableNormal");
  const auto cell_run = sheet.resolve_run(pugi::xml_node{}, "Normal", "Grid");
  CHECK(cell_run.size_pt.value == 9.0);
  CHECK(cell_run.size_pt.origin == Origin::table_style);
  CHECK(cell_run.fonts.east_asia.value == "楷体");
  const auto cell_paragraph = sheet.resolve_paragraph(pugi::xml_node{}, "Grid");
  CHECK(cell_paragraph.alignment.value == Alignment::center);
  CHECK(cell_paragraph.alignment.origin == Origin::table_style);

  const auto big_run = sheet.resolve_run(pugi::xml_node{}, "Big", "Grid");
  CHECK(big_run.size_pt.value == 14.0);
  CHECK(big_run.size_pt.origin == Origin::paragraph_style);
  CHECK(big_run.fonts.east_asia.value == "楷体");
  pugi::xml_document doc;
  const auto big_paragraph =
      sheet.resolve_paragraph(fragment(doc, R"(<w:pPr><w:pStyle w:val="Big"/></w:pPr>)"), "Grid");
  CHECK(big_paragraph.alignment.value == Alignment::end);

  const auto outside = sheet.resolve_run(pugi::xml_node{}, "Normal", "");
  CHECK(outside.size_pt.value == 10.0);
  CHECK(sheet.resolve_run(pugi::xml_node{}, "Normal", "Big").size_pt.value == 10.0); // not a table style
}

TEST_CASE("theme East Asian fonts follow the run's East Asian language", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>
<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Japanese"><w:rPr><w:lang w:eastAsia="ja-JP"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia"/></w:rPr></w:style>)",
                                      make_theme());
  const auto chinese = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(chinese.fonts.east_asia.value == "等线");
  CHECK(chinese.fonts.east_asia.origin == Origin::doc_defaults);
  CHECK(chinese.fonts.ascii.value == "Calibri");
  CHECK(chinese.fonts.h_ansi.value == "Calibri");
  CHECK(chinese.fonts.complex_script.value == "Arial");
  CHECK(sheet.resolve_run(pugi::xml_node{}, "Japanese", "").fonts.east_asia.value == "游明朝");
  CHECK(sheet.resolve_run(pugi::xml_node{}, "Title", "").fonts.east_asia.value == "等线 Light");
  pugi::xml_document doc;
  const auto direct_lang =
      sheet.resolve_run(fragment(doc, R"(<w:rPr><w:lang w:eastAsia="ja"/></w:rPr>)"), "", "");
  CHECK(direct_lang.east_asian_lang == "ja");
  CHECK(direct_lang.fonts.east_asia.value == "游明朝");
}

TEST_CASE("the document's theme font language picks the East Asian theme font over the run's", "[styles]")
{
  const std::string body = R"(<w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:eastAsiaTheme="minorEastAsia" w:asciiTheme="minorHAnsi"/><w:lang w:eastAsia="en-US"/></w:rPr>
</w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Zh"><w:rPr><w:lang w:eastAsia="zh-CN"/>
</w:rPr></w:style>)";
  const StyleSheet japanese = make_sheet(body, make_theme(), "ja-JP");
  CHECK(japanese.resolve_run(pugi::xml_node{}, "", "").fonts.east_asia.value == "游明朝");
  CHECK(japanese.resolve_run(pugi::xml_node{}, "Zh", "").fonts.east_asia.value == "游明朝");
  CHECK(japanese.resolve_run(pugi::xml_node{}, "Zh", "").fonts.ascii.value == "Calibri");
  const StyleSheet chinese = make_sheet(body, make_theme(), "zh-CN");
  CHECK(chinese.resolve_run(pugi::xml_node{}, "", "").fonts.east_asia.value == "等线");
  // Unknown settings: the run's language decides (en-US has no theme script: the empty a:ea).
  const StyleSheet unknown = make_sheet(body, make_theme());
  CHECK(unknown.resolve_run(pugi::xml_node{}, "", "").fonts.east_asia.value.empty());
  CHECK(unknown.resolve_run(pugi::xml_node{}, "Zh", "").fonts.east_asia.value == "等线");
}

TEST_CASE("without an East Asian language the theme's a:ea is used, here empty", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:eastAsiaTheme="minorEastAsia" w:eastAsia="宋体"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="T"><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:style>)",
                                      make_theme());
  // The theme has a Hans entry, but no language is set anywhere: Word takes a:ea, which is empty, so the
  // system default applies; the file's own plain name at the same level is what remains to report.
  const auto run = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(run.east_asian_lang.empty());
  CHECK(run.fonts.east_asia.value == "宋体");
  // Only the theme attribute: not the Hans entry (等线) but the empty a:ea, so no name at all.
  const auto theme_only = sheet.resolve_run(pugi::xml_node{}, "T", "");
  CHECK(theme_only.fonts.east_asia.value.empty());
  CHECK(theme_only.fonts.east_asia.origin == Origin::paragraph_style);
}

TEST_CASE("eastAsiaTheme beats eastAsia at the same level only", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:docDefaults><w:rPrDefault><w:rPr>
<w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Both"><w:rPr><w:rFonts w:eastAsia="宋体" w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:style>)",
                                      make_theme());
  const auto same_level = sheet.resolve_run(pugi::xml_node{}, "Both", "");
  CHECK(same_level.fonts.east_asia.value == "等线");
  CHECK(same_level.fonts.east_asia.origin == Origin::paragraph_style);
  pugi::xml_document doc;
  const auto above =
      sheet.resolve_run(fragment(doc, R"(<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>)"), "Both", "");
  CHECK(above.fonts.east_asia.value == "黑体");
  CHECK(above.fonts.east_asia.origin == Origin::direct);
  // Without a theme part the plain name at that level is used.
  const StyleSheet no_theme = make_sheet(R"(<w:style w:type="paragraph" w:styleId="Both">
<w:rPr><w:rFonts w:eastAsia="宋体" w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:style>)");
  CHECK(no_theme.resolve_run(pugi::xml_node{}, "Both", "").fonts.east_asia.value == "宋体");
}

TEST_CASE("font slots resolve independently through the chain", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="P"><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>)");
  const auto run = sheet.resolve_run(pugi::xml_node{}, "P", "");
  CHECK(run.fonts.ascii.value == "Times New Roman");
  CHECK(run.fonts.ascii.origin == Origin::doc_defaults);
  CHECK(run.fonts.east_asia.value == "黑体");
  CHECK(run.fonts.east_asia.origin == Origin::paragraph_style);
  CHECK(run.fonts.h_ansi.value.empty());
}

TEST_CASE("w:hint is read through the chain", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:style w:type="paragraph" w:styleId="P">
<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:style>)");
  CHECK(sheet.resolve_run(pugi::xml_node{}, "P", "").fonts.hint == FontHint::east_asia);
  pugi::xml_document cs;
  CHECK(sheet.resolve_run(fragment(cs, R"(<w:rPr><w:rFonts w:hint="cs"/></w:rPr>)"), "P", "").fonts.hint ==
        FontHint::complex_script);
  pugi::xml_document def;
  CHECK(sheet.resolve_run(fragment(def, R"(<w:rPr><w:rFonts w:hint="default"/></w:rPr>)"), "P", "")
            .fonts.hint == FontHint::default_slot);
}

TEST_CASE("complex script size is resolved apart from the size", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:style w:type="paragraph" w:styleId="P">
<w:rPr><w:sz w:val="32"/><w:szCs w:val="21"/></w:rPr></w:style>)");
  const auto run = sheet.resolve_run(pugi::xml_node{}, "P", "");
  CHECK(run.size_pt.value == 16.0);
  CHECK(run.complex_size_pt.value == 10.5);
  CHECK(run.complex_size_pt.origin == Origin::paragraph_style);
}

TEST_CASE("line spacing value and rule are inherited separately", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(<w:docDefaults><w:pPrDefault><w:pPr>
<w:spacing w:line="240" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:spacing w:line="560"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Least"><w:pPr><w:spacing w:lineRule="atLeast"/></w:pPr></w:style>)");
  const auto paragraph = sheet.resolve_paragraph(pugi::xml_node{}, "");
  REQUIRE(paragraph.line_spacing.line);
  CHECK(*paragraph.line_spacing.line == 560);
  CHECK(paragraph.line_spacing.rule == LineRule::exact);
  CHECK(paragraph.line_spacing.origin == Origin::paragraph_style);

  pugi::xml_document doc;
  const auto least =
      sheet.resolve_paragraph(fragment(doc, R"(<w:pPr><w:pStyle w:val="Least"/></w:pPr>)"), "");
  CHECK(*least.line_spacing.line == 240);
  CHECK(least.line_spacing.rule == LineRule::at_least);
  CHECK(least.line_spacing.origin == Origin::doc_defaults);

  pugi::xml_document direct;
  const auto auto_rule = sheet.resolve_paragraph(
      fragment(direct, R"(<w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr>)"), "");
  CHECK(*auto_rule.line_spacing.line == 360);
  CHECK(auto_rule.line_spacing.rule == LineRule::auto_rule);
  CHECK(auto_rule.line_spacing.origin == Origin::direct);
}

TEST_CASE("first line indents in characters use the paragraph's font size", "[styles]")
{
  const StyleSheet sheet = make_sheet(k_normal + R"(
<w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/>
<w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:rPr><w:sz w:val="21"/></w:rPr>
<w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:style>)");
  pugi::xml_document body;
  CHECK(sheet.resolve_paragraph(fragment(body, R"(<w:pPr><w:pStyle w:val="Body"/></w:pPr>)"), "")
            .indent_first_line_twips == 480); // 2 characters of 12 pt
  pugi::xml_document small;
  CHECK(sheet.resolve_paragraph(fragment(small, R"(<w:pPr><w:pStyle w:val="Small"/></w:pPr>)"), "")
            .indent_first_line_twips == 420); // 2 characters of 10.5 pt
  pugi::xml_document zero_chars;
  CHECK(sheet
            .resolve_paragraph(
                fragment(zero_chars, R"(<w:pPr><w:ind w:firstLineChars="0" w:firstLine="300"/></w:pPr>)"), "")
            .indent_first_line_twips == 300);
  pugi::xml_document hanging;
  const auto hung = sheet.resolve_paragraph(
      fragment(hanging, R"(<w:pPr><w:pStyle w:val="Body"/><w:ind w:left="720" w:hanging="360"/></w:pPr>)"),
      "");
  CHECK(hung.indent_first_line_twips == -360);
  CHECK(hung.indent_start_twips == 720);
  pugi::xml_document start;
  CHECK(sheet.resolve_paragraph(fragment(start, R"(<w:pPr><w:ind w:start="240" w:left="100"/></w:pPr>)"), "")
            .indent_start_twips == 240);
  pugi::xml_document hanging_chars;
  CHECK(sheet
            .resolve_paragraph(
                fragment(hanging_chars, R"(<w:pPr><w:ind w:hangingChars="100" w:hanging="5"/></w:pPr>)"), "")
            .indent_first_line_twips == -240);
}

TEST_CASE("w:jc values map to alignments", "[styles]")
{
  const StyleSheet sheet = make_sheet("");
  const auto align = [&](const std::string& value) {
    pugi::xml_document doc;
    return sheet.resolve_paragraph(fragment(doc, "<w:pPr><w:jc w:val=\"" + value + "\"/></w:pPr>"), "")
        .alignment.value;
  };
  CHECK(align("left") == Alignment::start);
  CHECK(align("start") == Alignment::start);
  CHECK(align("center") == Alignment::center);
  CHECK(align("right") == Alignment::end);
  CHECK(align("end") == Alignment::end);
  CHECK(align("both") == Alignment::both);
  CHECK(align("distribute") == Alignment::distribute);
  CHECK(align("thaiDistribute") == Alignment::other);
}

TEST_CASE("outline level 9 means body text and cancels an inherited level", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(
<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Plain"><w:basedOn w:val="H2"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>)");
  pugi::xml_document h2;
  const auto heading = sheet.resolve_paragraph(fragment(h2, R"(<w:pPr><w:pStyle w:val="H2"/></w:pPr>)"), "");
  REQUIRE(heading.outline_level);
  CHECK(*heading.outline_level == 1);
  pugi::xml_document plain;
  CHECK_FALSE(sheet.resolve_paragraph(fragment(plain, R"(<w:pPr><w:pStyle w:val="Plain"/></w:pPr>)"), "")
                  .outline_level);
}

TEST_CASE("style numbering comes from the style's basedOn chain", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(
<w:style w:type="paragraph" w:styleId="1"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Derived"><w:basedOn w:val="1"/></w:style>
<w:style w:type="paragraph" w:styleId="Off"><w:basedOn w:val="1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="NoLevel"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>)");
  CHECK(sheet.style_numbering("1") == std::pair<int, int>{3, 1});
  CHECK(sheet.style_numbering("Derived") == std::pair<int, int>{3, 1});
  CHECK(sheet.style_numbering("Off") == std::pair<int, int>{0, 0});
  CHECK(sheet.style_numbering("NoLevel") == std::pair<int, int>{4, 0});
  CHECK(sheet.style_numbering("Unknown") == std::pair<int, int>{0, 0});
}

TEST_CASE("a style sheet can be moved", "[styles]")
{
  StyleSheet sheet = make_sheet(k_normal);
  StyleSheet moved = std::move(sheet);
  CHECK(moved.resolve_run(pugi::xml_node{}, "", "").fonts.east_asia.value == "仿宋");
}

TEST_CASE("hostile style sheets resolve without harm", "[styles]")
{
  const StyleSheet sheet = make_sheet(R"(
<w:style w:type="paragraph"><w:rPr><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="X"><w:rPr><w:sz w:val="abc"/></w:rPr>
<w:pPr><w:ind w:firstLineChars="999999999999"/><w:outlineLvl w:val="-4"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="X"><w:rPr><w:sz w:val="60"/></w:rPr></w:style>)");
  CHECK(sheet.resolve_run(pugi::xml_node{}, "", "").size_pt.value == 10.0); // the id-less style is unusable
  CHECK(sheet.style_numbering("") == std::pair<int, int>{0, 0});
  CHECK(sheet.resolve_run(pugi::xml_node{}, "X", "").size_pt.value == 10.0); // first definition kept
  pugi::xml_document doc;
  const auto paragraph =
      sheet.resolve_paragraph(fragment(doc, R"(<w:pPr><w:pStyle w:val="X"/></w:pPr>)"), "");
  CHECK(paragraph.indent_first_line_twips == 0); // beyond any sane value: not read
  CHECK_FALSE(paragraph.outline_level);
}

namespace {

// styles.xml, theme1.xml and settings.xml of a real corpus file (by its number prefix), found through the
// main document's relationships.
struct CorpusStyles
{
  std::unique_ptr<qb::docx::XmlPart> styles, theme, settings;
  std::unique_ptr<StyleSheet> sheet;
};

CorpusStyles load_corpus_styles(const std::string& prefix)
{
  const std::filesystem::path dir = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";
  std::filesystem::path file;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      file = entry.path();
    }
  }
  REQUIRE_FALSE(file.empty());
  const auto parts = qb::docx::open_package(file);
  const auto relationships = qb::docx::read_relationships(*parts, qb::docx::find_main_document(*parts));
  const auto read = [&](std::string_view type) -> std::unique_ptr<qb::docx::XmlPart> {
    const auto target = qb::docx::find_target(relationships, type);
    return target ? qb::docx::read_xml_part(*parts, *target) : nullptr;
  };
  CorpusStyles result{read("/styles"), read("/theme"), read("/settings"), nullptr};
  REQUIRE(result.styles);
  REQUIRE(result.theme);
  REQUIRE(result.settings);
  auto theme = std::make_shared<const qb::docx::Theme>(result.theme->xml.child("a:theme"));
  const std::string lang = qb::docx::theme_font_language(result.settings->xml.child("w:settings"));
  result.sheet = std::make_unique<StyleSheet>(result.styles->xml.child("w:styles"), theme, lang);
  return result;
}

qb::model::ParagraphProperties paragraph_in(const StyleSheet& sheet, const std::string& style_id)
{
  pugi::xml_document doc;
  return sheet.resolve_paragraph(fragment(doc, "<w:pPr><w:pStyle w:val=\"" + style_id + "\"/></w:pPr>"), "");
}

} // namespace

TEST_CASE("Word corpus file 12 resolves its named styles as its styles.xml says", "[styles][corpus]")
{
  const CorpusStyles corpus = load_corpus_styles("12-");
  const StyleSheet& sheet = *corpus.sheet;
  CHECK(sheet.default_paragraph_style() == "a");
  CHECK(sheet.default_table_style() == "a1");
  const auto normal = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(normal.size_pt.value == 10.5); // Normal: w:sz 21
  CHECK(normal.size_pt.origin == Origin::paragraph_style);
  CHECK(normal.fonts.east_asia.value == "宋体"); // docDefaults
  CHECK(normal.fonts.east_asia.origin == Origin::doc_defaults);
  CHECK(normal.fonts.ascii.value == "Times New Roman");
  CHECK(normal.east_asian_lang == "zh-CN");
  CHECK(paragraph_in(sheet, "a").alignment.value == Alignment::both);

  // 正文格式: 14 pt, exactly 20 pt lines, first line 2 characters of 14 pt.
  const auto body = paragraph_in(sheet, "af3");
  CHECK(body.style_name == "正文格式");
  CHECK(*body.line_spacing.line == 400);
  CHECK(body.line_spacing.rule == LineRule::exact);
  CHECK(body.indent_first_line_twips == 560);
  CHECK(sheet.resolve_run(pugi::xml_node{}, "af3", "").size_pt.value == 14.0);

  // Body Text Indent: firstLineChars 192 of 14 pt is the 538 twips Word also wrote in w:firstLine.
  CHECK(paragraph_in(sheet, "a5").indent_first_line_twips == 538);
  CHECK(sheet.resolve_run(pugi::xml_node{}, "a5", "").fonts.ascii.value == "宋体");
  // Date: leftChars 2500 of 10.5 pt.
  CHECK(paragraph_in(sheet, "a7").indent_start_twips == 5250);
  // annotation subject (bold) is based on annotation text (left-aligned), itself on Normal.
  CHECK(sheet.resolve_run(pugi::xml_node{}, "ac", "").bold.value);
  CHECK(paragraph_in(sheet, "ac").alignment.value == Alignment::start);
  // Strong (character style) over a bold paragraph style toggles bold off.
  pugi::xml_document strong;
  CHECK_FALSE(
      sheet.resolve_run(fragment(strong, R"(<w:rPr><w:rStyle w:val="af"/></w:rPr>)"), "ac", "").bold.value);
}

TEST_CASE("WPS corpus file 13 resolves theme fonts by its Japanese theme font language", "[styles][corpus]")
{
  const CorpusStyles corpus = load_corpus_styles("13-");
  const StyleSheet& sheet = *corpus.sheet;
  CHECK(sheet.default_paragraph_style() == "1");
  const auto normal = sheet.resolve_run(pugi::xml_node{}, "1", "");
  CHECK(normal.size_pt.value == 12.0);
  CHECK(normal.fonts.east_asia.value == "宋体"); // plain w:eastAsia in Normal beats docDefaults' theme
  CHECK(normal.fonts.east_asia.origin == Origin::paragraph_style);
  CHECK(normal.fonts.ascii.value == "Cambria"); // minorAscii -> minor a:latin
  CHECK(normal.east_asian_lang == "en-US");
  const auto heading = sheet.resolve_run(pugi::xml_node{}, "3", "");
  CHECK(sheet.style_name("3") == "heading 1");
  CHECK(heading.size_pt.value == 14.0);
  CHECK(heading.bold.value);
  CHECK(heading.fonts.ascii.value == "Calibri");           // majorHAnsi
  CHECK(heading.fonts.east_asia.value == "ＭＳ ゴシック"); // majorEastAsia, script Jpan (settings: ja-JP)
  CHECK(*paragraph_in(sheet, "3").outline_level == 0);
  const auto normal_paragraph = paragraph_in(sheet, "1");
  CHECK(*normal_paragraph.line_spacing.line == 276);
  CHECK(normal_paragraph.line_spacing.rule == LineRule::auto_rule);
  CHECK(sheet.resolve_run(pugi::xml_node{}, "31", "").size_pt.value == 26.0); // Title
}

TEST_CASE("WPS corpus file 15 resolves minorEastAsia to the theme's Hans font", "[styles][corpus]")
{
  const CorpusStyles corpus = load_corpus_styles("15-");
  const StyleSheet& sheet = *corpus.sheet;
  const auto normal = sheet.resolve_run(pugi::xml_node{}, "", "");
  CHECK(normal.fonts.east_asia.value == "宋体"); // minor a:font script="Hans"
  CHECK(normal.fonts.ascii.value == "Calibri");
  CHECK(normal.size_pt.value == 10.5);
  CHECK(paragraph_in(sheet, "").alignment.value == Alignment::both);
}

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "docx/theme.hpp"

namespace {

constexpr const char* k_theme = R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:themeElements><a:fontScheme name="Office">
<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface="Times New Roman"/>
<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hans" typeface="等线 Light"/>
<a:font script="Hant" typeface="新細明體"/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="MinorEA"/><a:cs typeface="Arial"/>
<a:font script="Jpan" typeface="游明朝"/><a:font script="Hang" typeface="맑은 고딕"/>
<a:font script="Hans" typeface="等线"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>)";

qb::docx::Theme make_theme(const char* xml)
{
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml));
  return qb::docx::Theme(doc.document_element());
}

} // namespace

TEST_CASE("theme latin and complex script slots map to a:latin and a:cs", "[styles]")
{
  const qb::docx::Theme theme = make_theme(k_theme);
  CHECK(theme.font("minorHAnsi", "") == "Calibri");
  CHECK(theme.font("minorAscii", "Hans") == "Calibri");
  CHECK(theme.font("majorHAnsi", "") == "Calibri Light");
  CHECK(theme.font("majorAscii", "") == "Calibri Light");
  CHECK(theme.font("minorBidi", "") == "Arial");
  CHECK(theme.font("majorBidi", "") == "Times New Roman");
  CHECK(theme.font("somethingElse", "").empty());
  CHECK(theme.font("minorUnknown", "").empty());
}

TEST_CASE("theme East Asian font is picked by script", "[styles]")
{
  const qb::docx::Theme theme = make_theme(k_theme);
  CHECK(theme.font("minorEastAsia", "Hans") == "等线");
  CHECK(theme.font("minorEastAsia", "Jpan") == "游明朝");
  CHECK(theme.font("minorEastAsia", "Hang") == "맑은 고딕");
  CHECK(theme.font("majorEastAsia", "Hans") == "等线 Light");
  CHECK(theme.font("majorEastAsia", "Hant") == "新細明體");
}

TEST_CASE("theme East Asian font without a script entry uses a:ea, else nothing", "[styles]")
{
  const qb::docx::Theme theme = make_theme(k_theme);
  // No East Asian language: the a:ea typeface (not the Hans entry), as Word does.
  CHECK(theme.font("minorEastAsia", "") == "MinorEA");
  CHECK(theme.font("minorEastAsia", "Hant") == "MinorEA");
  // The major a:ea is empty: Word uses the system default, which the file does not name.
  CHECK(theme.font("majorEastAsia", "").empty());
  CHECK(theme.font("majorEastAsia", "Hang").empty());
}

TEST_CASE("a missing theme resolves nothing", "[styles]")
{
  const qb::docx::Theme theme(pugi::xml_node{});
  CHECK(theme.font("minorHAnsi", "").empty());
  CHECK(theme.font("minorEastAsia", "Hans").empty());
}

TEST_CASE("East Asian languages map to theme scripts", "[styles]")
{
  using qb::docx::script_for_language;
  CHECK(script_for_language("zh-CN") == "Hans");
  CHECK(script_for_language("zh-SG") == "Hans");
  CHECK(script_for_language("zh-cn") == "Hans");
  CHECK(script_for_language("zh-TW") == "Hant");
  CHECK(script_for_language("zh-HK") == "Hant");
  CHECK(script_for_language("zh-MO") == "Hant");
  CHECK(script_for_language("ja-JP") == "Jpan");
  CHECK(script_for_language("ja") == "Jpan");
  CHECK(script_for_language("ko-KR") == "Hang");
  CHECK(script_for_language("en-US").empty());
  CHECK(script_for_language("").empty());
}

TEST_CASE("the theme font language is read from the settings part", "[styles]")
{
  pugi::xml_document doc;
  REQUIRE(
      doc.load_string(R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>)"));
  CHECK(qb::docx::theme_font_language(doc.document_element()) == "zh-CN");
  CHECK(qb::docx::theme_font_language(pugi::xml_node{}).empty());
}

// Counting documents read from .docx packages: what the reader hands over as text (fields, revisions, hidden
// text, text boxes, notes, Office Math) is counted as COUNTING.md says.
#include <catch2/catch.hpp>

#include "docx/load_document.hpp"
#include "support/docx_builder.hpp"
#include "text/counter.hpp"

using namespace qb;

namespace {

text::StoryCounts count_body(const std::string& body_xml, text::CountingMode mode = text::CountingMode::word,
                             const std::string& numbering_xml = {})
{
  test::DocxBuilder builder;
  builder.body(body_xml);
  if (!numbering_xml.empty()) {
    builder.numbering(numbering_xml);
  }
  return text::count_document(docx::load_document(builder.parts()), mode);
}

std::string run(std::string_view text, std::string_view props = {})
{
  return std::string("<w:r>") + (props.empty() ? "" : "<w:rPr>" + std::string(props) + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r>";
}

} // namespace

TEST_CASE("field codes are not counted, field results are", "[count]")
{
  const auto counts =
      count_body("<w:p>" + run("第") +
                 "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                 "<w:r><w:instrText xml:space=\"preserve\"> PAGE \\* MERGEFORMAT </w:instrText></w:r>"
                 "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
                 run("12") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run("页") + "</w:p>");
  CHECK(counts.main.words == 3);
  CHECK(counts.main.characters == 4);
}

TEST_CASE("deleted revisions are not counted, inserted ones are", "[count]")
{
  const auto counts =
      count_body("<w:p>" + run("保留") +
                 "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删除的文字</w:delText></w:r></w:del>"
                 "<w:ins w:id=\"2\" w:author=\"a\">" +
                 run("插入") + "</w:ins></w:p>");
  CHECK(counts.main.words == 4);
  CHECK(counts.main.characters == 4);
}

TEST_CASE("hidden text is not counted", "[count]")
{
  const auto counts = count_body("<w:p>" + run("可见") + run("隐藏文字", "<w:vanish/>") + "</w:p>");
  CHECK(counts.main.words == 2);
  CHECK(counts.main.characters == 2);
}

TEST_CASE("the East Asian hint read from the document decides curly quotes in word mode", "[count]")
{
  const auto body =
      "<w:p>" + run("“ABC”", "<w:rFonts w:hint=\"eastAsia\"/>") + "</w:p><w:p>" + run("“ABC”") + "</w:p>";
  const auto counts = count_body(body, text::CountingMode::word);
  CHECK(counts.main.words == 4);
  CHECK(counts.main.characters == 10);
}

TEST_CASE("a CJK font read from the document decides curly quotes in wps mode", "[count]")
{
  const auto body = "<w:p>" + run("“ABC”", "<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\"/>") + "</w:p><w:p>" +
                    run("“ABC”", "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>") +
                    "</w:p>";
  const auto counts = count_body(body, text::CountingMode::wps);
  CHECK(counts.main.words == 4);
}

TEST_CASE("table cells count in the main story", "[count]")
{
  const auto counts = count_body("<w:tbl><w:tr><w:tc><w:p>" + run("单元格") + "</w:p></w:tc><w:tc><w:p>" +
                                 run("cell two") + "</w:p></w:tc></w:tr></w:tbl><w:p/>");
  CHECK(counts.main.words == 5);
  CHECK(counts.main.characters_with_spaces == 11);
}

TEST_CASE("a text box counts once, in its own story", "[count]")
{
  const std::string box = "<w:txbxContent><w:p>" + run("文本框内容") + "</w:p></w:txbxContent>";
  const auto body =
      "<w:p>" + run("正文") +
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" "
      "distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" "
      "layoutInCell=\"1\" "
      "allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH "
      "relativeFrom=\"column\"><wp:posOffset>0"
      "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset>"
      "</wp:positionV><wp:extent cx=\"100\" cy=\"100\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"box\"/>"
      "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
      "<wps:wsp><wps:txbx>" +
      box +
      "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox>" +
      box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  const auto counts = count_body(body);
  CHECK(counts.main.words == 2);
  CHECK(counts.textboxes.words == 5);
  CHECK(counts.document().words == 7);
}

TEST_CASE("Office Math in a document counts as one word per equation", "[count]")
{
  const auto body =
      "<w:p>" + run("设") +
      "<m:oMath><m:sSub><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sub><m:r><m:t>i</m:t></m:r></m:sub>"
      "</m:sSub><m:r><m:t>=1</m:t></m:r></m:oMath>" +
      run("，则") + "</w:p>";
  const auto counts = count_body(body);
  CHECK(counts.main.words == 4);
  CHECK(counts.main.characters == 7);
}

TEST_CASE("automatic numbers from numbering.xml count in word mode only", "[count]")
{
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
      "w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc "
      "w:val=\"left\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  const auto body = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" +
                    run("企业概况") + "</w:p>";
  const auto word = count_body(body, text::CountingMode::word, numbering);
  CHECK(word.main.words == 6); // 一 、 企 业 概 况
  CHECK(word.main.characters == 6);
  CHECK(word.main.characters_with_spaces == 7); // the tab after the number
  const auto wps = count_body(body, text::CountingMode::wps, numbering);
  CHECK(wps.main.words == 4);
  CHECK(wps.main.characters_with_spaces == 4);
}

TEST_CASE("footnotes and endnotes count in their own stories", "[count]")
{
  test::DocxBuilder builder;
  builder.body("<w:p>" + run("正文") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" +
               "<w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>");
  builder.footnotes("<w:footnote w:id=\"1\"><w:p>" + run("脚注 note") + "</w:p></w:footnote>");
  builder.endnotes("<w:endnote w:id=\"1\"><w:p>" + run("尾注") + "</w:p></w:endnote>");
  const auto counts = text::count_document(docx::load_document(builder.parts()), text::CountingMode::word);
  CHECK(counts.main.asian == 2);
  CHECK(counts.footnotes.words == 3);
  CHECK(counts.footnotes.characters_with_spaces == 7);
  CHECK(counts.endnotes.words == 2);
  CHECK(counts.document().asian == counts.main.asian + 4);
}

// The body reader: text as a reader sees it (runs, tabs, breaks, symbols, hyphens, math), fields,
// revisions and hidden text.
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

std::vector<model::RunKind> kinds(const model::Paragraph& paragraph)
{
  std::vector<model::RunKind> result;
  for (const auto& run : paragraph.runs) {
    result.push_back(run.kind);
  }
  return result;
}

} // namespace

TEST_CASE("tabs, breaks, hyphens and symbols become runs of their kind", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:cr/>)"
      R"(<w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/>)"
      R"(<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 1);
  const auto& paragraph = document.paragraphs[0];
  using K = model::RunKind;
  CHECK(kinds(paragraph) == std::vector<K>{K::text, K::tab, K::text, K::line_break, K::text, K::page_break,
                                           K::line_break, K::text, K::tab});
  CHECK(paragraph.runs[5].text.empty());
  CHECK(paragraph.runs[7].text == "\u2011\u00AD\uF0B7"); // the w:sym code point as given: one character
  CHECK(paragraph.text() == "A\tB\nC\n\u2011\u00AD\uF0B7\t");
}

TEST_CASE("spaces inside w:t are kept exactly", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t xml:space="preserve">  two  spaces </w:t></w:r><w:r><w:t>中文</w:t></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "  two  spaces 中文");
  CHECK(document.paragraphs[0].runs.size() == 2);
}

TEST_CASE("malformed w:sym values are skipped", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:sym w:char="zz"/><w:sym w:char="D800"/><w:sym w:char="110000"/><w:sym/><w:t>x</w:t></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "x");
}

TEST_CASE("Office Math text is read as math runs", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t>Let </w:t></w:r><m:oMath><m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e>)"
      R"(<m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath></w:p>)"));
  REQUIRE(document.paragraphs.size() == 1);
  const auto& paragraph = document.paragraphs[0];
  using K = model::RunKind;
  CHECK(kinds(paragraph) == std::vector<K>{K::text, K::math, K::math});
  CHECK(paragraph.text() == "Let x2");
}

TEST_CASE("a simple field's runs are its result", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t>Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>)"));
  const auto& paragraph = document.paragraphs.at(0);
  CHECK(paragraph.text() == "Page 3");
  REQUIRE(paragraph.runs.size() == 2);
  CHECK_FALSE(paragraph.runs[0].field_result);
  CHECK(paragraph.runs[1].field_result);
}

TEST_CASE("a complex field's instruction is not text and its result is", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
      R"(<w:r><w:instrText xml:space="preserve"> REF _Ref1 \h </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Table 1</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>)"));
  const auto& paragraph = document.paragraphs.at(0);
  CHECK(paragraph.text() == "See Table 1.");
  REQUIRE(paragraph.runs.size() == 3);
  CHECK_FALSE(paragraph.runs[0].field_result);
  CHECK(paragraph.runs[1].field_result);
  CHECK_FALSE(paragraph.runs[2].field_result);
}

TEST_CASE("a field nested in another field's instruction yields only the outer result", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 5 "yes" "no" </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>yes</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>!</w:t></w:r></w:p>)"));
  CHECK(document.paragraphs.at(0).text() == "yes!");
}

TEST_CASE("a field result spanning paragraphs is text in each of them", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Chapter 1</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>Chapter 2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"
      R"(<w:p><w:r><w:t>Body</w:t></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 3);
  CHECK(document.paragraphs[0].text() == "Chapter 1");
  CHECK(document.paragraphs[1].runs.at(0).field_result);
  CHECK(document.paragraphs[1].text() == "Chapter 2");
  CHECK_FALSE(document.paragraphs[2].runs.at(0).field_result);
}

TEST_CASE("an unbalanced field end is ignored", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>plain</w:t></w:r></w:p>)"));
  CHECK(document.paragraphs.at(0).text() == "plain");
  CHECK_FALSE(document.paragraphs.at(0).runs.at(0).field_result);
}

TEST_CASE("insertions are text, deletions and moved-from text are not, and all are counted", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t xml:space="preserve">keep </w:t></w:r>)"
      R"(<w:ins w:id="1" w:author="Alice"><w:r><w:t xml:space="preserve">new </w:t></w:r></w:ins>)"
      R"(<w:del w:id="2" w:author="Bob"><w:r><w:delText>old </w:delText></w:r></w:del>)"
      R"(<w:moveFrom w:id="3" w:author="Carol"><w:r><w:t>moved</w:t></w:r></w:moveFrom>)"
      R"(<w:moveTo w:id="4" w:author="Carol"><w:r><w:t>moved</w:t></w:r></w:moveTo>)"
      R"(<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="Dan"><w:rPr/></w:rPrChange></w:rPr><w:t>!</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="6" w:author="Dan"><w:pPr/></w:pPrChange></w:pPr></w:p>)"));
  CHECK(document.paragraphs.at(0).text() == "keep new moved!");
  const auto& facts = document.facts;
  CHECK(facts.insertions == 2);
  CHECK(facts.deletions == 2);
  CHECK(facts.format_changes == 2);
  CHECK(facts.revision_authors == std::vector<std::string>{"Alice", "Bob", "Carol", "Dan"});
}

TEST_CASE("a document without revisions has no revision facts", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(test::paragraph("clean")));
  CHECK(document.facts.insertions == 0);
  CHECK(document.facts.deletions == 0);
  CHECK(document.facts.format_changes == 0);
  CHECK(document.facts.revision_authors.empty());
  CHECK(document.facts.hidden_runs == 0);
}

TEST_CASE("hidden runs are kept, flagged and counted, but are not visible text", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t xml:space="preserve">shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>)"
      R"(<w:r><w:rPr><w:vanish/></w:rPr></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>back</w:t></w:r></w:p>)"));
  const auto& paragraph = document.paragraphs.at(0);
  REQUIRE(paragraph.runs.size() == 3);
  CHECK(paragraph.runs[1].text == "secret");
  CHECK(paragraph.runs[1].hidden);
  CHECK_FALSE(paragraph.runs[2].hidden);
  CHECK(paragraph.text() == "shown back");
  CHECK(document.facts.hidden_runs == 1);
}

TEST_CASE("hyperlinks, smart tags, custom XML and bidi containers are read through", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:hyperlink r:id="rId99"><w:r><w:t>link</w:t></w:r></w:hyperlink>)"
      R"(<w:smartTag w:element="place"><w:r><w:t>-tag</w:t></w:r></w:smartTag>)"
      R"(<w:customXml w:element="x"><w:r><w:t>-xml</w:t></w:r></w:customXml>)"
      R"(<w:bdo w:val="rtl"><w:r><w:t>-bdo</w:t></w:r></w:bdo><w:dir w:val="ltr"><w:r><w:t>-dir</w:t></w:r></w:dir>)"
      R"(<w:commentRangeStart w:id="0"/><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="1" w:name="b"/></w:p>)"));
  CHECK(document.paragraphs.at(0).text() == "link-tag-xml-bdo-dir");
}

TEST_CASE("the paragraph mark's run properties are resolved", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>)"));
  const auto& paragraph = document.paragraphs.at(0);
  CHECK(paragraph.mark.size_pt.value == Approx(14.0));
  CHECK(paragraph.mark.size_pt.origin == model::Origin::direct);
  CHECK(paragraph.runs.at(0).props.size_pt.value == Approx(10.0));
}

TEST_CASE("deeply nested inline containers are read without recursion", "[reader]")
{
  std::string body = "<w:p>";
  for (int i = 0; i < 20000; ++i) {
    body += "<w:hyperlink>";
  }
  body += "<w:r><w:t>deep</w:t></w:r>";
  for (int i = 0; i < 20000; ++i) {
    body += "</w:hyperlink>";
  }
  body += "</w:p>";
  const auto document = load(test::DocxBuilder().body(body));
  CHECK(document.paragraphs.at(0).text() == "deep");
}

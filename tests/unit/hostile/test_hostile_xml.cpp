// Hostile XML inside a well-formed package (docs/hostile-inputs.md): DTDs with entity definitions, invalid
// UTF-8 in text, tables nested ten thousand deep, and relationships that point out of the package.
#include <catch2/catch.hpp>

#include "cli/input_error_message.hpp"
#include "eval/evaluator.hpp"
#include "rules/ruleset.hpp"
#include "text/counter.hpp"
#include "unit/hostile/hostile_support.hpp"

using namespace qb;
using namespace qb::test;

namespace {

constexpr std::string_view k_declaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr std::string_view k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// A part that declares entities: exponential internal ones and external ones naming a file and a URL.
std::string with_doctype(std::string_view root, std::string_view inside)
{
  std::string xml(k_declaration);
  xml += "\n<!DOCTYPE " + std::string(root) + " [\n";
  xml += "<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) {
      xml += "&lol" + std::to_string(i - 1) + ";";
    }
    xml += "\">\n";
  }
  xml += "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n<!ENTITY remote SYSTEM "
         "\"http://127.0.0.1:9/x\">\n]>\n";
  xml += "<" + std::string(root) + " xmlns:w=\"" + std::string(k_w) + "\">" + std::string(inside) + "</" +
         std::string(root) + ">";
  return xml;
}

std::string relationships(std::string_view inner)
{
  return std::string(k_declaration) +
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         std::string(inner) + "</Relationships>";
}

std::string relationship(std::string_view id, std::string_view type, std::string_view target,
                         std::string_view mode = {})
{
  return "<Relationship Id=\"" + std::string(id) +
         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
         std::string(type) + "\" Target=\"" + std::string(target) + "\"" +
         (mode.empty() ? "" : " TargetMode=\"" + std::string(mode) + "\"") + "/>";
}

} // namespace

TEST_CASE("a DOCTYPE with entity definitions is refused, never expanded or fetched", "[hostile]")
{
  TempDir dir;
  const std::string body = "<w:body><w:p><w:r><w:t>&lol9;&passwd;&remote;</w:t></w:r></w:p></w:body>";
  SECTION("in the main document")
  {
    const auto path = DocxBuilder()
                          .body(paragraph("x"))
                          .part("word/document.xml", with_doctype("w:document", body))
                          .write(dir.file("doctype.docx"));
    const InputError error = load_error(path);
    CHECK(error.code() == InputErrorCode::malformed_xml);
    CHECK(error.part() == "word/document.xml");
    CHECK(error.line() == 2); // the DOCTYPE's line
    CHECK(error.detail().find("DOCTYPE") != std::string::npos);
    const auto message = cli::input_error_message(error, path.string());
    CHECK(message.zh.find(path.string()) != std::string::npos);
    CHECK(message.en.find("word/document.xml") != std::string::npos);
  }
  SECTION("in a linked part, which is not skipped for it")
  {
    const auto path =
        DocxBuilder()
            .body(paragraph("x"))
            .part("word/styles.xml", with_doctype("w:styles", "<w:style w:styleId=\"&lol9;\"/>"))
            .write(dir.file("doctype-styles.docx"));
    const InputError error = load_error(path);
    CHECK(error.code() == InputErrorCode::malformed_xml);
    CHECK(error.part() == "word/styles.xml");
  }
}

TEST_CASE("invalid UTF-8 in text becomes U+FFFD, one per ill-formed sequence, and is counted so", "[hostile]")
{
  // A lone continuation byte, a truncated 3-byte sequence, an overlong '/', a UTF-16 surrogate and 0xFF.
  const std::string broken = "ab\x80"
                             "c\xE4\xB8"
                             "d\xC0\xAF"
                             "e\xED\xA0\x80"
                             "f\xFF";
  const auto parts = DocxBuilder().body(paragraph("中" + broken)).parts();
  const auto document = docx::load_document(parts);
  REQUIRE(document.paragraphs.size() == 1);
  const std::string text = document.paragraphs[0].text();
  // Each ill-formed sequence as ICU's U8_NEXT delimits it is one U+FFFD, so the text is valid UTF-8 for every
  // report (JSON, SARIF, XLSX refuse anything else) and the counts are those of the raw bytes.
  CHECK(text == "中ab\uFFFDc\uFFFDd\uFFFD\uFFFDe\uFFFD\uFFFD\uFFFDf\uFFFD");
  const auto raw = text::count_text("中" + broken, false);
  const auto repaired = text::count_text(text, false);
  CHECK(repaired.characters == raw.characters);
  CHECK(repaired.words == raw.words);
  // The whole rule set runs over it.
  const auto result = eval::evaluate_document(*rules::builtin_ruleset(), document, nullptr);
  CHECK_FALSE(result.results.empty());
}

TEST_CASE("tables nested ten thousand deep load without exhausting the stack", "[hostile]")
{
  constexpr int k_depth = 10000;
  std::string body;
  for (int i = 0; i < k_depth; ++i) {
    body += "<w:tbl><w:tr><w:tc>";
  }
  body += paragraph("deep");
  for (int i = 0; i < k_depth; ++i) {
    body += "</w:tc></w:tr></w:tbl>";
  }
  const auto document = docx::load_document(DocxBuilder().body(body + paragraph("after")).parts());
  REQUIRE(document.paragraphs.size() == 2);
  CHECK(document.paragraphs[0].text() == "deep");
  CHECK(document.paragraphs[1].text() == "after");
  // Tables past the nesting guard are read as plain content: far fewer tables than levels.
  CHECK_FALSE(document.tables.empty());
  CHECK(document.tables.size() < static_cast<std::size_t>(k_depth));
  const auto result = eval::evaluate_document(*rules::builtin_ruleset(), document, nullptr);
  CHECK_FALSE(result.results.empty());
}

TEST_CASE("relationship targets outside the package or absolute URLs are never read", "[hostile]")
{
  TempDir dir;
  // A readable file the package names by path: if anything resolved outside the package, it would be read.
  const auto outside = dir.write("outside.xml", "<w:styles/>");
  SECTION("a linked part pointing outside or to a URL is treated as missing")
  {
    for (const std::string& target : std::vector<std::string>{
             "../../etc/passwd", "../../../../../../" + outside.string(), "http://127.0.0.1:9/styles.xml",
             "file:///etc/passwd", "/../../etc/passwd"}) {
      INFO(target);
      auto builder = DocxBuilder().body(paragraph("正文"));
      auto parts = builder.parts();
      parts.add("word/_rels/document.xml.rels", relationships(relationship("rId1", "styles", target)));
      const auto document = docx::load_document(parts);
      REQUIRE(document.paragraphs.size() == 1);
      CHECK(document.paragraphs[0].text() == "正文");
    }
  }
  SECTION("an external relationship is never a part, even to a part that exists")
  {
    auto parts = DocxBuilder().body(paragraph("正文")).parts();
    parts.add("word/_rels/document.xml.rels",
              relationships(relationship("rId1", "styles", "styles.xml", "External")));
    CHECK(docx::load_document(parts).paragraphs.size() == 1);
  }
  SECTION("a main document pointing outside is no main document, naming the file")
  {
    for (const std::string target : {"../../etc/passwd", "https://127.0.0.1:9/document.xml"}) {
      INFO(target);
      auto parts = DocxBuilder().body(paragraph("正文")).parts("outside.docx");
      parts.add("_rels/.rels", relationships(relationship("rId1", "officeDocument", target)));
      try {
        docx::load_document(parts);
        FAIL("the document loaded");
      } catch (const InputError& error) {
        CHECK(error.code() == InputErrorCode::no_main_document);
        CHECK(error.file() == "outside.docx");
      }
    }
  }
}

// The same ten million empty <w:p/> (60 MB, under the part cap) once reached 1,017 MB before the paragraph
// limit refused them, most of it pugixml's DOM: the element budget refuses the part before it is parsed.
TEST_CASE("ten million empty paragraphs are refused before the part is parsed, naming it", "[hostile]")
{
  std::string body;
  body.reserve(60u * 1000 * 1000 + 100);
  for (int i = 0; i < 10000000; ++i) {
    body += "<w:p/>";
  }
  const auto parts = DocxBuilder().body(body).parts();
  body = std::string();
  try {
    docx::load_document(parts);
    FAIL("the document loaded");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::too_many_elements);
    CHECK(error.part() == "word/document.xml");
    CHECK(error.detail().ends_with(" > 4000000"));
    const auto message = cli::input_error_message(error, "大.docx").in(Lang::zh);
    CHECK(message.find("大.docx") != std::string::npos);
    CHECK(message.find("word/document.xml 中的 XML 元素过多") != std::string::npos);
    const auto english = cli::input_error_message(error, "big.docx").in(Lang::en);
    CHECK(english.find("too many XML elements") != std::string::npos);
  }
}

// A 98 KB .docx whose document.xml held ten million empty <w:p/> (60 MB, under the part cap) once took 11.6
// GB of model; the paragraph limit refuses it before the model grows past ReadLimits::max_paragraphs.
TEST_CASE("more paragraphs than the limit are refused, naming the file", "[hostile]")
{
  std::string body;
  for (int i = 0; i < 101; ++i) {
    body += "<w:p/>";
  }
  const auto parts = DocxBuilder().body(body).parts();
  docx::ReadLimits limits;
  limits.max_paragraphs = 100;
  try {
    docx::load_document(parts, limits);
    FAIL("the document loaded");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::too_many_paragraphs);
    CHECK(error.detail() == "101 > 100");
    const auto message = cli::input_error_message(error, "大.docx").in(Lang::zh);
    CHECK(message.find("大.docx") != std::string::npos);
    CHECK(message.find("段落过多（101 > 100）") != std::string::npos);
  }
  limits.max_paragraphs = 101;
  CHECK(docx::load_document(parts, limits).paragraphs.size() == 101);
  CHECK(docx::ReadLimits{}.max_paragraphs == 300000);
}

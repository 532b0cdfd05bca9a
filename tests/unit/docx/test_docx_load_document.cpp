// load_document: parts found by relationship type, package facts, errors, and the real corpus.
#include <algorithm>
#include <chrono>
#include <filesystem>

#include <catch2/catch.hpp>

#include "core/input_error.hpp"
#include "docx/load_document.hpp"
#include "support/docx_builder.hpp"

using namespace qb;

namespace {

model::Document load(const test::DocxBuilder& builder)
{
  const auto parts = builder.parts();
  return docx::load_document(parts);
}

const model::Paragraph* find_paragraph(const model::Document& document, std::string_view prefix)
{
  for (const auto& paragraph : document.paragraphs) {
    if (paragraph.text().starts_with(prefix)) {
      return &paragraph;
    }
  }
  return nullptr;
}

const char* const k_footnotes_part =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:footnote w:id="1"><w:p><w:r><w:t>note text</w:t></w:r></w:p></w:footnote></w:footnotes>)";

const std::string k_note_body =
    R"(<w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>)";

} // namespace

TEST_CASE("parts are found through the main document's relationships, not by path", "[reader]")
{
  const auto linked =
      load(test::DocxBuilder()
               .body(k_note_body)
               .part("word/notes/fn.xml", k_footnotes_part, "footnotes",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"));
  REQUIRE(linked.paragraphs.size() == 2);
  CHECK(linked.paragraphs[1].text() == "note text");
  CHECK(linked.paragraphs[1].story == model::Story::footnote);

  // The usual path without a relationship is not part of the document.
  const auto unlinked =
      load(test::DocxBuilder().body(k_note_body).part("word/footnotes.xml", k_footnotes_part));
  CHECK(unlinked.paragraphs.size() == 1);
}

TEST_CASE("comments, core properties and stored statistics are read into the facts", "[reader]")
{
  const auto document = load(
      test::DocxBuilder()
          .body(test::paragraph("text"))
          .comments(
              R"(<w:comment w:id="0" w:author="Reviewer"><w:p><w:r><w:t>fix</w:t></w:r></w:p></w:comment>)"
              R"(<w:comment w:id="1" w:author="Reviewer"><w:p/></w:comment>)")
          .app(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties)"
               R"( xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
               R"(<Application>Microsoft Office Word</Application><Words>1234</Words>)"
               R"(<Characters>5678</Characters></Properties>)")
          .core(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties)"
                R"( xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties")"
                R"( xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>申报书</dc:title>)"
                R"(<dc:creator>张三</dc:creator></cp:coreProperties>)"));
  CHECK(document.facts.comments == 2);
  CHECK(document.stored.application == "Microsoft Office Word");
  CHECK(document.stored.words == std::optional<std::int64_t>(1234));
  CHECK(document.stored.characters == std::optional<std::int64_t>(5678));
  CHECK(document.facts.title == "申报书");
  CHECK(document.facts.creator == "张三");
  CHECK(document.file == "memory.docx");
}

TEST_CASE("a malformed styles part is refused naming the part", "[reader]")
{
  const auto builder =
      test::DocxBuilder().body(test::paragraph("x")).part("word/styles.xml", "<w:styles><broken>");
  const auto parts = builder.parts("bad.docx");
  try {
    docx::load_document(parts);
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::malformed_xml);
    CHECK(error.part() == "word/styles.xml");
    CHECK(error.file() == "bad.docx");
  }
}

TEST_CASE("a main part that is not a w:document is refused", "[reader]")
{
  const auto builder = test::DocxBuilder().part(
      "word/document.xml",
      R"(<w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>)");
  const auto parts = builder.parts();
  try {
    docx::load_document(parts);
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::not_wordprocessing);
  }
}

TEST_CASE("a document is loaded from a .docx file on disk", "[reader]")
{
  test::TempDir dir;
  const auto path = test::DocxBuilder().body(test::paragraph("磁盘上的文件")).write(dir.file("a.docx"));
  const auto document = docx::load_document(path);
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "磁盘上的文件");

  CHECK_THROWS_AS(docx::load_document(dir.file("missing.docx")), InputError);
}

TEST_CASE("every real document loads with paragraphs of text", "[corpus]")
{
  const std::filesystem::path corpus = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";
  REQUIRE(std::filesystem::is_directory(corpus));
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() != ".docx") {
      continue;
    }
    INFO(entry.path().filename().string());
    ++files;
    const auto document = docx::load_document(entry.path());
    CHECK_FALSE(document.sections.empty());
    CHECK(std::any_of(document.paragraphs.begin(), document.paragraphs.end(),
                      [](const auto& paragraph) { return paragraph.has_visible_text(); }));
  }
  CHECK(files >= 40);
}

TEST_CASE("a real Word document reads with the fonts, sizes and numbers Word shows", "[corpus]")
{
  const auto path =
      std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real" / "12-word16-thisdy-national-05d638.docx";
  const auto document = docx::load_document(path);

  // 填表说明: centred, 黑体 18 pt set directly on the runs; Latin font from the document defaults.
  const auto* title = find_paragraph(document, "填表说明");
  REQUIRE(title != nullptr);
  CHECK(title->props.alignment.value == model::Alignment::center);
  REQUIRE_FALSE(title->runs.empty());
  CHECK(title->runs[0].props.fonts.east_asia.value == "黑体");
  CHECK(title->runs[0].props.fonts.east_asia.origin == model::Origin::direct);
  CHECK(title->runs[0].props.size_pt.value == Approx(18.0));
  CHECK(title->runs[0].props.fonts.ascii.value == "Times New Roman");
  CHECK(title->runs[0].props.fonts.ascii.origin == model::Origin::doc_defaults);

  // Automatic numbers: numId 5 and 6 are chineseCounting lists starting at 7 and 8; numId 1 is "%1、", numId
  // 2
  // "[%1].".
  const auto* faculty = find_paragraph(document, "院系推荐意见");
  REQUIRE(faculty != nullptr);
  REQUIRE(faculty->props.numbering.has_value());
  CHECK(faculty->props.numbering->label == "七、");
  const auto* school = find_paragraph(document, "学校推荐意见");
  REQUIRE(school != nullptr);
  REQUIRE(school->props.numbering.has_value());
  CHECK(school->props.numbering->label == "八、");
  const auto* background = find_paragraph(document, "项目研究背景");
  REQUIRE(background != nullptr);
  REQUIRE(background->props.numbering.has_value());
  CHECK(background->props.numbering->label == "1、");
  const auto* series = find_paragraph(document, "研究时间序列");
  REQUIRE(series != nullptr);
  REQUIRE(series->props.numbering.has_value());
  CHECK(series->props.numbering->label == "[1].");
  CHECK(document.paragraphs.at(series->index + 1).props.numbering->label == "[2].");

  // A4 portrait, top margin 2098 twips (37 mm).
  REQUIRE_FALSE(document.sections.empty());
  const auto& section = document.sections.back();
  CHECK(section.page_width_twips == 11906);
  CHECK(section.page_height_twips == 16838);
  CHECK(section.margin_top == 2098);
  CHECK_FALSE(document.tables.empty());
  CHECK(document.stored.application == "Microsoft Office Word");
}

#include <catch2/catch.hpp>

#include <string>

#include "core/input_error.hpp"
#include "docx/package_properties.hpp"
#include "support/docx_builder.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

std::string app_xml(const std::string& inner)
{
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
         "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
         inner + "</Properties>";
}

} // namespace

TEST_CASE("app.xml statistics are read as the writing program stored them", "[package]")
{
  const auto parts =
      test::DocxBuilder()
          .app(app_xml("<Template>Normal.dotm</Template><TotalTime>3</TotalTime><Pages>10</Pages>"
                       "<Words>1443</Words><Characters>8229</Characters>"
                       "<Application>Microsoft Office Word</Application><Lines>68</Lines>"
                       "<Paragraphs>19</Paragraphs><CharactersWithSpaces>9653</CharactersWithSpaces>"
                       "<AppVersion>15.0000</AppVersion>"))
          .parts();
  const model::StoredStatistics stored = read_stored_statistics(parts);
  CHECK(stored.application == "Microsoft Office Word");
  CHECK(stored.app_version == "15.0000");
  CHECK(stored.words == 1443);
  CHECK(stored.characters == 8229);
  CHECK(stored.characters_with_spaces == 9653);
  CHECK(stored.paragraphs == 19);
  CHECK(stored.pages == 10);
}

TEST_CASE("absent or non-numeric statistics stay empty", "[package]")
{
  const auto parts =
      test::DocxBuilder()
          .app(
              app_xml("<Application>WPS Office_11.1.0.9208_F1E327BC-269C-435d-A152-05C5408002CA</Application>"
                      "<Words> 12 </Words><Characters>many</Characters><Pages>3.5</Pages><Paragraphs/>"))
          .parts();
  const model::StoredStatistics stored = read_stored_statistics(parts);
  CHECK(stored.application.rfind("WPS Office", 0) == 0);
  CHECK(stored.app_version.empty());
  CHECK(stored.words == 12);
  CHECK_FALSE(stored.characters);
  CHECK_FALSE(stored.pages);
  CHECK_FALSE(stored.paragraphs);
  CHECK_FALSE(stored.characters_with_spaces);
}

TEST_CASE("a package without app.xml has no stored statistics", "[package]")
{
  const model::StoredStatistics stored = read_stored_statistics(test::DocxBuilder().parts());
  CHECK(stored.application.empty());
  CHECK_FALSE(stored.words);
  // app.xml is only found through its relationship, like every other part
  const auto unlinked = test::DocxBuilder().part("docProps/app.xml", app_xml("<Words>5</Words>")).parts();
  CHECK_FALSE(read_stored_statistics(unlinked).words);
}

TEST_CASE("Strict app.xml statistics are read", "[package]")
{
  const auto parts =
      test::DocxBuilder()
          .strict()
          .app("<Properties xmlns=\"http://purl.oclc.org/ooxml/officeDocument/extendedProperties\">"
               "<Words>7</Words></Properties>")
          .parts();
  CHECK(read_stored_statistics(parts).words == 7);
}

TEST_CASE("a malformed app.xml is malformed XML naming the part", "[package]")
{
  const auto parts = test::DocxBuilder().app("<Properties><Words>1</Properties>").parts();
  try {
    read_stored_statistics(parts);
    FAIL("accepted");
  } catch (const InputError& error) {
    CHECK(error.code() == InputErrorCode::malformed_xml);
    CHECK(error.part() == "docProps/app.xml");
  }
}

TEST_CASE("core properties give the title, the author and the last editor", "[package]")
{
  const auto parts =
      test::DocxBuilder()
          .core("<cp:coreProperties "
                "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                "<dc:title>质量标杆申报材料</dc:title><dc:creator>张三</dc:creator>"
                "<cp:lastModifiedBy>李四</cp:lastModifiedBy></cp:coreProperties>")
          .parts();
  model::DocumentFacts facts;
  read_core_properties(parts, facts);
  CHECK(facts.title == "质量标杆申报材料");
  CHECK(facts.creator == "张三");
  CHECK(facts.last_modified_by == "李四");
}

TEST_CASE("core properties with other prefixes, or missing, are handled", "[package]")
{
  const auto parts =
      test::DocxBuilder()
          .core("<p:coreProperties "
                "xmlns:p=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                "xmlns:e=\"http://purl.org/dc/elements/1.1/\"><e:creator>王五</e:creator>"
                "</p:coreProperties>")
          .parts();
  model::DocumentFacts facts;
  facts.title = "kept";
  read_core_properties(parts, facts);
  CHECK(facts.creator == "王五");
  CHECK(facts.title == "kept");
  model::DocumentFacts none;
  read_core_properties(test::DocxBuilder().parts(), none);
  CHECK(none.creator.empty());
}

// Counting tracked changes: each kind, and under another prefix for the WordprocessingML namespace.
#include <catch2/catch.hpp>

#include <string>

#include "docx/revision_reader.hpp"
#include "docx/xml_part.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

std::string document_with(const std::string& body, const std::string& prefix = "w")
{
  return "<?xml version=\"1.0\"?><" + prefix + ":document xmlns:" + prefix +
         "=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><" + prefix + ":body>" + body +
         "</" + prefix + ":body></" + prefix + ":document>";
}

model::DocumentFacts facts_of(const TreePart& part)
{
  model::DocumentFacts facts;
  std::set<std::string> authors;
  count_revisions(part.tree.document().first_child().child("w:body"), facts, authors);
  return facts;
}

int total(const model::DocumentFacts& facts)
{
  return facts.insertions + facts.deletions + facts.format_changes;
}

} // namespace

TEST_CASE("each kind of tracked change is counted once", "[reader]")
{
  const std::vector<std::string> bodies{
      R"(<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>x</w:t></w:r></w:ins></w:p>)",
      R"(<w:p><w:del w:id="1"><w:r><w:delText>x</w:delText></w:r></w:del></w:p>)",
      R"(<w:p><w:moveTo w:id="1"><w:r><w:t>x</w:t></w:r></w:moveTo></w:p>)",
      R"(<w:p><w:moveFrom w:id="1"><w:r><w:t>x</w:t></w:r></w:moveFrom></w:p>)",
      R"(<w:tbl><w:tr><w:tc><w:tcPr><w:cellIns w:id="1"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>)",
      R"(<w:tbl><w:tr><w:tc><w:tcPr><w:cellDel w:id="1"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>)",
      R"(<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="1"><w:rPr/></w:rPrChange></w:rPr></w:r></w:p>)",
      R"(<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr/></w:pPrChange></w:pPr></w:p>)",
      R"(<w:sectPr><w:sectPrChange w:id="1"><w:sectPr/></w:sectPrChange></w:sectPr>)",
      "<w:p><w:ins\n w:id=\"1\"><w:r><w:t>x</w:t></w:r></w:ins></w:p>",
  };
  for (const auto& body : bodies) {
    INFO(body);
    const auto part = parse_tree_part(document_with(body), "word/document.xml", "a.docx");
    CHECK(total(facts_of(*part)) == 1);
  }
}

TEST_CASE("field codes and words like insert or delete are not tracked changes", "[reader]")
{
  const auto part = parse_tree_part(
      document_with(R"(<w:p><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" </w:instrText></w:r>)"
                    R"(<w:r><w:t>insert, delete, moveTo</w:t></w:r></w:p>)"),
      "word/document.xml", "a.docx");
  CHECK(total(facts_of(*part)) == 0);
}

// With another prefix for the WordprocessingML namespace the tree is renamed to w: before it is read.
TEST_CASE("tracked changes under another namespace prefix are still counted", "[reader]")
{
  const auto part = parse_tree_part(
      document_with(R"(<x:p><x:ins x:id="1" x:author="A"><x:r><x:t>x</x:t></x:r></x:ins></x:p>)", "x"),
      "word/document.xml", "a.docx");
  CHECK(facts_of(*part).insertions == 1);
}

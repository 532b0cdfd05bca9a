#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/input_error.hpp"
#include "docx/load_document.hpp"
#include "docx/open_package.hpp"
#include "docx/properties_cache.hpp"
#include "docx/relationships.hpp"
#include "docx/style_sheet.hpp"
#include "docx/theme.hpp"
#include "docx/xml_part.hpp"
#include "model/document_json.hpp"
#include "support/docx_builder.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

constexpr const char* k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Every w:p of a tree with its innermost table's style, in document order: in the pugixml tree of a part
// and in its XmlTree (the same walk over each).
template <typename Node> struct ParagraphAt
{
  Node p;
  std::string table_style;
};

std::string table_style_of(const pugi::xml_node& tbl)
{
  return tbl.child("w:tblPr").child("w:tblStyle").attribute("w:val").as_string();
}

std::string table_style_of(const XmlElement& tbl)
{
  return std::string(tbl.child("w:tblPr").child("w:tblStyle").attribute("w:val"));
}

template <typename Node> std::vector<ParagraphAt<Node>> paragraphs_of(const Node& root)
{
  std::vector<ParagraphAt<Node>> result;
  std::vector<ParagraphAt<Node>> stack{{root, ""}};
  while (!stack.empty()) {
    auto [node, table_style] = stack.back();
    stack.pop_back();
    if (std::string_view(node.name()) == "w:p") {
      result.push_back({node, table_style});
    }
    if (std::string_view(node.name()) == "w:tbl") {
      table_style = table_style_of(node);
    }
    for (auto child = node.last_child(); child; child = child.previous_sibling()) {
      stack.push_back({child, table_style});
    }
  }
  return result;
}

// The w:rPr of a paragraph's mark and of each of its w:r, in order (null where there is none).
template <typename Node> std::vector<Node> run_properties_of(const Node& p)
{
  std::vector<Node> result{p.child("w:pPr").child("w:rPr")};
  for (auto child = p.first_child(); child; child = child.next_sibling()) {
    if (std::string_view(child.name()) == "w:r") {
      result.push_back(child.child("w:rPr"));
    }
  }
  return result;
}

// Resolves every paragraph and run of a part through `cache` (from its XmlTree) and directly (from the
// pugixml tree of the same bytes), and checks they agree; returns what the cache answered, in order.
std::vector<const void*> check_against_direct(const TreePart& tree, const XmlPart& xml,
                                              const StyleSheet& styles, PropertiesCache& cache)
{
  std::vector<const void*> answers;
  const auto tree_paragraphs = paragraphs_of(tree.tree.document().first_child());
  const auto xml_paragraphs = paragraphs_of(xml.xml.document_element());
  REQUIRE(tree_paragraphs.size() == xml_paragraphs.size());
  for (std::size_t i = 0; i < tree_paragraphs.size(); ++i) {
    const auto& [tree_p, table_style] = tree_paragraphs[i];
    const auto& xml_p = xml_paragraphs[i].p;
    REQUIRE(table_style == xml_paragraphs[i].table_style);
    const auto direct_paragraph = styles.resolve_paragraph(xml_p.child("w:pPr"), table_style);
    const auto& cached_paragraph = cache.paragraph(styles, tree_p.child("w:pPr"), table_style);
    CHECK(model::to_json(cached_paragraph) == model::to_json(direct_paragraph));
    answers.push_back(&cached_paragraph);
    const std::string& style = direct_paragraph.style_id;
    const auto tree_runs = run_properties_of(tree_p);
    const auto xml_runs = run_properties_of(xml_p);
    REQUIRE(tree_runs.size() == xml_runs.size());
    for (std::size_t r = 0; r < tree_runs.size(); ++r) {
      INFO(tree_runs[r].raw());
      const auto direct = styles.resolve_run(xml_runs[r], style, table_style);
      const auto& cached = cache.run(styles, tree_runs[r], style, table_style);
      CHECK(model::to_json(cached) == model::to_json(direct));
      answers.push_back(&cached);
    }
  }
  return answers;
}

std::string run(std::string_view text, std::string_view props)
{
  return "<w:r><w:rPr>" + std::string(props) + "</w:rPr><w:t>" + std::string(text) + "</w:t></w:r>";
}

} // namespace

TEST_CASE("cached run and paragraph properties are those resolved directly, run by run", "[styles]")
{
  const std::string fonts = R"(<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hint="eastAsia"/>)";
  std::string body = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:rPr><w:b/></w:rPr></w:pPr>" +
                     run("标题", fonts + "<w:sz w:val=\"32\"/>") + run("二", fonts + "<w:sz w:val=\"32\"/>") +
                     "</w:p>";
  // The same bytes in another paragraph style, and bytes differing by one attribute value.
  body += "<w:p>" + run("正文", fonts + "<w:sz w:val=\"32\"/>") +
          run("正文", fonts + "<w:sz w:val=\"24\"/>") +
          run("x", R"(<w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:i/>)") + run("y", "<w:b w:val=\"0\"/>") +
          "<w:r><w:t>no rPr</w:t></w:r></w:p>";
  // In a table with a style, and a paragraph without runs.
  body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/></w:tblPr><w:tr><w:tc><w:p>" +
          run("表", fonts + "<w:sz w:val=\"32\"/>") +
          "</w:p></w:tc></w:tr></w:tbl><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>";
  const std::string styles_xml =
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>)"
      R"(<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:rPr><w:i/></w:rPr></w:style>)";
  test::DocxBuilder builder;
  builder.body(body).styles(styles_xml);
  const auto parts = builder.parts();
  const auto document = read_xml_part(parts, "word/document.xml");
  const auto tree = read_tree_part(parts, "word/document.xml");
  const auto styles_part = read_xml_part(parts, "word/styles.xml");
  const StyleSheet styles(styles_part->xml.child("w:styles"), nullptr);

  PropertiesCache cache;
  const auto first_answers = check_against_direct(*tree, *document, styles, cache);
  CHECK(first_answers.size() == 16); // 4 paragraphs, 12 w:rPr (paragraph marks included)
  CHECK(check_against_direct(*tree, *document, styles, cache) == first_answers); // each one remembered

  // Equal bytes in one paragraph style are one entry; other bytes or another style are another.
  const auto p = tree->tree.document().first_child().child("w:body").child("w:p");
  const auto first = p.child("w:r").child("w:rPr");
  const auto second = p.child("w:r").next_sibling().child("w:rPr");
  REQUIRE(first.raw() == second.raw());
  REQUIRE(first.index() != second.index());
  CHECK(&cache.run(styles, first, "Heading1", "") == &cache.run(styles, second, "Heading1", ""));
  CHECK(&cache.run(styles, first, "Heading1", "") != &cache.run(styles, first, "Normal", ""));
  CHECK(&cache.run(styles, first, "Heading1", "") != &cache.run(styles, first, "Heading1", "Grid"));
  CHECK(&cache.run(styles, XmlElement{}, "Heading1", "") != &cache.run(styles, first, "Heading1", ""));

  // After clear(), equal answers again.
  cache.clear();
  check_against_direct(*tree, *document, styles, cache);
}

TEST_CASE("cached properties are those resolved directly on tricky bytes", "[styles]")
{
  const std::string styles_xml =
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>)"
      R"(<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>)";
  const std::string big_fonts = R"(<w:rFonts w:ascii=")" + std::string(6000, 'x') + R"("/>)";
  const std::vector<std::string> bodies{
      // Entities and character references in values; white space and line breaks that are normalised.
      run("a",
          R"(<w:rFonts w:ascii="A&amp;B" w:eastAsia="&#x5B8B;&#20307;" w:hAnsi="&lt;&quot;&apos;&gt;"/>)") +
          run("b", "<w:rFonts w:ascii=\"Times\tNew\r\nRoman\" w:eastAsia=\" \n\"/><w:sz w:val=\" 24 \"/>"),
      // The same format written with other white space, other quotes, another attribute order: other keys,
      // same answers.
      run("a", R"(<w:rFonts w:ascii="X" w:eastAsia="Y"/>)") +
          run("b", R"(<w:rFonts  w:eastAsia='Y' w:ascii='X' />)") +
          run("c", "<w:rFonts w:ascii=\"X\"\n w:eastAsia=\"Y\"></w:rFonts>"),
      // Self-closing and empty properties; a run style; properties after the text; a w:rPr twice.
      "<w:p><w:pPr/><w:r><w:rPr/><w:t>a</w:t></w:r><w:r><w:t>b</w:t><w:rPr><w:rStyle "
      "w:val=\"Strong\"/></w:rPr>"
      "</w:r><w:r><w:rPr><w:i/></w:rPr><w:rPr><w:b/></w:rPr><w:t>c</w:t></w:r></w:p>",
      // A paragraph mark's properties ending its w:pPr, a w:pPr ending an empty w:p, a revision inside.
      "<w:p><w:pPr><w:jc w:val=\"center\"/><w:rPr><w:b/><w:rPrChange w:id=\"1\" w:author=\"A\"><w:rPr><w:i/>"
      "</w:rPr></w:rPrChange></w:rPr></w:pPr></w:p><w:p><w:pPr><w:pStyle w:val=\"Missing\"/></w:pPr></w:p>",
      // Properties larger than any real one.
      run("a", big_fonts) + run("b", big_fonts + "<w:b/>"),
      // Ill-formed UTF-8 in a value (repaired), a comment and CDATA inside properties (the part is not of the
      // subset XmlTree reads itself).
      run("a", "<w:rFonts w:ascii=\"bad\xC3\x28\" w:eastAsia=\"\xE5\xAE\"/>"),
      run("a", "<w:rFonts w:ascii=\"C\"/><!-- a comment --><w:b/>") +
          run("b", "<w:rFonts w:ascii=\"C\"/><w:b/>"),
      run("a", "<w:rFonts w:ascii=\"C\"/><w:b/><w:specVanish><![CDATA[x]]></w:specVanish>"),
  };
  for (const std::string& body : bodies) {
    INFO(body);
    test::DocxBuilder builder;
    builder.body(body).styles(styles_xml);
    const auto parts = builder.parts();
    const auto document = read_xml_part(parts, "word/document.xml");
    const auto tree = read_tree_part(parts, "word/document.xml");
    const auto styles_part = read_xml_part(parts, "word/styles.xml");
    const StyleSheet styles(styles_part->xml.child("w:styles"), nullptr);
    PropertiesCache cache;
    check_against_direct(*tree, *document, styles, cache);
    check_against_direct(*tree, *document, styles, cache);
  }

  // A part whose names are rewritten (another prefix for WordprocessingML) and a Strict OOXML one.
  const std::vector<std::string> renamed{
      std::string("<x:document xmlns:x=\"") + k_w +
          "\"><x:body><x:p><x:pPr><x:rPr><x:i/></x:rPr></x:pPr><x:r><x:rPr><x:b/><x:rFonts x:ascii=\"R\"/>"
          "</x:rPr><x:t>a</x:t></x:r></x:p></x:body></x:document>",
      "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p><w:r><w:rPr>"
      "<w:sz w:val=\"12pt\"/></w:rPr><w:t>a</w:t></w:r></w:p></w:body></w:document>",
  };
  for (const std::string& bytes : renamed) {
    INFO(bytes);
    const auto document = parse_xml_part(bytes, "word/document.xml", "a.docx");
    const auto tree = parse_tree_part(bytes, "word/document.xml", "a.docx");
    const StyleSheet styles(pugi::xml_node{}, nullptr);
    PropertiesCache cache;
    CHECK(check_against_direct(*tree, *document, styles, cache).size() == 3);
  }
}

TEST_CASE("cached properties are those resolved directly in every real corpus document", "[styles][corpus]")
{
  const std::filesystem::path dir = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";
  std::size_t answered = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".docx") {
      continue;
    }
    INFO(entry.path().filename().string());
    try {
      const auto parts = open_package(entry.path());
      const auto main_name = find_main_document(*parts);
      const auto main = read_xml_part(*parts, main_name);
      const auto tree = read_tree_part(*parts, main_name);
      const auto relationships = read_relationships(*parts, main_name);
      const auto read = [&](std::string_view type) -> std::unique_ptr<XmlPart> {
        const auto target = find_target(relationships, type);
        return target && parts->has(*target) ? read_xml_part(*parts, *target) : nullptr;
      };
      const auto styles_part = read("/styles");
      const auto theme_part = read("/theme");
      const auto theme =
          std::make_shared<const Theme>(theme_part ? theme_part->xml.child("a:theme") : pugi::xml_node{});
      const StyleSheet styles(styles_part ? styles_part->xml.child("w:styles") : pugi::xml_node{}, theme);
      PropertiesCache cache;
      answered += check_against_direct(*tree, *main, styles, cache).size();
    } catch (const InputError&) {
      // Files the corpus holds as unreadable on purpose.
    }
  }
  CHECK(answered > 1000);
}

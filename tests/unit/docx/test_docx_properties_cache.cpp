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

// Every w:p of `root`'s tree with its innermost table's style, in document order.
struct ParagraphAt
{
  pugi::xml_node p;
  std::string table_style;
};

std::vector<ParagraphAt> paragraphs_of(const pugi::xml_node& root)
{
  std::vector<ParagraphAt> result;
  std::vector<ParagraphAt> stack{{root, ""}};
  while (!stack.empty()) {
    auto [node, table_style] = stack.back();
    stack.pop_back();
    if (std::string_view(node.name()) == "w:p") {
      result.push_back({node, table_style});
    }
    if (std::string_view(node.name()) == "w:tbl") {
      table_style = node.child("w:tblPr").child("w:tblStyle").attribute("w:val").as_string();
    }
    for (auto child = node.last_child(); child; child = child.previous_sibling()) {
      stack.push_back({child, table_style});
    }
  }
  return result;
}

// Resolves every paragraph and run of `part` through `cache` and directly, and checks they agree; returns how
// many run look-ups the cache answered (non-null).
std::size_t check_against_direct(const XmlPart& part, const StyleSheet& styles, PropertiesCache& cache)
{
  std::size_t answered = 0;
  for (const auto& [p, table_style] : paragraphs_of(part.xml.document_element())) {
    const pugi::xml_node pPr = p.child("w:pPr");
    const auto direct_paragraph = styles.resolve_paragraph(pPr, table_style);
    if (const auto* cached = cache.paragraph(styles, pPr, table_style)) {
      CHECK(model::to_json(*cached) == model::to_json(direct_paragraph));
    }
    const std::string& style = direct_paragraph.style_id;
    std::vector<pugi::xml_node> rPrs{pPr.child("w:rPr")};
    for (const auto& r : p.children("w:r")) {
      rPrs.push_back(r.child("w:rPr"));
    }
    for (const auto& rPr : rPrs) {
      const auto direct = styles.resolve_run(rPr, style, table_style);
      if (const auto* cached = cache.run(styles, rPr, style, table_style)) {
        ++answered;
        INFO(rPr.offset_debug());
        CHECK(model::to_json(*cached) == model::to_json(direct));
      }
    }
  }
  return answered;
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
  const auto styles_part = read_xml_part(parts, "word/styles.xml");
  const StyleSheet styles(styles_part->xml.child("w:styles"), nullptr);

  PropertiesCache cache;
  cache.set_part(document.get());
  CHECK(check_against_direct(*document, styles, cache) == 12);
  CHECK(check_against_direct(*document, styles, cache) == 12); // now every answer is a remembered one

  // Equal bytes in one paragraph style are one entry; other bytes or another style are another.
  const auto p = document->xml.document_element().child("w:body").child("w:p");
  const auto first = p.child("w:r").child("w:rPr");
  const auto second = p.child("w:r").next_sibling("w:r").child("w:rPr");
  CHECK(cache.run(styles, first, "Heading1", "") == cache.run(styles, second, "Heading1", ""));
  CHECK(cache.run(styles, first, "Heading1", "") != cache.run(styles, first, "Normal", ""));
  CHECK(cache.run(styles, first, "Heading1", "") != cache.run(styles, first, "Heading1", "Grid"));

  // Nodes of another part's tree are not answered.
  const auto other = read_xml_part(parts, "word/document.xml");
  CHECK(cache.run(styles,
                  other->xml.document_element().child("w:body").child("w:p").child("w:r").child("w:rPr"),
                  "Heading1", "") == nullptr);
  // Without a part, or for a part whose names were rewritten (non-canonical prefixes), nothing is answered.
  cache.set_part(nullptr);
  CHECK(cache.run(styles, first, "Heading1", "") == nullptr);
  const std::string renamed =
      std::string("<x:document xmlns:x=\"") + k_w +
      "\"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t>a</x:t></x:r></x:p></x:body></x:document>";
  const auto canonicalised = parse_xml_part(renamed, "word/document.xml", "a.docx");
  cache.set_part(canonicalised.get());
  CHECK(check_against_direct(*canonicalised, styles, cache) == 1); // only the absent paragraph mark w:rPr
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
      cache.set_part(main.get());
      answered += check_against_direct(*main, styles, cache);
    } catch (const InputError&) {
      // Files the corpus holds as unreadable on purpose.
    }
  }
  CHECK(answered > 1000);
}

// The body reader: tables (cells, spans, nesting, table styles), content controls at every level, and the
// nesting guard.
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

std::string cell(std::string_view inner, std::string_view cell_props = {})
{
  std::string xml = "<w:tc>";
  if (!cell_props.empty()) {
    xml += "<w:tcPr>" + std::string(cell_props) + "</w:tcPr>";
  }
  return xml + std::string(inner) + "</w:tc>";
}

} // namespace

TEST_CASE("tables record rows, grid columns, nesting and the cell of each paragraph", "[reader]")
{
  const std::string nested = "<w:tbl><w:tr>" + cell(test::paragraph("E")) + "</w:tr></w:tbl>";
  const std::string table = R"(<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid/>)"
                            "<w:tr>" +
                            cell(test::paragraph("A"), R"(<w:gridSpan w:val="2"/>)") +
                            cell(test::paragraph("B")) + "</w:tr><w:tr>" + cell(test::paragraph("C")) +
                            cell(test::paragraph("D") + nested + "<w:p/>") +
                            cell("<w:p/>", R"(<w:vMerge/>)") + "</w:tr></w:tbl>";
  const auto document = load(test::DocxBuilder().body(table + test::paragraph("after")));

  REQUIRE(document.tables.size() == 2);
  const auto& outer = document.tables[0];
  CHECK(outer.rows == 2);
  CHECK(outer.columns == 3);
  CHECK(outer.depth == 0);
  CHECK_FALSE(outer.parent.has_value());
  CHECK(outer.first_paragraph == 0);
  CHECK(outer.paragraph_count == 7);
  const auto& inner = document.tables[1];
  CHECK(inner.rows == 1);
  CHECK(inner.columns == 1);
  CHECK(inner.depth == 1);
  CHECK(inner.parent == std::optional<std::size_t>(0));
  CHECK(inner.first_paragraph == 4);
  CHECK(inner.paragraph_count == 1);

  REQUIRE(document.paragraphs.size() == 8);
  const auto& b = document.paragraphs[1];
  CHECK(b.text() == "B");
  REQUIRE(b.cell.has_value());
  CHECK(b.cell->table == 0);
  CHECK(b.cell->row == 0);
  CHECK(b.cell->column == 2);
  const auto& e = document.paragraphs[4];
  CHECK(e.text() == "E");
  REQUIRE(e.cell.has_value());
  CHECK(e.cell->table == 1);
  CHECK(e.cell->row == 0);
  CHECK(e.cell->column == 0);
  const auto& merged = document.paragraphs[6];
  REQUIRE(merged.cell.has_value());
  CHECK(merged.cell->column == 2);
  CHECK(merged.text().empty());
  CHECK_FALSE(document.paragraphs[7].cell.has_value());

  REQUIRE(document.body.size() == 2);
  CHECK(document.body[0].kind == model::BlockKind::table);
  CHECK(document.body[0].index == 0);
  CHECK(document.body[1].kind == model::BlockKind::paragraph);
  CHECK(document.body[1].index == 7);
}

TEST_CASE("the table style's formatting reaches the runs of its cells", "[reader]")
{
  const auto document =
      load(test::DocxBuilder()
               .styles(R"(<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/>)"
                       R"(<w:rPr><w:sz w:val="18"/></w:rPr></w:style>)")
               .body(R"(<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tr>)" +
                     cell(test::paragraph("in")) + "</w:tr></w:tbl>" + test::paragraph("out")));
  REQUIRE(document.paragraphs.size() == 2);
  const auto& in_cell = document.paragraphs[0].runs.at(0).props.size_pt;
  CHECK(in_cell.value == Approx(9.0));
  CHECK(in_cell.origin == model::Origin::table_style);
  CHECK(document.paragraphs[1].runs.at(0).props.size_pt.value == Approx(10.0));
}

TEST_CASE("content controls are read at block, row, cell and run level", "[reader]")
{
  const std::string properties = R"(<w:sdtPr><w:alias w:val="hidden title"/><w:showingPlcHdr/></w:sdtPr>)";
  const std::string body =
      "<w:sdt>" + properties + "<w:sdtContent>" + test::paragraph("block") + "</w:sdtContent></w:sdt>" +
      "<w:tbl><w:sdt>" + properties + "<w:sdtContent><w:tr>" + cell(test::paragraph("row")) +
      "</w:tr></w:sdtContent></w:sdt><w:tr><w:sdt>" + properties + "<w:sdtContent>" +
      cell(test::paragraph("cell")) + "</w:sdtContent></w:sdt>" + cell(test::paragraph("next")) +
      "</w:tr></w:tbl>" + "<w:p><w:sdt>" + properties +
      "<w:sdtContent><w:r><w:t>run</w:t></w:r></w:sdtContent><w:sdtEndPr/></w:sdt></w:p>";
  const auto document = load(test::DocxBuilder().body(body));
  REQUIRE(document.paragraphs.size() == 5);
  CHECK(document.paragraphs[0].text() == "block");
  CHECK(document.paragraphs[1].text() == "row");
  CHECK(document.paragraphs[2].text() == "cell");
  CHECK(document.paragraphs[3].text() == "next");
  REQUIRE(document.paragraphs[3].cell.has_value());
  CHECK(document.paragraphs[3].cell->row == 1);
  CHECK(document.paragraphs[3].cell->column == 1);
  CHECK(document.paragraphs[4].text() == "run");
  REQUIRE(document.tables.size() == 1);
  CHECK(document.tables[0].rows == 2);
  CHECK(document.tables[0].columns == 2);
  // The block-level content control's paragraph is a top-level block.
  REQUIRE(document.body.size() == 3);
  CHECK(document.body[0].kind == model::BlockKind::paragraph);
  CHECK(document.body[1].kind == model::BlockKind::table);
}

TEST_CASE("tables nested deeper than the guard are read as plain paragraphs", "[reader]")
{
  constexpr int k_depth = 300;
  std::string body;
  for (int i = 0; i < k_depth; ++i) {
    body += "<w:tbl><w:tr><w:tc>";
  }
  body += test::paragraph("deep");
  for (int i = 0; i < k_depth; ++i) {
    body += "</w:tc></w:tr></w:tbl>";
  }
  const auto document = load(test::DocxBuilder().body(body + test::paragraph("after")));
  REQUIRE(document.paragraphs.size() == 2);
  CHECK(document.paragraphs[0].text() == "deep");
  CHECK(document.paragraphs[1].text() == "after");
  CHECK(document.tables.size() < static_cast<std::size_t>(k_depth));
  CHECK_FALSE(document.tables.empty());
}

TEST_CASE("deeply nested content controls do not exhaust the stack", "[reader]")
{
  constexpr int k_depth = 50000;
  std::string body;
  for (int i = 0; i < k_depth; ++i) {
    body += "<w:sdt><w:sdtContent>";
  }
  body += test::paragraph("inside");
  for (int i = 0; i < k_depth; ++i) {
    body += "</w:sdtContent></w:sdt>";
  }
  const auto document = load(test::DocxBuilder().body(body));
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "inside");
}

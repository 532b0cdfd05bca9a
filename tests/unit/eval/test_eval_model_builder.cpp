#include <catch2/catch.hpp>

#include "unit/eval/model_builder.hpp"

using qb::test::ModelBuilder;

TEST_CASE("model builder keeps paragraph indexes, cells and blocks consistent", "[eval]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("摘要", "一、")
                       .paragraph("正文")
                       .table({{"a", "b"}, {"c"}})
                       .caption("表1 数据")
                       .picture()
                       .build();
  REQUIRE(doc.paragraphs.size() == 8);
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    CHECK(doc.paragraphs[i].index == i);
  }
  CHECK(doc.paragraphs[1].props.numbering->label == "一、");
  CHECK(doc.paragraphs[1].text() == "摘要");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].first_paragraph == 3);
  CHECK(doc.tables[0].paragraph_count == 3);
  CHECK(doc.tables[0].rows == 2);
  CHECK(doc.tables[0].columns == 2);
  CHECK(doc.paragraphs[5].cell->row == 1);
  REQUIRE(doc.body.size() == 6);
  CHECK(doc.body[3].kind == qb::model::BlockKind::table);
  CHECK(doc.paragraphs[7].drawings.size() == 1);
  CHECK(doc.sections[0].last_paragraph == 7);
}

TEST_CASE("model builder anchors text boxes and puts notes last", "[eval]")
{
  auto doc = ModelBuilder().paragraph("一").textbox("框").footnote("注").paragraph("二").build();
  REQUIRE(doc.paragraphs.size() == 4);
  CHECK(doc.paragraphs[1].story == qb::model::Story::textbox);
  CHECK(doc.paragraphs[1].anchor == 0u);
  CHECK(doc.paragraphs[2].text() == "二");
  CHECK(doc.paragraphs[3].story == qb::model::Story::footnote);
  CHECK(doc.paragraphs[3].anchor == 0u);
  CHECK(doc.paragraphs[3].index == 3);
}

TEST_CASE("model builder starts a new section after content", "[eval]")
{
  auto doc = ModelBuilder()
                 .section(16838, 11906, qb::model::Orientation::landscape)
                 .paragraph("一")
                 .section(11906, 16838)
                 .paragraph("二")
                 .hidden_text("藏")
                 .build();
  REQUIRE(doc.sections.size() == 2);
  CHECK(doc.sections[0].orientation == qb::model::Orientation::landscape);
  CHECK(doc.sections[0].last_paragraph == 0);
  CHECK(doc.paragraphs[1].section == 1);
  CHECK(doc.paragraphs[1].text() == "二");
  CHECK(doc.facts.hidden_runs == 1);
}

#include <catch2/catch.hpp>

#include "eval/heading_text.hpp"
#include "eval/outline_builder.hpp"
#include "unit/eval/model_builder.hpp"
#include "unit/eval/ruleset_fixture.hpp"

using namespace qb;
using qb::test::ModelBuilder;

namespace {

eval::Outline outline_of(const model::Document& document)
{
  static const auto ruleset = test::fixture_ruleset("");
  return eval::build_outline(document, ruleset->data.parts);
}

std::vector<std::string> ids(const eval::Outline& outline)
{
  std::vector<std::string> result;
  for (const auto& span : outline.parts()) {
    result.push_back(span.id);
  }
  return result;
}

} // namespace

TEST_CASE("heading keys strip typed numbering and blanks", "[eval]")
{
  CHECK(eval::heading_key("一、企业概况") == "企业概况");
  CHECK(eval::heading_key("（一）企业概况") == "企业概况");
  CHECK(eval::heading_key("(一)企业概况") == "企业概况");
  CHECK(eval::heading_key("1.企业概况") == "企业概况");
  CHECK(eval::heading_key("1、企业概况") == "企业概况");
  CHECK(eval::heading_key("３．企业概况") == "企业概况");
  CHECK(eval::heading_key("4 企业概况") == "企业概况");
  CHECK(eval::heading_key("第一部分 企业概况") == "企业概况");
  CHECK(eval::heading_key("第1部分：企业概况") == "企业概况");
  CHECK(eval::heading_key("Part 1 企业概况") == "企业概况");
  CHECK(eval::heading_key("摘　要") == "摘要");
  CHECK(eval::heading_key(" 摘 要： ") == "摘要");
  CHECK(eval::heading_key("管理方法（技术）的实施效果") == "管理方法(技术)的实施效果");
  // Text that only starts like a number keeps its characters.
  CHECK(eval::heading_key("一流企业") == "一流企业");
  CHECK(eval::heading_key("2019年营收") == "年营收");
}

TEST_CASE("outline finds the title and headings with typed numbers", "[eval]")
{
  const auto doc = ModelBuilder()
                       .title("某公司实施六西格玛设计的经验")
                       .heading("一、摘要")
                       .paragraph("摘要正文")
                       .heading("二、企业概况")
                       .paragraph("概况正文")
                       .heading("三、管理方法（技术）的推进和应用情况")
                       .paragraph("方法正文")
                       .heading("四、管理方法(技术)的实施效果")
                       .paragraph("效果正文")
                       .build();
  const auto outline = outline_of(doc);
  CHECK(ids(outline) == std::vector<std::string>{"title", "summary", "overview", "method", "results"});
  const auto* title = outline.find("title");
  REQUIRE(title != nullptr);
  CHECK_FALSE(title->heading.has_value());
  CHECK(title->first == 0);
  CHECK(title->end == 1);
  const auto* summary = outline.find("summary");
  REQUIRE(summary != nullptr);
  CHECK(summary->heading == std::optional<std::size_t>(1));
  CHECK(summary->first == 2);
  CHECK(summary->end == 3);
  CHECK(outline.find("results")->end == doc.paragraphs.size());
  CHECK(outline.is_heading(3));
  CHECK_FALSE(outline.is_heading(4));
}

TEST_CASE("outline ignores automatic numbering labels and accepts spaced headings", "[eval]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("摘 要", "一、")
                       .paragraph("正文")
                       .heading("企业概况", "（二）")
                       .build();
  const auto outline = outline_of(doc);
  CHECK(ids(outline) == std::vector<std::string>{"title", "summary", "overview"});
}

TEST_CASE("outline reports missing and out-of-order parts as they are", "[eval]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("企业概况")
                       .paragraph("正文")
                       .heading("摘要")
                       .paragraph("正文")
                       .build();
  const auto outline = outline_of(doc);
  CHECK(ids(outline) == std::vector<std::string>{"title", "overview", "summary"});
  CHECK(outline.find("method") == nullptr);
  CHECK(outline.find("overview")->end == 3);
}

TEST_CASE("outline does not take a heading inside a table and keeps the first match", "[eval]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .table({{"摘要"}})
                       .heading("摘要")
                       .paragraph("正文")
                       .heading("摘要")
                       .build();
  const auto outline = outline_of(doc);
  REQUIRE(outline.find("summary") != nullptr);
  CHECK(outline.find("summary")->heading == std::optional<std::size_t>(2));
  CHECK(outline.find("summary")->end == doc.paragraphs.size());
}

TEST_CASE("a first paragraph that is a heading is not the title", "[eval]")
{
  const auto doc = ModelBuilder().paragraph("").heading("摘要").paragraph("正文").build();
  const auto outline = outline_of(doc);
  CHECK(outline.find("title") == nullptr);
  CHECK(outline.find("summary") != nullptr);
}

TEST_CASE("text boxes and notes belong to the part of their anchor", "[eval]")
{
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("摘要")
                       .paragraph("正文")
                       .textbox("框内文字")
                       .footnote("脚注")
                       .heading("企业概况")
                       .paragraph("概况")
                       .build();
  const auto outline = outline_of(doc);
  REQUIRE(doc.paragraphs[3].story == model::Story::textbox);
  REQUIRE(outline.part_of(doc, 3) != nullptr);
  CHECK(outline.part_of(doc, 3)->id == "summary");
  const std::size_t note = doc.paragraphs.size() - 1;
  REQUIRE(doc.paragraphs[note].story == model::Story::footnote);
  CHECK(outline.part_of(doc, note)->id == "summary");
  CHECK(outline.part_of(doc, 5)->id == "overview");
  CHECK(outline.part_of(doc, 99) == nullptr);
}

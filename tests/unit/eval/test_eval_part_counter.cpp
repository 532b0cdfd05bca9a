#include <catch2/catch.hpp>

#include "eval/outline_builder.hpp"
#include "eval/part_counter.hpp"
#include "unit/eval/model_builder.hpp"
#include "unit/eval/ruleset_fixture.hpp"

using namespace qb;
using qb::test::ModelBuilder;

namespace {

struct Fixture
{
  model::Document document;
  eval::Outline outline;
};

Fixture summary_with_everything()
{
  Fixture fixture;
  fixture.document = ModelBuilder()
                         .title("标题文字")                 // 4
                         .heading("摘要", "一、")           // heading: never counted
                         .paragraph("正文十个字正文十个字") // 10
                         .table({{"一二", "三"}})           // 3
                         .caption("表1 数据")               // 表1 = 表 + "1" = 2, 数据 = 2 -> 4
                         .textbox("框内")                   // 2
                         .footnote("脚注三")                // 3
                         .endnote("尾注")                   // 2
                         .heading("企业概况")
                         .paragraph("概况")
                         .build();
  static const auto ruleset = test::fixture_ruleset("");
  fixture.outline = eval::build_outline(fixture.document, ruleset->data.parts);
  return fixture;
}

std::int64_t words(const Fixture& f, std::string_view part, const eval::PartInclusion& inclusion = {})
{
  return eval::count_part(f.document, f.outline, part, text::CountingMode::word, inclusion).words;
}

} // namespace

TEST_CASE("a part counts body, tables, captions and text boxes but not its heading or notes", "[eval]")
{
  const auto f = summary_with_everything();
  CHECK(words(f, "summary") == 10 + 3 + 4 + 2);
  CHECK(words(f, "title") == 4);
  CHECK(words(f, "overview") == 2);
  CHECK(words(f, "results") == 0);
}

TEST_CASE("part inclusion switches tables, captions, text boxes and notes", "[eval]")
{
  const auto f = summary_with_everything();
  eval::PartInclusion inclusion;
  inclusion.tables = false;
  CHECK(words(f, "summary", inclusion) == 10 + 4 + 2);
  inclusion.captions = false;
  CHECK(words(f, "summary", inclusion) == 10 + 2);
  inclusion.textboxes = false;
  CHECK(words(f, "summary", inclusion) == 10);
  inclusion.footnotes = true;
  CHECK(words(f, "summary", inclusion) == 13);
  inclusion.endnotes = true;
  CHECK(words(f, "summary", inclusion) == 15);
}

TEST_CASE("hidden text is not counted in a part", "[eval]")
{
  auto doc = ModelBuilder().title("标题").heading("摘要").paragraph("可见").hidden_text("隐藏文字").build();
  static const auto ruleset = test::fixture_ruleset("");
  const auto outline = eval::build_outline(doc, ruleset->data.parts);
  CHECK(eval::count_part(doc, outline, "summary", text::CountingMode::word).words == 2);
}

TEST_CASE("a part counted again, in either mode, through the same outline gives the same figures", "[eval]")
{
  const auto f = summary_with_everything();
  for (const auto mode : {text::CountingMode::word, text::CountingMode::wps, text::CountingMode::word}) {
    const auto counts = eval::count_part(f.document, f.outline, "summary", mode);
    CHECK(counts.words == 10 + 3 + 4 + 2);
    CHECK(counts.hanzi == eval::count_part(f.document, f.outline, "summary", mode).hanzi);
  }
}

TEST_CASE("an outline's remembered counts never leak into another document of the same shape", "[eval]")
{
  static const auto ruleset = test::fixture_ruleset("");
  const auto first = ModelBuilder().title("标题").heading("摘要").paragraph("两字").build();
  const auto second = ModelBuilder().title("标题").heading("摘要").paragraph("这里是五字").build();
  const auto outline = eval::build_outline(first, ruleset->data.parts);
  CHECK(eval::count_part(first, outline, "summary", text::CountingMode::word).words == 2);
  CHECK(eval::count_part(second, outline, "summary", text::CountingMode::word).words == 5);
  CHECK(eval::count_part(first, outline, "summary", text::CountingMode::word).words == 2);
}

#include <catch2/catch.hpp>

#include "rules/kinds/captions_rule.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: caption.table_position
    kind: captions
    level: error
    title: {zh: 表题注位置, en: table captions}
    message: {zh: "{count} 处：{details}", en: "{count}: {details}"}
    check: table_position
    centered: true
  - id: caption.figure_position
    kind: captions
    level: error
    title: {zh: 图题注位置, en: figure captions}
    message: {zh: "{count} 处：{details}", en: "{count}: {details}"}
    check: figure_position
    centered: true
  - id: caption.numbering
    kind: captions
    level: error
    title: {zh: 编号, en: numbering}
    message: {zh: "{count} 处：{details}", en: "{count}: {details}"}
    check: numbering
)yaml";

const rules::Ruleset& ruleset()
{
  static const auto loaded = test::kinds_ruleset(k_rules);
  return *loaded;
}

RuleResult run(std::string_view id, const model::Document& document)
{
  return test::evaluate_rule(ruleset(), id, document);
}

model::Paragraph text_paragraph(const std::string& text)
{
  test::ModelBuilder builder;
  builder.paragraph(text);
  return builder.build().paragraphs.at(0);
}

} // namespace

TEST_CASE("caption numbers are read after 表 or 图, per chapter when written N-M", "[kinds]")
{
  const auto simple = rules::caption_number(text_paragraph("表 3 产值"));
  REQUIRE(simple);
  CHECK(simple->major == 3);
  CHECK_FALSE(simple->minor);
  const auto chapter = rules::caption_number(text_paragraph("图2-1 流程"));
  REQUIRE(chapter);
  CHECK(chapter->major == 2);
  CHECK(chapter->minor == 1);
  const auto dotted = rules::caption_number(text_paragraph("图2.4流程"));
  REQUIRE(dotted);
  CHECK(dotted->minor == 4);
  const auto wide = rules::caption_number(text_paragraph("表１２ 指标"));
  REQUIRE(wide);
  CHECK(wide->major == 12);
  CHECK_FALSE(rules::caption_number(text_paragraph("表格如下")));
}

TEST_CASE("a table with a centred caption right above it passes", "[kinds]")
{
  auto builder = test::five_parts();
  builder.caption("表1 销售收入").paragraph("").table({{"年份", "收入"}});
  CHECK(run("caption.table_position", builder.build()).outcome == Outcome::pass);
}

TEST_CASE("a table caption below the table fails with what to do", "[kinds]")
{
  auto builder = test::five_parts();
  builder.table({{"年份", "收入"}}).caption("表1 销售收入");
  const RuleResult result = run("caption.table_position", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].place.zh ==
        "管理方法（技术）的实施效果，表格 1：题注“表1 销售收入”在表格下方，请移到表格上方");
  CHECK(result.locations[0].paragraph == 12);
}

TEST_CASE("a table without a caption fails", "[kinds]")
{
  auto builder = test::five_parts();
  builder.table({{"年份", "收入"}}).paragraph("表后的正文。");
  const RuleResult result = run("caption.table_position", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("表格上方没有题注") != std::string::npos);
  CHECK(result.locations.at(0).paragraph == 10);
}

TEST_CASE("a table caption that is not centred fails when centring is asked", "[kinds]")
{
  auto builder = test::five_parts();
  builder.caption("表1 销售收入", test::Fmt().size(10.5).bold(true)).table({{"年份"}});
  const RuleResult result = run("caption.table_position", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("题注“表1 销售收入”为左对齐，请改为居中") != std::string::npos);
}

TEST_CASE("a table laying out a picture is left to the figure rules", "[kinds]")
{
  auto builder = test::five_parts();
  builder.table({{"图片"}});
  builder.last().drawings.push_back(model::Drawing{model::DrawingKind::picture, false, ""});
  builder.caption("图1 现场");
  const auto document = builder.build();
  CHECK(run("caption.table_position", document).outcome == Outcome::pass);
  CHECK(run("caption.figure_position", document).outcome == Outcome::pass);
}

TEST_CASE("a figure with its caption right below passes, several pictures may share one", "[kinds]")
{
  auto builder = test::five_parts();
  builder.picture().paragraph("").picture().caption("图1 生产现场");
  CHECK(run("caption.figure_position", builder.build()).outcome == Outcome::pass);

  auto same = test::five_parts();
  same.caption("图1 生产现场");
  same.last().drawings.push_back(model::Drawing{model::DrawingKind::chart, false, ""});
  CHECK(run("caption.figure_position", same.build()).outcome == Outcome::pass);
}

TEST_CASE("a figure caption above the figure fails, a figure without caption fails", "[kinds]")
{
  auto above = test::five_parts();
  above.caption("图1 生产现场").picture().paragraph("图后的正文。");
  const RuleResult result = run("caption.figure_position", above.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.locations.at(0).place.zh ==
        "管理方法（技术）的实施效果第 2 段：题注“图1 生产现场”在图上方，请移到图下方");

  auto bare = test::five_parts();
  bare.picture().paragraph("图后的正文。");
  const RuleResult missing = run("caption.figure_position", bare.build());
  REQUIRE(missing.outcome == Outcome::fail);
  CHECK(missing.message.en.find("no caption below the figure") != std::string::npos);
}

TEST_CASE("tables and figures numbered 1, 2, 3 each pass the numbering", "[kinds]")
{
  auto builder = test::five_parts();
  builder.caption("表1 甲").table({{"a"}}).picture().caption("图1 乙").caption("表2 丙").table({{"b"}});
  builder.picture().caption("图2 丁");
  CHECK(run("caption.numbering", builder.build()).outcome == Outcome::pass);

  auto chapters = test::five_parts();
  chapters.caption("表1-1 甲").caption("表1-2 乙").caption("表2-1 丙").caption("图3-1 丁");
  CHECK(run("caption.numbering", chapters.build()).outcome == Outcome::pass);
}

TEST_CASE("gaps, repeats, wrong starts and disorder in numbering fail", "[kinds]")
{
  auto gap = test::five_parts();
  gap.caption("表1 甲").caption("表4 乙");
  const RuleResult gap_result = run("caption.numbering", gap.build());
  REQUIRE(gap_result.outcome == Outcome::fail);
  CHECK(gap_result.message.zh.find("表1之后是表4，缺少表2、表3") != std::string::npos);

  auto repeat = test::five_parts();
  repeat.caption("图1 甲").caption("图1 乙");
  CHECK(run("caption.numbering", repeat.build()).message.zh.find("图1与前一个题注图1编号重复") !=
        std::string::npos);

  auto start = test::five_parts();
  start.caption("表2 甲");
  CHECK(run("caption.numbering", start.build()).message.zh.find("第一个题注是表2，编号应从表1开始") !=
        std::string::npos);

  auto order = test::five_parts();
  order.caption("图1 甲").caption("图2 乙").caption("图1 丙");
  CHECK(run("caption.numbering", order.build()).message.zh.find("图1排在图2之后") != std::string::npos);

  auto chapter_gap = test::five_parts();
  chapter_gap.caption("表1-1 甲").caption("表2-2 乙");
  CHECK(run("caption.numbering", chapter_gap.build()).message.zh.find("缺少表2-1") != std::string::npos);

  auto mixed = test::five_parts();
  mixed.caption("表1 甲").caption("表1-2 乙");
  CHECK(run("caption.numbering", mixed.build()).message.zh.find("编号方式不同") != std::string::npos);
}

TEST_CASE("caption rules are not checked when no part is found", "[kinds]")
{
  test::ModelBuilder builder;
  builder.title("某某公司的经验").caption("表2 甲").table({{"a"}});
  CHECK(run("caption.numbering", builder.build()).outcome == Outcome::not_checked);
}

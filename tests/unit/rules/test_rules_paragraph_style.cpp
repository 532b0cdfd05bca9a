#include <catch2/catch.hpp>

#include <algorithm>

#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: style.title
    kind: paragraph_style
    level: error
    title: {zh: 标题格式, en: title style}
    message: {zh: "标题格式不符：{details}", en: "title: {details}"}
    scope: title
    font: 黑体
    size: 小二
    alignment: center
  - id: style.summary_heading
    kind: paragraph_style
    level: error
    title: {zh: 摘要标题, en: abstract heading}
    message: {zh: "摘要标题：{details}", en: "abstract heading: {details}"}
    scope: part_heading:summary
    font: 宋体
    size: 四号
    bold: true
    alignment: center
  - id: style.body
    kind: paragraph_style
    level: error
    title: {zh: 正文格式, en: body style}
    message: {zh: "正文格式不符：{details}；共 {count} 段，首处为{where}；不符 {share}，允许 {allowed}", en: "body: {details}; {count} paragraphs, first at {where}; {share} > {allowed}"}
    scope: body
    font: 宋体
    size: 小四
  - id: style.body_tolerant
    kind: paragraph_style
    level: error
    title: {zh: 正文格式, en: body style}
    message: {zh: "{details}", en: "{details}"}
    scope: body
    font: 宋体
    max_deviation: 0.02
    report_first: 1
  - id: style.line_spacing
    kind: paragraph_style
    level: error
    title: {zh: 行距, en: spacing}
    message: {zh: "行距：{details}", en: "spacing: {details}"}
    scope: body
    line_spacing: single
  - id: style.body_bold
    kind: paragraph_style
    level: error
    title: {zh: 不加粗, en: not bold}
    message: {zh: "{details}", en: "{details}"}
    scope: body
    parts: [method]
    bold: false
    allow_bold_subheadings: true
  - id: caption.style
    kind: paragraph_style
    level: error
    title: {zh: 题注格式, en: caption style}
    message: {zh: "题注：{details}", en: "captions: {details}"}
    scope: captions
    font: 宋体
    size: 五号
    bold: true
    alignment: center
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

test::Format summary_heading_format()
{
  return test::Fmt().font("宋体").size(14).bold(true).align(model::Alignment::center);
}

} // namespace

TEST_CASE("body text in 宋体 小四 passes the body style", "[kinds]")
{
  const auto document = test::five_parts().build();
  const RuleResult result = run("style.body", document);
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "0%");
  CHECK(result.expected == "≤ 0%");
}

TEST_CASE("a body paragraph in 仿宋 fails with the property, the place and the share", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("第二段用了仿宋字体。", test::Fmt().font("仿宋"));
  const RuleResult result = run("style.body", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  REQUIRE(result.locations.size() == 1);
  CHECK(result.locations[0].part == "results");
  CHECK(result.locations[0].paragraph == 10);
  CHECK(result.locations[0].place.zh == "管理方法（技术）的实施效果第 2 段：字体为仿宋，应为宋体");
  CHECK(result.locations[0].excerpt == "第二段用了仿宋字体。");
  CHECK(result.message.zh.find("字体为仿宋，应为宋体（占") != std::string::npos);
  CHECK(result.message.zh.find("共 1 段") != std::string::npos);
  CHECK(result.message.en.find("the font is 仿宋, expected 宋体") != std::string::npos);
}

TEST_CASE("the font aliases of fonts.yaml count as the font asked for", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("这一段写作 SimSun。", test::Fmt().font("SimSun"));
  builder.paragraph("这一段写作小写 simsun。", test::Fmt().font("simsun"));
  CHECK(run("style.body", builder.build()).outcome == Outcome::pass);
}

TEST_CASE("a size given by its Chinese name is compared in points and named in messages", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("这一段是五号字。", test::Fmt().size(10.5));
  const RuleResult result = run("style.body", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.locations.at(0).place.zh.find("字号为五号（10.5 磅），应为小四（12 磅）") !=
        std::string::npos);
}

TEST_CASE("a run of digits in Times New Roman does not fail the East Asian font", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("销售收入为", test::Fmt())
      .run("12345.6", test::Fmt().font("Times New Roman"))
      .run("万元。", test::Fmt());
  CHECK(run("style.body", builder.build()).outcome == Outcome::pass);
}

TEST_CASE("Chinese text in a Latin font fails however the run is named", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("销售收入", test::Fmt()).run("增长很快", test::Fmt().font("Times New Roman"));
  CHECK(run("style.body", builder.build()).outcome == Outcome::fail);
}

TEST_CASE("max_deviation tolerates a small share of deviating characters", "[kinds]")
{
  auto builder = test::five_parts();
  // 100 characters in 宋体 and 1 in 楷体: under 2% passes the tolerant rule, fails the strict one.
  builder.paragraph(std::string(100 * 3, 'x'), test::Fmt()); // Latin letters do not count for the font
  std::string hundred;
  for (int i = 0; i < 100; ++i) {
    hundred += "字";
  }
  builder.paragraph(hundred, test::Fmt()).run("楷", test::Fmt().font("楷体"));
  const auto document = builder.build();
  CHECK(run("style.body_tolerant", document).outcome == Outcome::pass);
  CHECK(run("style.body", document).outcome == Outcome::fail);

  // Over 2%: fails, with one location only (report_first: 1).
  auto worse = test::five_parts();
  worse.paragraph("楷体楷体楷体", test::Fmt().font("楷体"));
  worse.paragraph("楷体楷体楷体", test::Fmt().font("楷体"));
  const RuleResult result = run("style.body_tolerant", worse.build());
  CHECK(result.outcome == Outcome::fail);
  CHECK(result.locations.size() == 1);
}

TEST_CASE("the body scope covers table cells and text boxes but not headings or captions", "[kinds]")
{
  auto builder = test::five_parts();
  builder.caption("表1 销售收入", test::Fmt().font("黑体").size(10.5));
  builder.table({{"年份", "收入"}, {"2019", "100"}});
  const auto with_caption = builder.build();
  CHECK(run("style.body", with_caption).outcome == Outcome::pass); // the 黑体 caption is not body text

  auto cells = test::five_parts();
  cells.table({{"年份", "收入"}}, test::Fmt().font("楷体"));
  const RuleResult in_table = run("style.body", cells.build());
  REQUIRE(in_table.outcome == Outcome::fail);
  CHECK(in_table.locations.at(0).place.zh.starts_with("管理方法（技术）的实施效果，表格 1 第 1 行第 1 列"));

  auto boxed = test::five_parts();
  boxed.textbox("文本框里的文字", test::Fmt().font("楷体"));
  CHECK(run("style.body", boxed.build()).outcome == Outcome::fail);
}

TEST_CASE("the title is 黑体 小二 centred", "[kinds]")
{
  CHECK(run("style.title", test::five_parts().build()).outcome == Outcome::pass);

  test::ModelBuilder builder;
  builder.title("某某公司的经验", "宋体", 16, false, model::Alignment::start)
      .heading("摘要")
      .paragraph("正文");
  const RuleResult result = run("style.title", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("字体为宋体，应为黑体") != std::string::npos);
  CHECK(result.message.zh.find("字号为三号（16 磅），应为小二（18 磅）") != std::string::npos);
  CHECK(result.message.zh.find("对齐方式为左对齐，应为居中") != std::string::npos);
  CHECK(result.locations.at(0).place.zh.starts_with("标题："));
}

TEST_CASE("the 摘要 heading is 宋体 四号 bold centred", "[kinds]")
{
  test::ModelBuilder good;
  good.title("某某公司的经验").heading("摘要", "", summary_heading_format()).paragraph("正文");
  CHECK(run("style.summary_heading", good.build()).outcome == Outcome::pass);

  test::ModelBuilder plain;
  plain.title("某某公司的经验")
      .heading("摘 要", "", test::Fmt().font("宋体").size(14).align(model::Alignment::center))
      .paragraph("正文");
  const RuleResult result = run("style.summary_heading", plain.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("字形为常规（不加粗），应为加粗") != std::string::npos);
  CHECK(result.locations.at(0).place.zh.starts_with("摘要标题："));
}

TEST_CASE("a rule whose part is missing is not checked", "[kinds]")
{
  test::ModelBuilder builder;
  builder.title("某某公司的经验").heading("企业概况").paragraph("正文");
  const RuleResult result = run("style.summary_heading", builder.build());
  CHECK(result.outcome == Outcome::not_checked);
  CHECK(result.message.zh.find("sections.missing") != std::string::npos);
}

TEST_CASE("single line spacing is auto 240 or unset; exact and 1.5 lines fail", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("单倍行距。", test::Fmt().line(240));
  CHECK(run("style.line_spacing", builder.build()).outcome == Outcome::pass);

  auto exact = test::five_parts();
  exact.paragraph("固定值 20 磅。", test::Fmt().line(400, model::LineRule::exact));
  const RuleResult fixed = run("style.line_spacing", exact.build());
  REQUIRE(fixed.outcome == Outcome::fail);
  CHECK(fixed.message.zh.find("行距为固定值 20 磅，应为单倍行距") != std::string::npos);

  auto wide = test::five_parts();
  wide.paragraph("1.5 倍行距。", test::Fmt().line(360));
  const RuleResult one_and_half = run("style.line_spacing", wide.build());
  REQUIRE(one_and_half.outcome == Outcome::fail);
  CHECK(one_and_half.message.zh.find("行距为1.5倍行距，应为单倍行距") != std::string::npos);
  CHECK(one_and_half.message.en.find("the line spacing is 1.5 lines, expected single spacing") !=
        std::string::npos);
}

TEST_CASE("bold body text fails unless it is a short all-bold sub-heading", "[kinds]")
{
  auto builder = test::five_parts();
  builder.paragraph("一、组织保障", test::Fmt().bold(true));
  CHECK(run("style.body_bold", builder.build()).outcome == Outcome::pass);

  auto emphasis = test::five_parts();
  emphasis.paragraph("正文中", test::Fmt()).run("加粗的强调", test::Fmt().bold(true));
  const auto document = emphasis.build();
  const RuleResult result = run("style.body_bold", document);
  // The paragraph is in the results part, which style.body_bold does not cover.
  CHECK(result.outcome == Outcome::pass);

  test::ModelBuilder method;
  method.title("某某公司的经验")
      .heading("管理方法（技术）的推进和应用情况")
      .paragraph("正文中", test::Fmt())
      .run("加粗的强调", test::Fmt().bold(true));
  const RuleResult in_method = run("style.body_bold", method.build());
  REQUIRE(in_method.outcome == Outcome::fail);
  CHECK(in_method.message.zh.find("字形为加粗，应为常规（不加粗）") != std::string::npos);
}

TEST_CASE("captions are 宋体 五号 bold centred", "[kinds]")
{
  auto builder = test::five_parts();
  builder.caption("表1 销售收入").table({{"年份"}, {"2019"}});
  CHECK(run("caption.style", builder.build()).outcome == Outcome::pass);

  auto plain = test::five_parts();
  plain.caption("表1 销售收入", test::Fmt().font("宋体").size(10.5)).table({{"年份"}});
  const RuleResult result = run("caption.style", plain.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("字形为常规（不加粗），应为加粗") != std::string::npos);
  CHECK(result.message.zh.find("对齐方式为左对齐，应为居中") != std::string::npos);
}

TEST_CASE("bad paragraph_style parameters are reported with their line", "[kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: a
    kind: paragraph_style
    level: error
    title: a
    scope: bodies
    size: 大五
    max_deviation: 1.5
  - id: b
    kind: paragraph_style
    level: error
    title: b
    scope: title
    parts: [summary]
    font: 宋体
  - id: c
    kind: paragraph_style
    level: error
    title: c
    scope: part_heading:preface
    font: 宋体
)yaml");
  REQUIRE(errors.size() == 5);
  CHECK(errors[0].starts_with("19:12: unknown scope 'bodies'"));
  CHECK(errors[1].starts_with("20:11: unknown font size '大五'"));
  CHECK(errors[2].starts_with("21:20: share 1.5 must be between 0 and 1"));
  CHECK(errors[3].starts_with("27:12: scope 'title' does not use 'parts'"));
  CHECK(errors[4].starts_with("33:12: the rule set has no part 'preface'"));
}

TEST_CASE("a paragraph_style rule with nothing to check is refused", "[kinds]")
{
  const auto errors = test::kinds_load_errors(R"yaml(
  - id: d
    kind: paragraph_style
    level: error
    title: d
    scope: body
)yaml");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("nothing to check") != std::string::npos);
}

TEST_CASE("the built-in rule set defines the format, caption, content and hygiene rules", "[kinds]")
{
  const auto ruleset = rules::builtin_ruleset();
  const std::vector<std::pair<std::string, std::string>> expected{
      {"page.size", "page_setup"},
      {"page.orientation", "page_setup"},
      {"style.title", "paragraph_style"},
      {"style.summary_heading", "paragraph_style"},
      {"style.body", "paragraph_style"},
      {"style.line_spacing", "paragraph_style"},
      {"caption.table_position", "captions"},
      {"caption.figure_position", "captions"},
      {"caption.numbering", "captions"},
      {"caption.style", "paragraph_style"},
      {"title.naming", "text_pattern"},
      {"content.figures_or_tables", "content_presence"},
      {"results.three_years", "content_presence"},
      {"overview.items", "content_presence"},
      {"revisions.present", "hygiene"},
      {"comments.present", "hygiene"},
      {"hidden_text.present", "hygiene"}};
  for (const auto& [id, kind] : expected) {
    const auto it = std::find_if(ruleset->rules.begin(), ruleset->rules.end(),
                                 [&](const auto& rule) { return rule->spec().id == id; });
    REQUIRE(it != ruleset->rules.end());
    CHECK((*it)->spec().kind == kind);
    CHECK_FALSE((*it)->spec().source.empty());
    CHECK_FALSE((*it)->spec().message.zh.empty());
    CHECK_FALSE((*it)->spec().message.en.empty());
  }
}

TEST_CASE("a compliant document passes every built-in format rule", "[kinds]")
{
  const auto ruleset = rules::builtin_ruleset();
  auto builder = test::five_parts();
  builder.caption("表1 销售收入").table({{"年份", "收入"}, {"2019", "100"}}).picture().caption("图1 现场");
  const auto document = builder.build();
  for (std::string_view id :
       {"page.size", "page.orientation", "style.title", "style.body", "style.line_spacing",
        "caption.table_position", "caption.figure_position", "caption.numbering", "caption.style",
        "content.figures_or_tables", "results.three_years", "revisions.present", "comments.present",
        "hidden_text.present"}) {
    INFO(id);
    CHECK(test::evaluate_rule(*ruleset, id, document).outcome == Outcome::pass);
  }
}

TEST_CASE("paragraphs judged at once from the outline's counts give the run-by-run results", "[kinds]")
{
  // The same text twice: once with every run in one font (judged as a whole), once with a Latin-only run in
  // another East Asian font, which the run-by-run judge ignores for the font but which makes the paragraph
  // non-uniform. Deviating, bold and hinted paragraphs included; every figure and message must agree.
  const auto build = [](const std::string& digits_font) {
    auto builder = test::five_parts();
    builder.paragraph("销售收入“增长”……", test::Fmt()).run(" 2020 ", test::Fmt().font(digits_font));
    builder.paragraph("全文加粗的小标题", test::Fmt().bold(true))
        .run("2021", test::Fmt().bold(true).font(digits_font));
    builder.paragraph("五号字的一段", test::Fmt().size(10.5))
        .run("12.5%", test::Fmt().size(10.5).font(digits_font));
    builder.paragraph("仿宋的一段", test::Fmt().font("仿宋")).run("abc", test::Fmt().font(digits_font));
    builder.paragraph("　", test::Fmt()).run("   ", test::Fmt().font(digits_font));
    return builder.build();
  };
  const auto uniform = build("宋体");
  const auto mixed = build("Times New Roman");
  for (const char* id : {"style.body", "style.body_tolerant", "style.line_spacing", "style.body_bold"}) {
    INFO(id);
    const RuleResult a = run(id, uniform);
    const RuleResult b = run(id, mixed);
    CHECK(a.outcome == b.outcome);
    CHECK(a.actual == b.actual);
    CHECK(a.message.zh == b.message.zh);
    CHECK(a.message.en == b.message.en);
    REQUIRE(a.locations.size() == b.locations.size());
    for (std::size_t i = 0; i < a.locations.size(); ++i) {
      CHECK(a.locations[i].place.zh == b.locations[i].place.zh);
    }
  }
  CHECK(run("style.body", uniform).outcome == Outcome::fail);
}

TEST_CASE("only the first report_first paragraphs are described, yet every deviating one is counted",
          "[kinds]")
{
  // Eight deviating paragraphs: the font, the size, or both. The details of a paragraph are built only for
  // the locations reported; what they say and the count in the message must not depend on it.
  auto builder = test::five_parts();
  for (int i = 0; i < 8; ++i) {
    auto format = test::Fmt();
    if (i % 3 != 1) {
      format = format.font("仿宋");
    }
    if (i % 3 != 0) {
      format = format.size(10.5);
    }
    builder.paragraph("第" + std::to_string(i) + "段偏离", format);
  }
  const RuleResult result = run("style.body", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("共 8 段") != std::string::npos);
  REQUIRE(result.locations.size() == 5);
  for (std::size_t i = 0; i < result.locations.size(); ++i) {
    INFO(i);
    const std::string& place = result.locations[i].place.zh;
    CHECK(result.locations[i].excerpt == "第" + std::to_string(i) + "段偏离");
    CHECK((place.find("字体为仿宋，应为宋体") != std::string::npos) == (i % 3 != 1));
    CHECK((place.find("；") != std::string::npos) == (i % 3 == 2)); // both properties, font first
    if (i > 0) {
      CHECK(*result.locations[i].paragraph > *result.locations[i - 1].paragraph);
    }
  }
}

TEST_CASE("fonts judged one after another, alike and not, each get their own verdict", "[kinds]")
{
  // The judge remembers its verdict on the last font; paragraphs switching between matching and deviating
  // fonts, aliases and case included, must each be judged on their own font.
  auto builder = test::five_parts();
  const std::vector<std::string> fonts{"仿宋", "宋体",   "仿宋", "仿宋", "SimSun",
                                       "楷体", "simsun", "宋体", "楷体"};
  for (std::size_t i = 0; i < fonts.size(); ++i) {
    builder.paragraph("第" + std::to_string(i) + "段", test::Fmt().font(fonts[i]));
  }
  const RuleResult result = run("style.body", builder.build());
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.message.zh.find("共 5 段") != std::string::npos);
  REQUIRE(result.locations.size() == 5);
  const std::vector<std::string> deviating{"第0段", "第2段", "第3段", "第5段", "第8段"};
  for (std::size_t i = 0; i < deviating.size(); ++i) {
    CHECK(result.locations[i].excerpt == deviating[i]);
  }
}

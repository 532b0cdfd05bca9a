#include <catch2/catch.hpp>

#include "rules/ruleset.hpp"
#include "template/template_styles.hpp"
#include "unit/template/template_rulesets.hpp"

using namespace qb;
using namespace qb::templating;

TEST_CASE("the built-in rule set gives the notice's looks", "[template]")
{
  const TemplateLooks looks = derive_looks(*rules::builtin_ruleset());
  CHECK(looks.body.font == "宋体");
  CHECK(looks.body.half_points == 24); // 小四 = 12 pt
  CHECK(looks.body.line_240ths == 240);
  CHECK_FALSE(looks.body.bold.has_value());
  CHECK(looks.title.font == "黑体");
  CHECK(looks.title.half_points == 36); // 小二 = 18 pt
  CHECK(looks.title.alignment == model::Alignment::center);
  REQUIRE(looks.part_headings.count("summary") == 1);
  const TextLook& summary = looks.part_headings.at("summary");
  CHECK(summary.font == "宋体");
  CHECK(summary.half_points == 28); // 四号 = 14 pt
  CHECK(summary.bold == true);
  CHECK(summary.alignment == model::Alignment::center);
  CHECK(looks.caption.half_points == 21); // 五号 = 10.5 pt
  CHECK(looks.caption.bold == true);
  CHECK(looks.caption.alignment == model::Alignment::center);
  CHECK(looks.page.width_twips == 11906);
  CHECK(looks.page.height_twips == 16838);
  CHECK_FALSE(looks.page.landscape);
}

TEST_CASE("a part heading without a rule of its own takes the first part heading rule's look", "[template]")
{
  const TemplateLooks looks = derive_looks(*rules::builtin_ruleset());
  CHECK(heading_style_id(looks, "summary") == "QbHeading-summary");
  CHECK(heading_style_id(looks, "overview") == "QbHeading");
  CHECK(heading_look(looks, "overview").half_points == 28);
  CHECK(heading_look(looks, "overview").bold == true);
}

TEST_CASE("looks come from the rule set: other fonts and sizes, aliases written as the family name",
          "[template]")
{
  const auto ruleset = rules::load_ruleset_text(test::other_fonts_ruleset_text(), "other.yaml");
  const TemplateLooks looks = derive_looks(*ruleset);
  CHECK(looks.body.font == "楷体");
  CHECK(looks.body.half_points == 32); // 三号 = 16 pt
  CHECK(looks.title.font == "仿宋");   // the rule says FangSong
  CHECK(looks.caption.half_points == 24);
}

TEST_CASE("a landscape rule set gives a landscape page", "[template]")
{
  std::string text(*util::find_embedded_file("caq-2020.yaml"));
  text = test::replace_once(text, "    orientation: portrait", "    orientation: landscape");
  const auto ruleset = rules::load_ruleset_text(text, "landscape.yaml");
  const TemplateLooks looks = derive_looks(*ruleset);
  CHECK(looks.page.landscape);
  CHECK(looks.page.width_twips == 16838);
  CHECK(looks.page.height_twips == 11906);
}

TEST_CASE("styles.xml carries the looks on named styles based on Normal", "[template]")
{
  const auto ruleset = rules::builtin_ruleset();
  const std::string xml = styles_xml(derive_looks(*ruleset), *ruleset, Lang::zh);
  CHECK(xml.find(R"(<w:style w:type="paragraph" w:styleId="Normal" w:default="1">)") != std::string::npos);
  CHECK(xml.find(R"(w:styleId="QbTitle")") != std::string::npos);
  CHECK(xml.find(R"(<w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/>)") != std::string::npos);
  CHECK(xml.find(R"(<w:sz w:val="36"/>)") != std::string::npos);
  CHECK(xml.find(R"(<w:name w:val="表题注"/>)") != std::string::npos);
  CHECK(styles_xml(derive_looks(*ruleset), *ruleset, Lang::en).find(R"(<w:name w:val="Table caption"/>)") !=
        std::string::npos);
}

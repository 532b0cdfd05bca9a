#include "template/template_styles.hpp"

#include <cmath>

#include "rules/kinds/captions_rule.hpp"
#include "rules/kinds/page_setup_rule.hpp"
#include "rules/kinds/paragraph_style_rule.hpp"
#include "rules/message_catalog.hpp"
#include "rules/ruleset.hpp"
#include "template/xml_builder.hpp"

namespace qb::templating {
namespace {

constexpr const char* k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr int k_heading_outline_level = 0; // part headings show in the navigation pane
constexpr int k_body_indent_chars = 200;   // first-line indent of body text: two characters (hundredths)

// The fonts.yaml family `font` belongs to ("SimSun" -> "宋体"), or `font` itself when it is in none.
std::string canonical_font(const rules::RulesetData& data, const std::string& font)
{
  for (const auto& [family, aliases] : data.font_aliases) {
    if (data.font_matches(font, family)) {
      return family;
    }
  }
  return font;
}

void merge(TextLook& look, const rules::StyleExpectation& expected, const rules::RulesetData& data)
{
  if (expected.font) {
    look.font = canonical_font(data, *expected.font);
  }
  if (expected.size_pt) {
    look.half_points = static_cast<int>(std::lround(*expected.size_pt * 2));
  }
  if (expected.bold) {
    look.bold = expected.bold;
  }
  if (expected.alignment) {
    look.alignment = expected.alignment;
  }
  if (expected.line_240ths) {
    look.line_240ths = expected.line_240ths;
  }
}

std::string jc_value(model::Alignment alignment)
{
  switch (alignment) {
  case model::Alignment::center: return "center";
  case model::Alignment::end: return "right";
  case model::Alignment::both: return "both";
  case model::Alignment::distribute: return "distribute";
  case model::Alignment::start:
  case model::Alignment::other: break;
  }
  return "left";
}

// What a style sets besides its look: layout choices of the template, not rules.
enum class Indent { inherit, none, first_line };
struct StyleExtras
{
  std::optional<int> outline_level;
  bool keep_next = false;
  Indent indent = Indent::none;              // none cancels Normal's first-line indent
  std::optional<model::Alignment> alignment; // when the look sets none
};

void add_paragraph_properties(pugi::xml_node style, const TextLook& look, const StyleExtras& extras)
{
  pugi::xml_node ppr = add_element(style, "w:pPr");
  if (extras.keep_next) {
    add_element(ppr, "w:keepNext");
  }
  if (look.line_240ths) {
    add_element(ppr, "w:spacing", {{"w:line", std::to_string(*look.line_240ths)}, {"w:lineRule", "auto"}});
  }
  if (extras.indent == Indent::none) {
    add_element(ppr, "w:ind", {{"w:firstLineChars", "0"}, {"w:firstLine", "0"}});
  } else if (extras.indent == Indent::first_line) {
    add_element(ppr, "w:ind", {{"w:firstLineChars", std::to_string(k_body_indent_chars)}});
  }
  if (const auto alignment = look.alignment ? look.alignment : extras.alignment) {
    add_value(ppr, "w:jc", jc_value(*alignment));
  }
  if (extras.outline_level) {
    add_value(ppr, "w:outlineLvl", std::to_string(*extras.outline_level));
  }
  if (!ppr.first_child()) {
    style.remove_child(ppr);
  }
}

void add_run_properties(pugi::xml_node parent, const TextLook& look)
{
  pugi::xml_node rpr = add_element(parent, "w:rPr");
  if (look.font) {
    add_element(rpr, "w:rFonts", {{"w:eastAsia", *look.font}, {"w:hint", "eastAsia"}});
  }
  if (look.bold) {
    add_value(rpr, "w:b", *look.bold ? "1" : "0");
    add_value(rpr, "w:bCs", *look.bold ? "1" : "0");
  }
  if (look.half_points) {
    add_value(rpr, "w:sz", std::to_string(*look.half_points));
    add_value(rpr, "w:szCs", std::to_string(*look.half_points));
  }
  if (!rpr.first_child()) {
    parent.remove_child(rpr);
  }
}

pugi::xml_node add_style(pugi::xml_node styles, const std::string& id, const std::string& name,
                         const TextLook& look, const StyleExtras& extras)
{
  pugi::xml_node style = add_element(styles, "w:style", {{"w:type", "paragraph"}, {"w:styleId", id}});
  add_value(style, "w:name", name);
  if (id != style_id::normal) {
    add_value(style, "w:basedOn", style_id::normal);
    add_value(style, "w:next", style_id::normal);
  }
  add_element(style, "w:qFormat");
  add_paragraph_properties(style, look, extras);
  add_run_properties(style, look);
  return style;
}

std::string style_name(std::string_view id, Lang lang, std::initializer_list<rules::MessageArg> args = {})
{
  return rules::message("template.style." + std::string(id), args).in(lang);
}

} // namespace

TemplateLooks derive_looks(const rules::Ruleset& ruleset)
{
  TemplateLooks looks;
  const rules::PageExpectation page_defaults;
  looks.page = PageLook{page_defaults.width_twips, page_defaults.height_twips, false};
  std::optional<TextLook> first_heading;
  bool captions_centred = false;
  for (const auto& rule : ruleset.rules) {
    if (const auto* style = dynamic_cast<const rules::ParagraphStyleRule*>(rule.get())) {
      const auto& scope = style->scope();
      switch (scope.kind) {
      case eval::ScopeKind::title: merge(looks.title, style->expected(), ruleset.data); break;
      case eval::ScopeKind::body: merge(looks.body, style->expected(), ruleset.data); break;
      case eval::ScopeKind::captions: merge(looks.caption, style->expected(), ruleset.data); break;
      case eval::ScopeKind::part_heading: {
        TextLook& look = looks.part_headings[scope.part];
        merge(look, style->expected(), ruleset.data);
        if (!first_heading) {
          first_heading = look;
        }
        break;
      }
      }
    } else if (const auto* page = dynamic_cast<const rules::PageSetupRule*>(rule.get())) {
      if (page->check() == rules::PageCheck::size) {
        looks.page.width_twips = page->expected().width_twips;
        looks.page.height_twips = page->expected().height_twips;
      } else {
        looks.page.landscape = page->expected().orientation == model::Orientation::landscape;
      }
    } else if (const auto* captions = dynamic_cast<const rules::CaptionsRule*>(rule.get())) {
      captions_centred = captions_centred || captions->options().centered;
    }
  }
  if (captions_centred && !looks.caption.alignment) {
    looks.caption.alignment = model::Alignment::center;
  }
  // The notice fixes the look of 摘要's heading only; the other part headings share it, or are bold.
  looks.heading = first_heading.value_or(TextLook{});
  if (!looks.heading.bold) {
    looks.heading.bold = true;
  }
  // Orientation: portrait means width < height, landscape the other way round, whatever the size rule says.
  const int shorter = std::min(looks.page.width_twips, looks.page.height_twips);
  const int longer = std::max(looks.page.width_twips, looks.page.height_twips);
  looks.page.width_twips = looks.page.landscape ? longer : shorter;
  looks.page.height_twips = looks.page.landscape ? shorter : longer;
  return looks;
}

const TextLook& heading_look(const TemplateLooks& looks, const std::string& id)
{
  const auto own = looks.part_headings.find(id);
  return own != looks.part_headings.end() ? own->second : looks.heading;
}

std::string heading_style_id(const TemplateLooks& looks, const std::string& id)
{
  return looks.part_headings.count(id) != 0 ? std::string(style_id::heading) + "-" + id
                                            : std::string(style_id::heading);
}

std::string styles_xml(const TemplateLooks& looks, const rules::Ruleset& ruleset, Lang lang)
{
  pugi::xml_document document;
  pugi::xml_node styles = add_element(document, "w:styles", {{"xmlns:w", k_w}});

  // Defaults: Chinese text (so LibreOffice and Word pick CJK fonts), no space after paragraphs.
  pugi::xml_node defaults = add_element(styles, "w:docDefaults");
  pugi::xml_node run_defaults = add_element(add_element(defaults, "w:rPrDefault"), "w:rPr");
  add_element(run_defaults, "w:lang", {{"w:val", "en-US"}, {"w:eastAsia", "zh-CN"}, {"w:bidi", "ar-SA"}});
  pugi::xml_node paragraph_defaults = add_element(add_element(defaults, "w:pPrDefault"), "w:pPr");
  add_element(paragraph_defaults, "w:spacing", {{"w:before", "0"}, {"w:after", "0"}});

  // Normal is the body style: every other style is based on it.
  pugi::xml_node normal = add_style(styles, style_id::normal, "Normal", looks.body, {});
  normal.append_attribute("w:default").set_value("1");
  pugi::xml_node normal_ppr = normal.child("w:pPr");
  if (!normal_ppr) {
    normal_ppr = normal.insert_child_after("w:pPr", normal.child("w:qFormat"));
  }
  add_element(normal_ppr, "w:ind",
              {{"w:firstLineChars", std::to_string(k_body_indent_chars)}, {"w:firstLine", "480"}});
  if (!looks.body.alignment) {
    add_value(normal_ppr, "w:jc", "both");
  }

  add_style(styles, style_id::title, style_name("title", lang), looks.title,
            {std::nullopt, true, Indent::none, {}});
  add_style(styles, style_id::heading, style_name("heading", lang), looks.heading,
            {k_heading_outline_level, true, Indent::none, {}});
  for (const auto& part : ruleset.data.parts) {
    if (looks.part_headings.count(part.id) != 0) {
      add_style(styles, heading_style_id(looks, part.id),
                style_name("part_heading", lang, {{"part", part.name.in(lang)}}),
                looks.part_headings.at(part.id), {k_heading_outline_level, true, Indent::none, {}});
    }
  }
  add_style(styles, style_id::table_text, style_name("table_text", lang), TextLook{},
            {std::nullopt, false, Indent::none, model::Alignment::center});
  add_style(styles, style_id::table_caption, style_name("table_caption", lang), looks.caption,
            {std::nullopt, true, Indent::none, {}});
  add_style(styles, style_id::figure, style_name("figure", lang), TextLook{},
            {std::nullopt, true, Indent::none, model::Alignment::center});
  add_style(styles, style_id::figure_caption, style_name("figure_caption", lang), looks.caption,
            {std::nullopt, false, Indent::none, {}});
  return to_part_bytes(document);
}

} // namespace qb::templating

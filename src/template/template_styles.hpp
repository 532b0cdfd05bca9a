#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/localized_text.hpp"
#include "model/properties.hpp"

namespace qb::rules {
struct Ruleset;
}

namespace qb::templating {

// What a paragraph style of the template sets: only what the rule set asks for. An unset property is not
// written, so the style inherits it (ultimately from Normal, the body style).
struct TextLook
{
  std::optional<std::string> font; // East Asian font, the canonical name of rules/fonts.yaml ("宋体")
  std::optional<int> half_points;  // w:sz
  std::optional<bool> bold;
  std::optional<model::Alignment> alignment;
  std::optional<int> line_240ths; // auto line spacing: 240 = single
};

// The page of every section.
struct PageLook
{
  int width_twips = 0;
  int height_twips = 0;
  bool landscape = false;
};

// The looks the template's styles carry, derived from the rule set's paragraph_style, captions and
// page_setup rules (docs/template.md).
struct TemplateLooks
{
  TextLook body;                                 // scope body: Normal, hence every other style
  TextLook title;                                // scope title
  TextLook caption;                              // scope captions; centred when a position rule says so
  std::map<std::string, TextLook> part_headings; // scope part_heading:<id>
  TextLook heading; // a part heading without a rule of its own: the first part_heading rule's look, else bold
  PageLook page;
};

// Merges the rules of each scope in file order (a later rule's property replaces an earlier one's; a
// contradiction shows up when the template checks itself).
TemplateLooks derive_looks(const rules::Ruleset& ruleset);

// The look of part `id`'s heading.
const TextLook& heading_look(const TemplateLooks& looks, const std::string& id);

// Style ids of the template, referenced by the document.
namespace style_id {
inline constexpr const char* normal = "Normal";
inline constexpr const char* title = "QbTitle";
inline constexpr const char* heading = "QbHeading";
inline constexpr const char* table_text = "QbTableText";
inline constexpr const char* table_caption = "QbTableCaption";
inline constexpr const char* figure = "QbFigure";
inline constexpr const char* figure_caption = "QbFigureCaption";
} // namespace style_id

// The style id of part `id`'s heading: QbHeading, or QbHeading-<id> when the part has a rule of its own.
std::string heading_style_id(const TemplateLooks& looks, const std::string& id);

// word/styles.xml: document defaults, Normal (body) and the template's styles; style names in `lang`.
std::string styles_xml(const TemplateLooks& looks, const rules::Ruleset& ruleset, Lang lang);

} // namespace qb::templating

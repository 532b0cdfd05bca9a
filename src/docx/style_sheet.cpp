#include "docx/style_sheet.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "docx/element_name.hpp"
#include "docx/style_properties.hpp"
#include "docx/theme.hpp"

namespace qb::docx {

namespace {

// Word cuts basedOn chains at this depth (a style and 63 ancestors); deeper chains are hostile or broken.
constexpr std::size_t k_max_chain = 64;

enum class StyleType { paragraph, character, table, numbering };

StyleType style_type(std::string_view type)
{
  if (type == "character") {
    return StyleType::character;
  }
  if (type == "table") {
    return StyleType::table;
  }
  if (type == "numbering") {
    return StyleType::numbering;
  }
  return StyleType::paragraph; // ECMA-376 17.7.4.17: an omitted w:type means a paragraph style
}

struct StringHash
{
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// A style with its own properties and, after construction, those of its whole basedOn chain.
struct Style
{
  std::string id;
  std::string name;
  StyleType type = StyleType::paragraph;
  std::string based_on;
  bool is_default = false;
  RunLayer run;
  ParagraphLayer paragraph;
  bool has_run = false;       // the style has a w:rPr with content: chains skip the others
  bool has_paragraph = false; // same for w:pPr
  RunLayer run_chain;
  ParagraphLayer paragraph_chain;
};

// A layer of run formatting in precedence order, with the origin its values get.
struct Level
{
  const RunLayer* layer;
  model::Origin origin;
};

// Toggles (ECMA-376 17.7.3): document defaults give the starting value; each style chain (table,
// paragraph, character) that sets the property contributes its own resolved value, and those values are
// XORed, so bold in the paragraph style and bold in the character style is not bold. Direct formatting sets
// the absolute value.
model::Resolved<bool> toggle(const std::array<Level, 5>& levels, Flag RunLayer::*field)
{
  model::Resolved<bool> result;
  const RunLayer& defaults = *levels[0].layer;
  if (defaults.*field != Flag::unset) {
    result = {defaults.*field == Flag::on, levels[0].origin};
  }
  bool styled = false;
  bool value = false;
  for (std::size_t i = 1; i < 4; ++i) {
    const Flag flag = levels[i].layer->*field;
    if (flag != Flag::unset) {
      styled = true;
      value = value != (flag == Flag::on);
      result.origin = levels[i].origin;
    }
  }
  if (styled) {
    result.value = value;
  }
  const Flag direct = levels[4].layer->*field;
  if (direct != Flag::unset) {
    result = {direct == Flag::on, levels[4].origin};
  }
  return result;
}

} // namespace

struct StyleSheet::Impl
{
  std::shared_ptr<const Theme> theme;
  std::string_view theme_script; // from w:themeFontLang: a static string of script_for_language()
  std::vector<Style> styles;
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> by_id;
  std::unordered_set<std::string> strings; // owns the text style layers point to
  RunLayer default_run;
  ParagraphLayer default_paragraph;
  RunLayer empty_run;
  ParagraphLayer empty_paragraph;
  std::string default_paragraph_style;
  std::string default_table_style;
  const Style* default_character_style = nullptr;

  std::string_view intern(std::string_view text)
  {
    if (text.empty()) {
      return {};
    }
    return *strings.emplace(text).first;
  }

  void own(RunLayer& layer)
  {
    for (FontRef& font : layer.fonts) {
      font.name = intern(font.name);
      font.theme = intern(font.theme);
    }
    layer.east_asian_lang = intern(layer.east_asian_lang);
    layer.character_style = {};
  }

  void read(const pugi::xml_node& root)
  {
    const pugi::xml_node defaults = root.child("w:docDefaults");
    default_run = parse_run_layer(defaults.child("w:rPrDefault").child("w:rPr"));
    own(default_run);
    default_paragraph = parse_paragraph_layer(defaults.child("w:pPrDefault").child("w:pPr"));
    default_paragraph.style = {};
    const auto nodes = root.children("w:style");
    styles.reserve(static_cast<std::size_t>(std::distance(nodes.begin(), nodes.end())));
    by_id.reserve(styles.capacity());
    for (const pugi::xml_node& node : nodes) {
      // The style's attributes in one pass; like attribute(), the first of each name counts.
      pugi::xml_attribute id, type, is_default;
      for (pugi::xml_attribute attribute = node.first_attribute(); attribute;
           attribute = attribute.next_attribute()) {
        const std::string_view name = attribute.name();
        pugi::xml_attribute* slot = name == "w:styleId"   ? &id
                                    : name == "w:type"    ? &type
                                    : name == "w:default" ? &is_default
                                                          : nullptr;
        if (slot != nullptr && !*slot) {
          *slot = attribute;
        }
      }
      const std::string_view id_text = id.as_string();
      if (id_text.empty() || !by_id.try_emplace(std::string(id_text), styles.size()).second) {
        continue; // nothing can refer to it; Word keeps the first definition of a duplicated id
      }
      Style style;
      style.id = id_text;
      const auto [name, based_on, run, paragraph] =
          first_children(node, {"w:name", "w:basedOn", "w:rPr", "w:pPr"});
      style.name = name.attribute("w:val").as_string();
      style.type = style_type(type.as_string());
      style.based_on = based_on.attribute("w:val").as_string();
      const std::string_view default_text = is_default.as_string();
      style.is_default = default_text == "1" || default_text == "true" || default_text == "on";
      style.run = parse_run_layer(run);
      own(style.run);
      style.paragraph = parse_paragraph_layer(paragraph);
      style.paragraph.style = {};
      style.has_run = static_cast<bool>(run.first_child());
      style.has_paragraph = static_cast<bool>(paragraph.first_child());
      styles.push_back(std::move(style)); // at the index by_id gave it above
    }
  }

  const Style* find(std::string_view id, StyleType type) const
  {
    const auto found = by_id.find(id);
    if (found == by_id.end() || styles[found->second].type != type) {
      return nullptr;
    }
    return &styles[found->second];
  }

  // Flattens every style's basedOn chain once, so resolving a run is a handful of overlays. Each chain is
  // walked at most k_max_chain styles up and stops at a style already on it (a cycle) or of another type.
  void flatten()
  {
    std::vector<std::size_t> parent(styles.size(), styles.size());
    for (std::size_t i = 0; i < styles.size(); ++i) {
      const Style* base = find(styles[i].based_on, styles[i].type);
      if (base != nullptr) {
        parent[i] = static_cast<std::size_t>(base - styles.data());
      }
    }
    std::vector<std::size_t> chain;
    std::vector<std::size_t> seen(styles.size(), styles.size());
    for (std::size_t i = 0; i < styles.size(); ++i) {
      chain.clear();
      for (std::size_t at = i; at < styles.size() && seen[at] != i && chain.size() < k_max_chain;
           at = parent[at]) {
        seen[at] = i;
        chain.push_back(at);
      }
      Style& style = styles[i];
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (styles[*it].has_run) {
          overlay(style.run_chain, styles[*it].run);
        }
        if (styles[*it].has_paragraph) {
          overlay(style.paragraph_chain, styles[*it].paragraph);
        }
      }
    }
  }

  void pick_defaults()
  {
    const Style* normal = nullptr;
    for (const Style& style : styles) {
      if (style.type == StyleType::paragraph && style.is_default && default_paragraph_style.empty()) {
        default_paragraph_style = style.id;
      }
      if (style.type == StyleType::table && style.is_default && default_table_style.empty()) {
        default_table_style = style.id;
      }
      if (style.type == StyleType::character && style.is_default && default_character_style == nullptr) {
        default_character_style = &style;
      }
      if (style.type == StyleType::paragraph && style.name == "Normal" && normal == nullptr) {
        normal = &style;
      }
    }
    if (default_paragraph_style.empty() && normal != nullptr) {
      default_paragraph_style = normal->id; // no w:default: Word falls back to "Normal"
    }
  }

  const Style* paragraph_style(std::string_view id) const
  {
    const Style* style = id.empty() ? nullptr : find(id, StyleType::paragraph);
    return style != nullptr ? style : find(default_paragraph_style, StyleType::paragraph);
  }

  const RunLayer& run_chain(const Style* style) const
  {
    return style != nullptr ? style->run_chain : empty_run;
  }
  const ParagraphLayer& paragraph_chain(const Style* style) const
  {
    return style != nullptr ? style->paragraph_chain : empty_paragraph;
  }

  // The size a paragraph's character units (w:firstLineChars...) are measured in: its style's font size.
  double character_units_size(const Style* paragraph, const Style* table) const
  {
    RunLayer merged = default_run;
    overlay(merged, run_chain(table));
    overlay(merged, run_chain(paragraph));
    return merged.size_half_points > 0 ? merged.size_half_points / 2.0 : 10.0;
  }
};

namespace {

int indent_twips(const IndentValue& value, double size_pt)
{
  if (value.chars != 0) {
    const double twips = std::clamp(value.chars / 100.0 * size_pt * 20.0, -1e9, 1e9);
    return static_cast<int>(std::lround(twips));
  }
  return value.twips;
}

std::string resolve_font(const FontRef& font, const Theme* theme, std::string_view script)
{
  if (!font.theme.empty() && theme != nullptr) {
    std::string name = theme->font(font.theme, script);
    if (!name.empty()) {
      return name;
    }
  }
  return std::string(font.name); // no theme part, or it does not say: Word uses the plain name
}

} // namespace

StyleSheet::StyleSheet(const pugi::xml_node& styles, std::shared_ptr<const Theme> theme,
                       std::string_view theme_font_lang)
  : m_impl(std::make_unique<Impl>())
{
  m_impl->theme = std::move(theme);
  m_impl->theme_script = script_for_language(theme_font_lang);
  m_impl->read(styles);
  m_impl->flatten();
  m_impl->pick_defaults();
}

StyleSheet::~StyleSheet() = default;
StyleSheet::StyleSheet(StyleSheet&&) noexcept = default;
StyleSheet& StyleSheet::operator=(StyleSheet&&) noexcept = default;

model::ParagraphProperties StyleSheet::resolve_paragraph(const pugi::xml_node& pPr,
                                                         std::string_view table_style_id) const
{
  const ParagraphLayer direct = parse_paragraph_layer(pPr);
  const Style* paragraph = m_impl->paragraph_style(direct.style);
  const Style* table = table_style_id.empty() ? nullptr : m_impl->find(table_style_id, StyleType::table);
  const std::array<std::pair<const ParagraphLayer*, model::Origin>, 4> levels{{
      {&m_impl->default_paragraph, model::Origin::doc_defaults},
      {&m_impl->paragraph_chain(table), model::Origin::table_style},
      {&m_impl->paragraph_chain(paragraph), model::Origin::paragraph_style},
      {&direct, model::Origin::direct},
  }};

  model::ParagraphProperties result;
  if (paragraph != nullptr) {
    result.style_id = paragraph->id;
    result.style_name = paragraph->name;
  } else {
    result.style_id = std::string(direct.style); // no such style and no default: keep what the file says
  }
  IndentValue first_line;
  IndentValue start;
  for (const auto& [layer, origin] : levels) {
    if (layer->alignment) {
      result.alignment = {*layer->alignment, origin};
    }
    if (layer->line) {
      result.line_spacing.line = layer->line;
      result.line_spacing.origin = origin; // the origin of the line value; the rule may come from below
    }
    if (layer->line_rule) {
      result.line_spacing.rule = *layer->line_rule;
    }
    if (layer->outline_level) {
      // 9 is "body text" (Word's Level 9 is written as 8): it cancels an inherited heading level.
      const int level = *layer->outline_level;
      result.outline_level = level >= 0 && level < 9 ? std::optional<int>(level) : std::nullopt;
    }
    if (layer->first_line.set) {
      first_line = layer->first_line;
    }
    if (layer->start.set) {
      start = layer->start;
    }
  }
  const double size_pt = m_impl->character_units_size(paragraph, table);
  result.indent_first_line_twips = indent_twips(first_line, size_pt);
  result.indent_start_twips = indent_twips(start, size_pt);
  return result;
}

model::RunProperties StyleSheet::resolve_run(const pugi::xml_node& rPr, std::string_view paragraph_style_id,
                                             std::string_view table_style_id) const
{
  const RunLayer direct = parse_run_layer(rPr);
  const Style* paragraph = m_impl->paragraph_style(paragraph_style_id);
  const Style* table = table_style_id.empty() ? nullptr : m_impl->find(table_style_id, StyleType::table);
  const Style* character = direct.character_style.empty()
                               ? m_impl->default_character_style
                               : m_impl->find(direct.character_style, StyleType::character);
  const std::array<Level, 5> levels{{
      {&m_impl->default_run, model::Origin::doc_defaults},
      {&m_impl->run_chain(table), model::Origin::table_style},
      {&m_impl->run_chain(paragraph), model::Origin::paragraph_style},
      {&m_impl->run_chain(character), model::Origin::character_style},
      {&direct, model::Origin::direct},
  }};

  model::RunProperties result;
  std::array<const FontRef*, k_font_slots> fonts{};
  std::array<model::Origin, k_font_slots> font_origins{};
  for (const Level& level : levels) {
    const RunLayer& layer = *level.layer;
    for (std::size_t slot = 0; slot < k_font_slots; ++slot) {
      if (layer.fonts[slot].is_set()) {
        fonts[slot] = &layer.fonts[slot];
        font_origins[slot] = level.origin;
      }
    }
    if (layer.hint) {
      result.fonts.hint = *layer.hint;
    }
    if (layer.size_half_points > 0) {
      result.size_pt = {layer.size_half_points / 2.0, level.origin};
    }
    if (layer.complex_size_half_points > 0) {
      result.complex_size_pt = {layer.complex_size_half_points / 2.0, level.origin};
    }
    if (!layer.east_asian_lang.empty()) {
      result.east_asian_lang = std::string(layer.east_asian_lang);
    }
  }
  result.bold = toggle(levels, &RunLayer::bold);
  result.italic = toggle(levels, &RunLayer::italic);
  result.hidden = toggle(levels, &RunLayer::hidden);
  if (character != nullptr && !direct.character_style.empty()) {
    result.character_style_id = character->id;
  }

  // Word picks the theme's East Asian font by the document's theme font language; the run's own language
  // stands in only when the settings do not name one. With neither, the theme's a:ea is used (see Theme).
  const std::string_view script =
      m_impl->theme_script.empty() ? script_for_language(result.east_asian_lang) : m_impl->theme_script;
  const Theme* theme = m_impl->theme.get();
  const std::array<model::Resolved<std::string>*, k_font_slots> targets{
      &result.fonts.ascii, &result.fonts.h_ansi, &result.fonts.east_asia, &result.fonts.complex_script};
  for (std::size_t slot = 0; slot < k_font_slots; ++slot) {
    if (fonts[slot] != nullptr) {
      *targets[slot] = {resolve_font(*fonts[slot], theme, script), font_origins[slot]};
    }
  }
  return result;
}

std::pair<int, int> StyleSheet::style_numbering(std::string_view paragraph_style_id) const
{
  const Style* style = m_impl->find(paragraph_style_id, StyleType::paragraph);
  if (style == nullptr || !style->paragraph_chain.num_id || *style->paragraph_chain.num_id <= 0) {
    return {0, 0};
  }
  return {*style->paragraph_chain.num_id, style->paragraph_chain.level.value_or(0)};
}

std::string StyleSheet::style_name(std::string_view style_id) const
{
  const auto found = m_impl->by_id.find(style_id);
  return found == m_impl->by_id.end() ? std::string() : m_impl->styles[found->second].name;
}

const std::string& StyleSheet::default_paragraph_style() const
{
  return m_impl->default_paragraph_style;
}

const std::string& StyleSheet::default_table_style() const
{
  return m_impl->default_table_style;
}

} // namespace qb::docx

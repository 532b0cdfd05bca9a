#include "docx/style_properties.hpp"

namespace qb::docx {

namespace {

Flag flag(const pugi::xml_node& element)
{
  if (!element) {
    return Flag::unset;
  }
  return on_off(element) ? Flag::on : Flag::off;
}

std::optional<int> int_attribute(const pugi::xml_node& node, const char* name)
{
  const pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) {
    return std::nullopt;
  }
  // Some writers emit fractional twips ("420.5"); Word rounds them.
  const double value = attribute.as_double();
  if (value > 1e9 || value < -1e9) {
    return std::nullopt;
  }
  return static_cast<int>(value < 0 ? value - 0.5 : value + 0.5);
}

model::Alignment alignment(std::string_view jc)
{
  if (jc == "left" || jc == "start") {
    return model::Alignment::start;
  }
  if (jc == "center") {
    return model::Alignment::center;
  }
  if (jc == "right" || jc == "end") {
    return model::Alignment::end;
  }
  if (jc == "both" || jc == "justify") {
    return model::Alignment::both;
  }
  if (jc == "distribute") {
    return model::Alignment::distribute;
  }
  return model::Alignment::other;
}

std::optional<model::FontHint> hint(const pugi::xml_attribute& attribute)
{
  const std::string_view value = attribute.as_string();
  if (value == "eastAsia") {
    return model::FontHint::east_asia;
  }
  if (value == "cs") {
    return model::FontHint::complex_script;
  }
  if (value == "default") {
    return model::FontHint::default_slot;
  }
  return std::nullopt;
}

double half_points(const pugi::xml_node& element)
{
  const char* text = element.attribute("w:val").as_string();
  // Plain digits (what Word writes) without strtod, which costs more than the rest of a run's properties.
  double value = 0;
  std::size_t length = 0;
  while (text[length] >= '0' && text[length] <= '9' && length < 7) {
    value = value * 10 + (text[length] - '0');
    ++length;
  }
  if (length == 0 || text[length] != '\0') {
    value = element.attribute("w:val").as_double();
  }
  return value > 0 && value < 1e6 ? value : 0;
}

// The first-line slot of w:ind. Per ECMA-376 17.3.1.12, hanging cancels firstLine and the *Chars forms
// cancel their twips forms; a zero *Chars value is what WPS writes for "not in characters", so it does not.
IndentValue first_line_indent(const pugi::xml_node& ind)
{
  IndentValue result;
  const auto hanging_chars = int_attribute(ind, "w:hangingChars");
  const auto hanging = int_attribute(ind, "w:hanging");
  const auto first_line_chars = int_attribute(ind, "w:firstLineChars");
  const auto first_line = int_attribute(ind, "w:firstLine");
  result.set = hanging_chars || hanging || first_line_chars || first_line;
  if (hanging_chars && *hanging_chars != 0) {
    result.chars = -*hanging_chars;
  } else if (hanging && *hanging != 0) {
    result.twips = -*hanging;
  } else if (first_line_chars && *first_line_chars != 0) {
    result.chars = *first_line_chars;
  } else if (first_line) {
    result.twips = *first_line;
  }
  return result;
}

IndentValue start_indent(const pugi::xml_node& ind)
{
  IndentValue result;
  const auto start_chars = int_attribute(ind, "w:startChars");
  const auto left_chars = int_attribute(ind, "w:leftChars");
  const auto start = int_attribute(ind, "w:start");
  const auto left = int_attribute(ind, "w:left");
  result.set = start_chars || left_chars || start || left;
  if (start_chars && *start_chars != 0) {
    result.chars = *start_chars;
  } else if (left_chars && *left_chars != 0) {
    result.chars = *left_chars;
  } else if (start) {
    result.twips = *start;
  } else if (left) {
    result.twips = *left;
  }
  return result;
}

template <typename T> void take(std::optional<T>& base, const std::optional<T>& top)
{
  if (top) {
    base = top;
  }
}

void take(Flag& base, Flag top)
{
  if (top != Flag::unset) {
    base = top;
  }
}

void take(std::string_view& base, std::string_view top)
{
  if (!top.empty()) {
    base = top;
  }
}

void take(double& base, double top)
{
  if (top > 0) {
    base = top;
  }
}

void take(IndentValue& base, const IndentValue& top)
{
  if (top.set) {
    base = top;
  }
}

} // namespace

bool on_off(const pugi::xml_node& element)
{
  const pugi::xml_attribute value = element.attribute("w:val");
  if (!value) {
    return true;
  }
  const std::string_view text = value.as_string();
  return !(text == "0" || text == "false" || text == "off");
}

RunLayer parse_run_layer(const pugi::xml_node& rPr)
{
  RunLayer layer;
  if (!rPr) {
    return layer;
  }
  // One pass over the children (a run's w:rPr is read for every run of the body); like child(), the first
  // element of each name counts.
  pugi::xml_node fonts, size, complex_size, bold, italic, hidden, lang, style;
  for (pugi::xml_node child = rPr.first_child(); child; child = child.next_sibling()) {
    const std::string_view name = child.name();
    pugi::xml_node* slot = name == "w:rFonts"   ? &fonts
                           : name == "w:sz"     ? &size
                           : name == "w:szCs"   ? &complex_size
                           : name == "w:b"      ? &bold
                           : name == "w:i"      ? &italic
                           : name == "w:vanish" ? &hidden
                           : name == "w:lang"   ? &lang
                           : name == "w:rStyle" ? &style
                                                : nullptr;
    if (slot != nullptr && !*slot) {
      *slot = child;
    }
  }
  if (fonts) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, k_font_slots> k_names{{
        {"w:ascii", "w:asciiTheme"},
        {"w:hAnsi", "w:hAnsiTheme"},
        {"w:eastAsia", "w:eastAsiaTheme"},
        {"w:cs", "w:cstheme"},
    }};
    // One pass over the attributes; like attribute(), the first of each name counts.
    std::array<bool, k_font_slots> named{};
    std::array<bool, k_font_slots> themed{};
    pugi::xml_attribute hint_attribute;
    for (pugi::xml_attribute attribute = fonts.first_attribute(); attribute;
         attribute = attribute.next_attribute()) {
      const std::string_view name = attribute.name();
      if (name == "w:hint") {
        hint_attribute = hint_attribute ? hint_attribute : attribute;
        continue;
      }
      for (std::size_t slot = 0; slot < k_font_slots; ++slot) {
        if (name == k_names[slot].first && !named[slot]) {
          layer.fonts[slot].name = attribute.value();
          named[slot] = true;
        } else if (name == k_names[slot].second && !themed[slot]) {
          layer.fonts[slot].theme = attribute.value();
          themed[slot] = true;
        }
      }
    }
    layer.hint = hint(hint_attribute);
  }
  layer.size_half_points = half_points(size);
  layer.complex_size_half_points = half_points(complex_size);
  layer.bold = flag(bold);
  layer.italic = flag(italic);
  layer.hidden = flag(hidden);
  layer.east_asian_lang = lang.attribute("w:eastAsia").as_string();
  layer.character_style = style.attribute("w:val").as_string();
  return layer;
}

ParagraphLayer parse_paragraph_layer(const pugi::xml_node& pPr)
{
  ParagraphLayer layer;
  if (!pPr) {
    return layer;
  }
  layer.style = pPr.child("w:pStyle").attribute("w:val").as_string();
  if (const pugi::xml_node jc = pPr.child("w:jc")) {
    layer.alignment = alignment(jc.attribute("w:val").as_string());
  }
  if (const pugi::xml_node spacing = pPr.child("w:spacing")) {
    layer.line = int_attribute(spacing, "w:line");
    if (const pugi::xml_attribute rule = spacing.attribute("w:lineRule")) {
      const std::string_view value = rule.as_string();
      layer.line_rule = value == "exact"     ? model::LineRule::exact
                        : value == "atLeast" ? model::LineRule::at_least
                                             : model::LineRule::auto_rule;
    }
  }
  layer.outline_level = int_attribute(pPr.child("w:outlineLvl"), "w:val");
  if (const pugi::xml_node ind = pPr.child("w:ind")) {
    layer.first_line = first_line_indent(ind);
    layer.start = start_indent(ind);
  }
  if (const pugi::xml_node num_pr = pPr.child("w:numPr")) {
    layer.num_id = int_attribute(num_pr.child("w:numId"), "w:val");
    layer.level = int_attribute(num_pr.child("w:ilvl"), "w:val");
  }
  return layer;
}

void overlay(RunLayer& base, const RunLayer& top)
{
  for (std::size_t slot = 0; slot < k_font_slots; ++slot) {
    if (top.fonts[slot].is_set()) {
      base.fonts[slot] = top.fonts[slot];
    }
  }
  take(base.hint, top.hint);
  take(base.size_half_points, top.size_half_points);
  take(base.complex_size_half_points, top.complex_size_half_points);
  take(base.bold, top.bold);
  take(base.italic, top.italic);
  take(base.hidden, top.hidden);
  take(base.east_asian_lang, top.east_asian_lang);
  take(base.character_style, top.character_style);
}

void overlay(ParagraphLayer& base, const ParagraphLayer& top)
{
  take(base.style, top.style);
  take(base.alignment, top.alignment);
  take(base.line, top.line);
  take(base.line_rule, top.line_rule);
  take(base.outline_level, top.outline_level);
  take(base.first_line, top.first_line);
  take(base.start, top.start);
  take(base.num_id, top.num_id);
  take(base.level, top.level);
}

} // namespace qb::docx

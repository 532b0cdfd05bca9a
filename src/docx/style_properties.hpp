#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include <pugixml.hpp>

#include "model/properties.hpp"

namespace qb::docx {

// What one formatting level (docDefaults, one style, or direct formatting) says about a run or a paragraph.
// Every field may be unset; a level placed above another overrides exactly the fields it sets. The layers
// are small trivially copyable values so that style chains can be flattened once and combined per run
// without allocating. Their string views point into the XML they were parsed from, or into the storage
// the StyleSheet interns style strings into.

// A three-state flag: a toggle (w:b, w:i, w:vanish) may be absent, off or on.
enum class Flag : std::uint8_t { unset, off, on };

// One font slot (ascii, hAnsi, eastAsia, cs) at one level: the plain name and the theme font name.
struct FontRef
{
  std::string_view name;  // w:ascii...
  std::string_view theme; // w:asciiTheme..., beats `name` at the same level
  bool is_set() const { return !name.empty() || !theme.empty(); }
};

enum FontSlot : std::size_t { k_ascii, k_h_ansi, k_east_asia, k_complex_script, k_font_slots };

struct RunLayer
{
  std::array<FontRef, k_font_slots> fonts;
  std::optional<model::FontHint> hint;
  double size_half_points = 0;         // w:sz; 0 when unset
  double complex_size_half_points = 0; // w:szCs; 0 when unset
  Flag bold = Flag::unset;
  Flag italic = Flag::unset;
  Flag hidden = Flag::unset;
  std::string_view east_asian_lang; // w:lang/@w:eastAsia
  std::string_view character_style; // w:rStyle (direct formatting only)
};

// A first-line or start indent at one level: a length in twips, or one in hundredths of a character
// (w:firstLineChars...), which wins when non-zero.
struct IndentValue
{
  bool set = false;
  int twips = 0;
  int chars = 0; // hundredths of a character; negative for a hanging indent
};

struct ParagraphLayer
{
  std::string_view style;                    // w:pStyle (direct formatting only)
  std::optional<model::Alignment> alignment; // w:jc
  std::optional<int> line;                   // w:spacing/@w:line
  std::optional<model::LineRule> line_rule;  // w:spacing/@w:lineRule
  std::optional<int> outline_level;          // w:outlineLvl; 9 (body text) is kept as 9
  IndentValue first_line;
  IndentValue start;
  std::optional<int> num_id; // w:numPr/w:numId
  std::optional<int> level;  // w:numPr/w:ilvl
};

// True for a w:b-like element that is on: no w:val, or "1", "true", "on" (anything but "0", "false", "off").
bool on_off(const pugi::xml_node& element);

// Reads what `rPr` (may be null) sets.
RunLayer parse_run_layer(const pugi::xml_node& rPr);

// Reads what `pPr` (may be null) sets; its w:rPr (the paragraph mark) is not read here.
ParagraphLayer parse_paragraph_layer(const pugi::xml_node& pPr);

// Lays `top` over `base`: every field `top` sets replaces the one in `base` (toggles included: inside one
// style chain the nearer style's value wins; toggling happens between chains, in StyleSheet).
void overlay(RunLayer& base, const RunLayer& top);
void overlay(ParagraphLayer& base, const ParagraphLayer& top);

} // namespace qb::docx

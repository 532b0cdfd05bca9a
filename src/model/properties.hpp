#pragma once

#include <optional>
#include <string>

namespace qb::model {

// Where a resolved property value came from, so `dump` can explain a font or size.
// Stable strings: "default", "doc_defaults", "table_style", "paragraph_style", "character_style", "direct".
enum class Origin { default_value, doc_defaults, table_style, paragraph_style, character_style, direct };
std::string_view to_string(Origin origin);

// A resolved value together with its origin.
template <typename T> struct Resolved
{
  T value{};
  Origin origin = Origin::default_value;
};

// Which font slot Word is told to prefer for ambiguous characters (w:rFonts/@w:hint).
enum class FontHint { none, default_slot, east_asia, complex_script };

// Effective font names of a run, after theme fonts (e.g. minorEastAsia) are resolved through the theme part.
// Empty when nothing in the chain names one.
struct RunFonts
{
  Resolved<std::string> ascii;
  Resolved<std::string> h_ansi;
  Resolved<std::string> east_asia;
  Resolved<std::string> complex_script;
  FontHint hint = FontHint::none;
};

// A run's fully resolved character formatting (docDefaults -> table style -> paragraph style chain ->
// character style chain -> direct formatting; toggle properties per ECMA-376 17.7.3).
struct RunProperties
{
  RunFonts fonts;
  Resolved<double> size_pt{10.0};         // w:sz / 2 (Word's default is 10 pt when nothing sets it)
  Resolved<double> complex_size_pt{10.0}; // w:szCs / 2
  Resolved<bool> bold;
  Resolved<bool> italic;
  Resolved<bool> hidden;       // w:vanish
  std::string east_asian_lang; // w:lang/@w:eastAsia, e.g. "zh-CN"
  std::string character_style_id;
};

enum class Alignment { start, center, end, both, distribute, other };
std::string_view to_string(Alignment alignment);

// w:spacing/@w:lineRule. `auto_rule` with line 240 is single spacing.
enum class LineRule { auto_rule, exact, at_least };
std::string_view to_string(LineRule rule);

struct LineSpacing
{
  std::optional<int>
      line; // w:line in 240ths of a line (auto) or twips (exact/atLeast); nullopt: not set anywhere
  LineRule rule = LineRule::auto_rule;
  Origin origin = Origin::default_value;
};

// Automatic numbering of a paragraph (numbering.xml), rendered as Word shows it.
struct Numbering
{
  int num_id = 0;
  int level = 0;
  std::string format; // w:numFmt, e.g. "chineseCounting", "decimal", "bullet"
  std::string label;  // the rendered number, e.g. "一、", "（1）", "3.", "•"
  std::string suffix; // what follows the label: "\t" (default), " ", or ""
};

// A paragraph's resolved properties.
struct ParagraphProperties
{
  std::string style_id;
  std::string style_name; // w:name of the style, e.g. "heading 1"
  Resolved<Alignment> alignment{Alignment::start};
  LineSpacing line_spacing;
  std::optional<int> outline_level; // 0-based, from w:outlineLvl in the chain
  int indent_first_line_twips = 0;  // negative for a hanging indent
  int indent_start_twips = 0;
  std::optional<Numbering> numbering;
};

} // namespace qb::model

#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "model/properties.hpp"

namespace qb::docx {

class Theme;

// Resolves paragraph and run properties the way Word does (ECMA-376 17.7.2): document defaults, then the
// table style, then the paragraph style's basedOn chain, then the character style chain, then direct
// formatting. Toggle properties (bold, italic...) follow 17.7.3. Theme fonts (asciiTheme, eastAsiaTheme...)
// are resolved through the theme, the East Asian one by a script (zh-CN -> Hans, zh-TW -> Hant, ja -> Jpan,
// ko -> Hang): that of the document's theme font language (settings.xml w:themeFontLang/@w:eastAsia, which is
// what Word and LibreOffice use) when it is known, else that of the run's East Asian language (w:lang).
// basedOn cycles and chains deeper than 64 are cut; chains are flattened once, at construction.
class StyleSheet
{
public:
  // `styles` is the root of styles.xml (may be empty when the package has none); `theme` may be null.
  // `theme_font_lang` is settings.xml's w:themeFontLang/@w:eastAsia (see theme_font_language()), or empty.
  StyleSheet(const pugi::xml_node& styles, std::shared_ptr<const Theme> theme,
             std::string_view theme_font_lang = {});
  ~StyleSheet();
  StyleSheet(StyleSheet&&) noexcept;
  StyleSheet& operator=(StyleSheet&&) noexcept;

  // Properties of a paragraph with properties element `pPr` (may be null) inside a table whose style id is
  // `table_style_id` (empty outside tables). Numbering is left empty: the Numbering resolver fills it.
  model::ParagraphProperties resolve_paragraph(const pugi::xml_node& pPr,
                                               std::string_view table_style_id) const;

  // Properties of a run with `rPr` (may be null) in a paragraph whose resolved style is `paragraph_style_id`.
  model::RunProperties resolve_run(const pugi::xml_node& rPr, std::string_view paragraph_style_id,
                                   std::string_view table_style_id) const;

  // The numbering instance and level a paragraph style carries (w:pPr/w:numPr inside the style), if any.
  // Returns {num_id, level}; num_id 0 means none.
  std::pair<int, int> style_numbering(std::string_view paragraph_style_id) const;

  // Display name of a style id ("1" -> "heading 1"); empty when unknown.
  std::string style_name(std::string_view style_id) const;

  // The default paragraph style id (w:default="1", usually "Normal" or "a").
  const std::string& default_paragraph_style() const;

  // The default table style id (w:default="1", usually "TableNormal" or "a1"); empty when there is none.
  // Pass it as `table_style_id` for a table without w:tblStyle: Word applies it to such tables.
  const std::string& default_table_style() const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace qb::docx

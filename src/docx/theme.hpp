#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

namespace qb::docx {

// The fonts of a theme part (a:theme/a:themeElements/a:fontScheme).
class Theme
{
public:
  // `theme` is the root of theme1.xml; a null node gives an empty theme.
  explicit Theme(const pugi::xml_node& theme);

  // The font for a w:*Theme attribute value ("minorHAnsi", "majorEastAsia", "minorBidi"...). For the East
  // Asian slots, `script` ("Hans", "Hant", "Jpan", "Hang") picks the a:font entry; when the entry is missing
  // the a:ea typeface is used. Empty when the theme does not say.
  std::string font(std::string_view theme_font, std::string_view script) const;

private:
  struct Fonts
  {
    std::string latin, east_asian, complex_script;
    std::vector<std::pair<std::string, std::string>> by_script; // script -> typeface
  };
  Fonts m_major;
  Fonts m_minor;
};

// The script a theme's East Asian font is chosen by, for a w:lang/@w:eastAsia value ("zh-CN" -> "Hans");
// empty for languages that are not Chinese, Japanese or Korean.
std::string_view script_for_language(std::string_view east_asian_lang);

// The East Asian language theme fonts are chosen by for the whole document: w:themeFontLang/@w:eastAsia
// of `settings` (the root of settings.xml, may be null). Empty when the settings do not say.
std::string theme_font_language(const pugi::xml_node& settings);

} // namespace qb::docx

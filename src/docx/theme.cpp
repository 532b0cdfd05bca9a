#include "docx/theme.hpp"

#include <algorithm>
#include <cctype>

namespace qb::docx {

namespace {

bool iequals(std::string_view a, std::string_view b)
{
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool starts_with_ci(std::string_view text, std::string_view prefix)
{
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

} // namespace

Theme::Theme(const pugi::xml_node& theme)
{
  const pugi::xml_node scheme = theme.child("a:themeElements").child("a:fontScheme");
  const auto read = [](const pugi::xml_node& node, Fonts& fonts) {
    // One pass finds the first a:latin, a:ea and a:cs (as child() would) and counts the a:font entries.
    pugi::xml_node latin, east_asian, complex_script;
    std::size_t entries = 0;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
      const std::string_view name = child.name();
      if (name == "a:font") {
        ++entries;
      } else if (name == "a:latin") {
        latin = latin ? latin : child;
      } else if (name == "a:ea") {
        east_asian = east_asian ? east_asian : child;
      } else if (name == "a:cs") {
        complex_script = complex_script ? complex_script : child;
      }
    }
    fonts.latin = latin.attribute("typeface").as_string();
    fonts.east_asian = east_asian.attribute("typeface").as_string();
    fonts.complex_script = complex_script.attribute("typeface").as_string();
    fonts.by_script.reserve(entries);
    for (const pugi::xml_node& font : node.children("a:font")) {
      fonts.by_script.emplace_back(font.attribute("script").as_string(),
                                   font.attribute("typeface").as_string());
    }
  };
  read(scheme.child("a:majorFont"), m_major);
  read(scheme.child("a:minorFont"), m_minor);
}

std::string Theme::font(std::string_view theme_font, std::string_view script) const
{
  const Fonts* fonts = nullptr;
  std::string_view slot;
  if (theme_font.substr(0, 5) == "major") {
    fonts = &m_major;
    slot = theme_font.substr(5);
  } else if (theme_font.substr(0, 5) == "minor") {
    fonts = &m_minor;
    slot = theme_font.substr(5);
  } else {
    return {};
  }
  if (slot == "HAnsi" || slot == "Ascii") {
    return fonts->latin;
  }
  if (slot == "Bidi") {
    return fonts->complex_script;
  }
  if (slot != "EastAsia") {
    return {};
  }
  // Decision (like Word): the a:font entry of the run's script when there is one; with no East Asian
  // language (empty `script`) or no entry for it, the a:ea typeface; when that is empty too, Word falls back
  // to the system's default East Asian font, which the file does not name, so the result is empty.
  if (!script.empty()) {
    for (const auto& [entry_script, typeface] : fonts->by_script) {
      if (entry_script == script && !typeface.empty()) {
        return typeface;
      }
    }
  }
  return fonts->east_asian;
}

std::string_view script_for_language(std::string_view east_asian_lang)
{
  if (iequals(east_asian_lang, "zh-TW") || iequals(east_asian_lang, "zh-HK") ||
      iequals(east_asian_lang, "zh-MO") || starts_with_ci(east_asian_lang, "zh-Hant")) {
    return "Hant";
  }
  if (iequals(east_asian_lang, "zh") || starts_with_ci(east_asian_lang, "zh-")) {
    return "Hans"; // zh-CN, zh-SG, zh-Hans
  }
  if (iequals(east_asian_lang, "ja") || starts_with_ci(east_asian_lang, "ja-")) {
    return "Jpan";
  }
  if (iequals(east_asian_lang, "ko") || starts_with_ci(east_asian_lang, "ko-")) {
    return "Hang";
  }
  return {};
}

std::string theme_font_language(const pugi::xml_node& settings)
{
  return settings.child("w:themeFontLang").attribute("w:eastAsia").as_string();
}

} // namespace qb::docx

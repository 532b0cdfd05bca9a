#include "eval/heading_text.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <vector>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace qb::eval {
namespace {

constexpr std::array<std::string_view, 15> k_numerals{"一", "二", "三", "四", "五", "六", "七", "八",
                                                      "九", "十", "百", "零", "〇", "两", "壹"};
constexpr std::array<std::string_view, 5> k_ordinal_units{"部分", "章", "节", "篇", "条"};
// After NFKC: 、 stays, ． becomes '.', ： becomes ':', ） becomes ')'.
constexpr std::array<std::string_view, 7> k_separators{"、", ".", ",", ":", ")", "，", "．"};

// Removes a leading run of Chinese numerals or ASCII digits (and dots between digits); true when any.
bool take_number(std::string_view& text)
{
  const std::string_view start = text;
  bool progressed = true;
  while (progressed && !text.empty()) {
    progressed = false;
    if (text.front() >= '0' && text.front() <= '9') {
      text.remove_prefix(1);
      progressed = true;
      if (text.size() >= 2 && text[0] == '.' && text[1] >= '0' && text[1] <= '9') {
        text.remove_prefix(1); // 3.1 as one number
      }
      continue;
    }
    for (const auto numeral : k_numerals) {
      if (text.starts_with(numeral)) {
        text.remove_prefix(numeral.size());
        progressed = true;
        break;
      }
    }
  }
  return text.size() != start.size();
}

// The non-ASCII code points strip_numbering() may take off (those of the lists above and 第), sorted.
const std::vector<std::int32_t>& numbering_code_points()
{
  static const std::vector<std::int32_t> code_points = [] {
    std::vector<std::int32_t> result;
    const auto add = [&](std::string_view text) {
      std::int32_t offset = 0;
      while (offset < static_cast<std::int32_t>(text.size())) {
        const std::int32_t c = text::next_utf8(text.data(), offset, static_cast<std::int32_t>(text.size()));
        if (c >= 0x80) {
          result.push_back(c);
        }
      }
    };
    add("第");
    std::for_each(k_numerals.begin(), k_numerals.end(), add);
    std::for_each(k_ordinal_units.begin(), k_ordinal_units.end(), add);
    std::for_each(k_separators.begin(), k_separators.end(), add);
    std::sort(result.begin(), result.end());
    return result;
  }();
  return code_points;
}

// numbering_code_points() as a bit per BMP code point (they all are in the BMP): heading_key_longer_than()
// asks about every character of every paragraph before the parts are found.
using BmpSet = std::bitset<0x10000>;
const BmpSet& numbering_bits()
{
  static const BmpSet bits = [] {
    BmpSet result;
    for (const std::int32_t c : numbering_code_points()) {
      if (c < 0x10000) {
        result.set(static_cast<std::size_t>(c));
      }
    }
    return result;
  }();
  return bits;
}

// True when `c` certainly is one unit of the heading key of any text it is in (see heading_key_longer_than):
// `numbering` is numbering_bits().
bool certainly_in_key(std::int32_t c, const BmpSet& numbering)
{
  // nfkc_keeps_as_is() is false past the BMP; numbering code points past it are not in the set, so the set
  // is asked about BMP code points only.
  if (c < 0x80 || c >= 0x10000 || numbering[static_cast<std::size_t>(c)] || text::is_key_blank(c)) {
    return false;
  }
  return text::nfkc_keeps_as_is(c);
}

bool take_any(std::string_view& text, std::string_view prefix)
{
  if (text.starts_with(prefix)) {
    text.remove_prefix(prefix.size());
    return true;
  }
  return false;
}

bool take_separators(std::string_view& text)
{
  bool any = false;
  for (bool progressed = true; progressed;) {
    progressed = false;
    for (const auto separator : k_separators) {
      if (take_any(text, separator)) {
        progressed = any = true;
      }
    }
  }
  return any;
}

bool starts_with_ascii_digit(std::string_view text)
{
  return !text.empty() && text.front() >= '0' && text.front() <= '9';
}

// Strips one typed number at the start of a blank-free heading; leaves `text` as it is when there is none.
std::string_view strip_numbering(std::string_view text)
{
  std::string_view rest = text;
  // 第一部分, 第1章
  if (take_any(rest, "第") && take_number(rest)) {
    for (const auto unit : k_ordinal_units) {
      if (take_any(rest, unit)) {
        take_separators(rest);
        return rest;
      }
    }
  }
  // Part 1 / PART 2 (blanks are already gone)
  rest = text;
  if (rest.size() > 4 &&
      (rest.substr(0, 4) == "Part" || rest.substr(0, 4) == "PART" || rest.substr(0, 4) == "part")) {
    rest.remove_prefix(4);
    if (starts_with_ascii_digit(rest) && take_number(rest)) {
      take_separators(rest);
      return rest;
    }
  }
  // (一) (1) — NFKC turned the full-width brackets into ASCII ones
  rest = text;
  if (take_any(rest, "(") && take_number(rest) && take_any(rest, ")")) {
    take_separators(rest);
    return rest;
  }
  // 一、 1. 1、 3.1 — Chinese numerals need a separator; ASCII digits may stand alone ("4 企业概况")
  rest = text;
  const bool digits = starts_with_ascii_digit(rest);
  if (take_number(rest) && (take_separators(rest) || digits)) {
    return rest;
  }
  return text;
}

} // namespace

std::string heading_key(std::string_view text)
{
  const std::string compact = text::normalize_nfkc_without_blanks(text);
  std::string key(strip_numbering(compact));
  while (key.ends_with(":")) {
    key.pop_back();
  }
  return key;
}

std::u16string heading_key_utf16(std::string_view text)
{
  std::u16string utf16;
  const std::string compact = text::normalize_nfkc_without_blanks(text, utf16);
  const std::string_view key = strip_numbering(compact);
  // The numbering taken off is whole characters of the lists above, all in the BMP: one unit each.
  const std::string_view numbering = std::string_view(compact).substr(0, compact.size() - key.size());
  const auto numbering_units =
      static_cast<std::size_t>(std::count_if(numbering.begin(), numbering.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
      }));
  utf16.erase(0, numbering_units);
  // A trailing ':' byte is a ':' unit whatever comes before it.
  while (utf16.ends_with(u':')) {
    utf16.pop_back();
  }
  return utf16;
}

std::u16string heading_key_utf16(const model::Paragraph& paragraph)
{
  return heading_key_utf16(paragraph.text());
}

bool heading_key_longer_than(const model::Paragraph& paragraph, std::size_t units)
{
  std::size_t kept = 0;
  const BmpSet& numbering = numbering_bits();
  for (const auto& run : paragraph.runs) {
    if (run.hidden) {
      continue; // as Paragraph::text()
    }
    const char* data = run.text.data();
    const auto length = static_cast<std::int32_t>(run.text.size());
    std::int32_t offset = 0;
    while (offset < length) {
      const std::int32_t c = text::next_utf8(data, offset, length);
      if (c < 0) {
        return false; // ill-formed: the concatenated text may decode otherwise
      }
      if (certainly_in_key(c, numbering) && ++kept > units) {
        return true;
      }
    }
  }
  return false;
}

std::string heading_key(const model::Paragraph& paragraph)
{
  return heading_key(paragraph.text());
}

} // namespace qb::eval

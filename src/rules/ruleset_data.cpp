#include <algorithm>
#include <charconv>
#include <cmath>

#include "rules/ruleset.hpp"

namespace qb::rules {
namespace {

std::string_view trim(std::string_view text)
{
  const auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// ASCII letters folded to lower case; other bytes (Chinese names) compare as they are.
bool equal_folded(std::string_view a, std::string_view b)
{
  a = trim(a);
  b = trim(b);
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) {
             return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
           };
           return lower(x) == lower(y);
         });
}

// A positive number of points: "12", "10.5", optionally followed by "pt" or "磅".
std::optional<double> parse_points(std::string_view text)
{
  for (std::string_view unit : {"pt", "PT", "Pt", "磅"}) {
    if (text.ends_with(unit)) {
      text = trim(text.substr(0, text.size() - unit.size()));
      break;
    }
  }
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value <= 0) {
    return std::nullopt;
  }
  return value;
}

} // namespace

std::optional<double> RulesetData::parse_size(std::string_view text) const
{
  text = trim(text);
  if (text.empty()) {
    return std::nullopt;
  }
  // Size names are written with or without the trailing 号 (小四 = 小四号; 四号 is the name itself).
  constexpr std::string_view k_hao = "号";
  std::vector<std::string> names{std::string(text)};
  if (text.ends_with(k_hao)) {
    names.emplace_back(text.substr(0, text.size() - k_hao.size()));
  } else {
    names.push_back(std::string(text) + std::string(k_hao));
  }
  for (const auto& name : names) {
    if (auto it = size_names.find(name); it != size_names.end()) {
      return it->second;
    }
  }
  return parse_points(text);
}

bool RulesetData::font_matches(std::string_view font, std::string_view wanted) const
{
  if (trim(font).empty()) {
    return false;
  }
  if (equal_folded(font, wanted)) {
    return true;
  }
  // `wanted` names a family (or one of its aliases): any name of that family matches.
  for (const auto& entry : font_aliases) {
    // Named, not structured bindings: clang 14 (the fuzz build) cannot capture those in a lambda.
    const std::string& family = entry.first;
    const std::vector<std::string>& names = entry.second;
    const auto in_family = [&](std::string_view name) {
      return equal_folded(name, family) ||
             std::any_of(names.begin(), names.end(),
                         [&](const std::string& alias) { return equal_folded(name, alias); });
    };
    if (in_family(wanted) && in_family(font)) {
      return true;
    }
  }
  return false;
}

} // namespace qb::rules

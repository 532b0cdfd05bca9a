#include "profile/yaml_support.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "rules/message_catalog.hpp"
#include "rules/yaml_parse.hpp"
#include "util/edit_distance.hpp"

namespace qb::profile::detail {

SourceLocation location_of(const YAML::Node& node, const std::string& file)
{
  const auto mark = node.Mark();
  if (mark.is_null()) {
    return {file, 0, 0};
  }
  return {file, mark.line + 1, mark.column + 1};
}

std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics)
{
  return rules::parse_yaml(text, file, diagnostics, "profile.syntax");
}

std::string scalar_text(const YAML::Node& node)
{
  return node.IsScalar() ? node.Scalar() : std::string();
}

std::optional<double> parse_number(const YAML::Node& node)
{
  if (!node.IsScalar()) {
    return std::nullopt;
  }
  const std::string& text = node.Scalar();
  double value = 0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (first != last && *first == '+') {
    ++first;
  }
  const auto [end, error] = std::from_chars(first, last, value);
  if (first == last || error != std::errc() || end != last || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<bool> parse_bool(const YAML::Node& node)
{
  if (!node.IsScalar()) {
    return std::nullopt;
  }
  bool value = false;
  if (!YAML::convert<bool>::decode(node, value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<int> parse_year(std::string_view text)
{
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.size() != 4 || error != std::errc() || end != text.data() + text.size() || year < 1900 ||
      year > 2100) {
    return std::nullopt;
  }
  return year;
}

bool is_iso_date(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  int parts[3] = {0, 0, 0};
  const std::string_view pieces[3] = {text.substr(0, 4), text.substr(5, 2), text.substr(8, 2)};
  for (int i = 0; i < 3; ++i) {
    const auto [end, error] =
        std::from_chars(pieces[i].data(), pieces[i].data() + pieces[i].size(), parts[i]);
    if (error != std::errc() || end != pieces[i].data() + pieces[i].size()) {
      return false;
    }
  }
  const int year = parts[0];
  const int month = parts[1];
  const int day = parts[2];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  static constexpr int k_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = month == 2 && leap ? 29 : k_days[month - 1];
  return day <= days;
}

std::string nearest(std::string_view word, const std::vector<std::string_view>& known)
{
  const std::vector<std::string> candidates(known.begin(), known.end());
  return util::closest_match(word, candidates).value_or(std::string());
}

void check_keys(const YAML::Node& map, const std::vector<std::string_view>& known, const std::string& file,
                std::vector<Diagnostic>& diagnostics)
{
  std::map<std::string, int> seen; // key -> line of its first occurrence
  for (const auto& entry : map) {
    const std::string key = scalar_text(entry.first);
    const auto where = location_of(entry.first, file);
    if (const auto first = seen.find(key); first != seen.end()) {
      diagnostics.push_back({where, rules::message("profile.duplicate_key",
                                                   {{"key", key}, {"line", std::to_string(first->second)}})});
      continue;
    }
    seen.emplace(key, where.line);
    if (std::find(known.begin(), known.end(), key) != known.end()) {
      continue;
    }
    const std::string suggestion = nearest(key, known);
    if (!suggestion.empty()) {
      diagnostics.push_back(
          {where, rules::message("profile.unknown_key_suggest", {{"key", key}, {"suggestion", suggestion}})});
    } else {
      diagnostics.push_back(
          {where, rules::message("profile.unknown_key",
                                 {{"key", key}, {"known", fmt::format("{}", fmt::join(known, ", "))}})});
    }
  }
}

std::string format_number(double value)
{
  if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(std::llround(value)));
  }
  std::string text = fmt::format("{:.2f}", value);
  while (!text.empty() && text.back() == '0') {
    text.pop_back();
  }
  return text;
}

} // namespace qb::profile::detail

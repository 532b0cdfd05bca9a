#include "rules/waivers.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

#include <fnmatch.h>

#include <yaml-cpp/yaml.h>

#include "core/diagnostic.hpp"
#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"
#include "rules/yaml_location.hpp"
#include "rules/yaml_parse.hpp"

namespace qb::rules {
namespace {

bool read_text_file(const std::filesystem::path& path, std::string& text)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

bool glob_matches(const std::string& pattern, const std::string& text)
{
  return fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
}

// The path of `file` relative to `base`, in generic form; empty when `file` is not under `base`.
std::string relative_to(const std::filesystem::path& file, const std::filesystem::path& base)
{
  std::error_code error;
  const auto absolute_file = std::filesystem::absolute(file, error).lexically_normal();
  const auto absolute_base = std::filesystem::absolute(base, error).lexically_normal();
  const auto relative = absolute_file.lexically_relative(absolute_base);
  if (relative.empty() || relative.begin()->string() == "..") {
    return {};
  }
  return relative.generic_string();
}

std::optional<Waiver> read_waiver(ParamReader& item, const std::filesystem::path& base)
{
  Waiver waiver;
  waiver.where = item.location();
  waiver.base = base;
  const auto rule = item.string("rule", Need::required);
  waiver.files = item.string_list("files", Need::required);
  const auto reason = item.string("reason", Need::required);
  waiver.by = item.string("by").value_or("");
  waiver.until = item.string("until");
  if (waiver.until && !is_iso_date(*waiver.until)) {
    item.error("until", message("waiver.bad_date", {{"value", *waiver.until}}));
    return std::nullopt;
  }
  if (!rule || !reason || waiver.files.empty()) {
    return std::nullopt;
  }
  waiver.rule = *rule;
  waiver.reason = *reason;
  return waiver;
}

} // namespace

bool Waiver::matches_file(const std::filesystem::path& file) const
{
  const auto name = file.filename().string();
  const auto given = file.generic_string();
  const auto relative = base.empty() ? std::string() : relative_to(file, base);
  for (const auto& pattern : files) {
    if (pattern.find('/') == std::string::npos) {
      if (glob_matches(pattern, name)) {
        return true;
      }
      continue;
    }
    if (glob_matches(pattern, given) || (!relative.empty() && glob_matches(pattern, relative))) {
      return true;
    }
  }
  return false;
}

bool Waiver::expired(std::string_view today) const
{
  return until && *until < today; // YYYY-MM-DD compares as text
}

std::vector<Waiver> read_waivers(ParamReader& reader, const std::filesystem::path& base)
{
  std::vector<Waiver> waivers;
  for (auto& item : reader.children("waivers")) {
    if (auto waiver = read_waiver(item, base)) {
      waivers.push_back(std::move(*waiver));
    }
  }
  return waivers;
}

std::vector<Waiver> load_waivers_text(std::string_view yaml, const std::string& label,
                                      const std::filesystem::path& base)
{
  std::vector<Diagnostic> diagnostics;
  const auto parsed = parse_yaml(yaml, label, diagnostics, "config.syntax");
  if (!parsed) {
    throw LoadError(std::move(diagnostics));
  }
  const YAML::Node& root = *parsed;
  if (!root.IsMap()) {
    diagnostics.push_back({yaml_location(root, label), message("waiver.not_a_map")});
    throw LoadError(std::move(diagnostics));
  }
  ParamReader reader(root, label, diagnostics);
  auto waivers = read_waivers(reader, base);
  if (!reader.has("waivers")) {
    reader.children("waivers", Need::required);
  }
  reader.report_unknown_keys();
  if (!diagnostics.empty()) {
    throw LoadError(std::move(diagnostics));
  }
  return waivers;
}

std::vector<Waiver> load_waivers(const std::filesystem::path& path)
{
  std::string text;
  if (!read_text_file(path, text)) {
    throw LoadError({{{path.string(), 0, 0}, message("config.cannot_read", {{"file", path.string()}})}});
  }
  return load_waivers_text(text, path.string(), path.parent_path());
}

bool is_iso_date(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') {
      return false;
    }
  }
  const auto number = [&](std::size_t from, std::size_t count) {
    return std::stoi(std::string(text.substr(from, count)));
  };
  const std::chrono::year_month_day date{std::chrono::year(number(0, 4)),
                                         std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                         std::chrono::day(static_cast<unsigned>(number(8, 2)))};
  return date.ok();
}

std::string today_iso_date()
{
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{today};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

} // namespace qb::rules

#include "rules/project_config.hpp"

#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"
#include "rules/yaml_location.hpp"
#include "rules/yaml_parse.hpp"

namespace qb::rules {
namespace {

const std::vector<std::string> k_level_names{"error", "warning", "info", "off"};

std::optional<Level> level_named(const std::string& name)
{
  if (name == "error") {
    return Level::error;
  }
  if (name == "warning") {
    return Level::warning;
  }
  if (name == "info") {
    return Level::info;
  }
  return std::nullopt;
}

// `levels:` is a map keyed by rule ids, so its keys are enumerated here and each is read as a choice (which
// marks it known to the strict key check).
void read_levels(ParamReader& reader, const YAML::Node& root, ProjectConfig& config)
{
  auto levels = reader.child("levels");
  if (!levels) {
    return;
  }
  for (const auto& entry : root["levels"]) {
    if (!entry.first.IsScalar()) {
      continue;
    }
    const auto rule = entry.first.Scalar();
    if (const auto value = levels->choice(rule, k_level_names, Need::required)) {
      config.levels[rule] = LevelOverride{level_named(*value), levels->location(rule)};
    }
  }
}

std::filesystem::path resolve(const std::filesystem::path& base, const std::string& value)
{
  const std::filesystem::path path(value);
  return path.is_absolute() ? path : (base / path).lexically_normal();
}

} // namespace

ProjectConfig load_project_config_text(std::string_view yaml, const std::filesystem::path& file)
{
  const auto label = file.string();
  std::vector<Diagnostic> diagnostics;
  const auto parsed = parse_yaml(yaml, label, diagnostics, "config.syntax");
  if (!parsed) {
    throw LoadError(std::move(diagnostics));
  }
  const YAML::Node& root = *parsed;
  ProjectConfig config;
  config.file = file;
  if (root.IsNull() || !root.IsDefined()) {
    return config; // an empty config changes nothing
  }
  if (!root.IsMap()) {
    throw LoadError({{yaml_location(root, label), message("config.not_a_map")}});
  }
  const auto base = file.parent_path();
  ParamReader reader(root, label, diagnostics);
  if (const auto rules = reader.string("rules")) {
    config.rules = resolve(base, *rules);
  }
  if (const auto profile = reader.string("profile")) {
    config.profile = resolve(base, *profile);
  }
  read_levels(reader, root, config);
  config.waivers = read_waivers(reader, base);
  reader.report_unknown_keys();
  if (!diagnostics.empty()) {
    throw LoadError(std::move(diagnostics));
  }
  return config;
}

ProjectConfig load_project_config(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw LoadError({{{path.string(), 0, 0}, message("config.cannot_read", {{"file", path.string()}})}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_project_config_text(text.str(), path);
}

std::optional<std::filesystem::path> find_project_config(const std::filesystem::path& start)
{
  std::error_code error;
  auto folder = std::filesystem::absolute(start, error).lexically_normal();
  if (!std::filesystem::is_directory(folder, error)) {
    folder = folder.parent_path();
  }
  while (true) {
    const auto candidate = folder / k_project_config_name;
    if (std::filesystem::is_regular_file(candidate, error)) {
      return candidate;
    }
    if (folder == folder.root_path() || folder.parent_path() == folder) {
      return std::nullopt;
    }
    folder = folder.parent_path();
  }
}

std::optional<std::filesystem::path> choose_rules_file(const std::optional<std::filesystem::path>& option,
                                                       const char* environment, const ProjectConfig* config,
                                                       RulesOrigin& origin)
{
  if (option) {
    origin = RulesOrigin::option;
    return option;
  }
  if (environment && *environment) {
    origin = RulesOrigin::environment;
    return std::filesystem::path(environment);
  }
  if (config && config->rules) {
    origin = RulesOrigin::project_config;
    return config->rules;
  }
  origin = RulesOrigin::builtin;
  return std::nullopt;
}

} // namespace qb::rules

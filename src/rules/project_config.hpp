#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/result.hpp"
#include "rules/waivers.hpp"

namespace qb::rules {

// The name of the per-project configuration file looked for upward from a document.
inline constexpr const char* k_project_config_name = ".qbcheck.yaml";

// A rule's level as overridden by `levels:`; `off` removes the rule's results from the reports.
struct LevelOverride
{
  std::optional<Level> level; // nullopt: off
  SourceLocation where;       // the key in the config, for "unknown rule id" diagnostics
};

// A `.qbcheck.yaml` of a template repository. Paths are resolved against the config's folder.
struct ProjectConfig
{
  std::filesystem::path file;                   // the config itself
  std::optional<std::filesystem::path> rules;   // `rules:` the rule file
  std::optional<std::filesystem::path> profile; // `profile:` the applicant profile (check only)
  std::map<std::string, LevelOverride> levels;  // `levels:` rule id -> level or off
  std::vector<Waiver> waivers;                  // `waivers:`
};

// Loads a config strictly (unknown keys with "did you mean", wrong types, bad levels and dates, all at once,
// each with file:line:col). Throws LoadError.
ProjectConfig load_project_config(const std::filesystem::path& path);
// The same over YAML text; `file` names it in diagnostics and anchors its relative paths.
ProjectConfig load_project_config_text(std::string_view yaml, const std::filesystem::path& file);

// The nearest `.qbcheck.yaml` in `start` (a document or a folder: a document starts at its folder) or any
// folder above it; nullopt when there is none up to the root.
std::optional<std::filesystem::path> find_project_config(const std::filesystem::path& start);

// Where the rule set comes from, in order of precedence.
enum class RulesOrigin { option, environment, project_config, builtin };

// The rule file to use: `option` (--rules) if given, else `environment` (QBCHECK_RULES) if non-empty, else
// the config's `rules:`, else none (the built-in set). `origin` says which one won.
std::optional<std::filesystem::path> choose_rules_file(const std::optional<std::filesystem::path>& option,
                                                       const char* environment, const ProjectConfig* config,
                                                       RulesOrigin& origin);

} // namespace qb::rules

#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "docx/part_source.hpp"
#include "eval/apply_waivers.hpp"
#include "model/document.hpp"
#include "profile/profile.hpp"
#include "rules/project_config.hpp"
#include "rules/ruleset.hpp"
#include "rules/waivers.hpp"

namespace qb::cli {

// Everything the per-file pipeline needs, settled once per run (rules, config, options) and shared read-only
// by the threads of a batch.
struct CheckSettings
{
  std::shared_ptr<const rules::Ruleset> ruleset;
  std::optional<std::filesystem::path>
      profile; // --profile (or the config's `profile:`); else found beside each
  docx::ReadLimits limits;
  std::vector<rules::Waiver> waivers;
  std::shared_ptr<eval::WaiverUsage> waiver_usage; // counts the waivers' matches; may be null
  std::map<std::string, rules::LevelOverride> levels;
  Lang lang = Lang::zh;
  std::string today; // YYYY-MM-DD, for waiver expiry
};

// Checks one file: the one pipeline shared by `check` and `batch`. Never throws: an unreadable document
// becomes status `error` with code "input.<code>", an invalid profile "profile.invalid", anything unexpected
// "internal". `file` is reported as given.
DocumentResult check_file(const std::filesystem::path& file, const CheckSettings& settings);

// The same in two steps, so that a batch can read documents while the rule set is still being loaded:
// reading needs only the limits. Neither throws.
struct LoadedFile
{
  std::filesystem::path file;
  std::optional<model::Document> document;
  std::optional<DocumentResult> failure; // the error result when the file could not be read
};
LoadedFile load_file(const std::filesystem::path& file, const docx::ReadLimits& limits);
DocumentResult check_loaded(LoadedFile&& loaded, const CheckSettings& settings);

} // namespace qb::cli

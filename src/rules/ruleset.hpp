#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "rules/rule.hpp"
#include "text/counter.hpp"

namespace qb::rules {

// Data tables a rule set uses, loaded from YAML under rules/ (never constants in C++).
struct RulesetData
{
  text::CountingMode mode = text::CountingMode::word; // the rule set's default counting mode
  std::map<std::string, double> size_names;           // "小四" -> 12.0 (rules/sizes.yaml)
  std::map<std::string, std::vector<std::string>>
      font_aliases;           // "宋体" -> {"宋体", "SimSun", ...} (rules/fonts.yaml)
  std::string sme_table_file; // the SME classification table's YAML (rules/sme-2011.yaml)
  // Data files read from beside the rule file rather than the built-in copies: the name as the rule file
  // writes it, and the path (`qbcheck init` copies them along with the rule file).
  std::vector<std::pair<std::string, std::filesystem::path>> local_data_files;
  // A part as the rule set defines it: id, display name, heading patterns, limit shown in per-part tables.
  struct PartDefinition
  {
    std::string id;                            // "summary"
    LocalizedText name;                        // 摘要 / Abstract
    std::vector<std::string> heading_patterns; // ICU regexes matched against the normalised heading text
    std::optional<std::int64_t> limit;         // 字 limit shown in reports (the length rule checks it)
    bool is_title = false;                     // the title part: the first non-empty paragraph, no heading
    std::optional<LocalizedText> guidance;     // what the notice expects there (`qbcheck template` shows it)
  };
  std::vector<PartDefinition> parts; // in the required order

  // The point size of a value that may be a Chinese size name ("小四") or a number ("12", "12pt").
  std::optional<double> parse_size(std::string_view text) const;
  // True when `font` is `wanted` or one of its aliases (case-insensitive for Latin names).
  bool font_matches(std::string_view font, std::string_view wanted) const;
};

// A loaded rule set: header, data tables and rules in file order.
struct Ruleset
{
  RulesetInfo info;
  Lang default_lang = Lang::zh;
  RulesetData data;
  std::vector<std::unique_ptr<Rule>> rules;
};

// Loads a rule file; throws LoadError with every diagnostic (file:line:col) when it is invalid.
std::shared_ptr<const Ruleset> load_ruleset(const std::filesystem::path& path);
// Loads rule-file text; `label` names it in diagnostics.
std::shared_ptr<const Ruleset> load_ruleset_text(std::string_view yaml, const std::string& label);
// The rule set compiled into the binary (rules/caq-2020.yaml).
std::shared_ptr<const Ruleset> builtin_ruleset();

} // namespace qb::rules

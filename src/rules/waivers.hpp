#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace qb::rules {

class ParamReader;

// An accepted deviation: results of rule `rule` on the files matching one of `files` become `waived` (never
// passed) until the day `until`, inclusive.
struct Waiver
{
  std::string rule;                 // a rule id, e.g. "summary.length"
  std::vector<std::string> files;   // fnmatch globs; "*" matches every document
  std::string reason;               // why the deviation is accepted, shown in the reports
  std::string by;                   // who accepted it
  std::optional<std::string> until; // ISO date YYYY-MM-DD; nullopt: no end
  std::filesystem::path base; // the folder of the file that declared it: globs with '/' are relative to it
  SourceLocation where;       // the waiver in its file, for notices

  // True when `file` (a document path as the user gave it or batch found it) matches one of `files`: a glob
  // without '/' is matched against the file name, one with '/' against the path relative to `base` and
  // against the path as given.
  bool matches_file(const std::filesystem::path& file) const;
  // True when `until` is before `today` (both YYYY-MM-DD).
  bool expired(std::string_view today) const;
};

// Reads the `waivers:` list of a mapping (a waiver file or .qbcheck.yaml) through `reader`, strictly: each
// item needs `rule`, `files` and `reason`; `by` and `until` are optional; `until` must be a real date.
// Problems go to the reader's diagnostics.
std::vector<Waiver> read_waivers(ParamReader& reader, const std::filesystem::path& base);

// Loads a waiver file: a YAML mapping whose only key is `waivers:`. Throws LoadError with every diagnostic.
std::vector<Waiver> load_waivers(const std::filesystem::path& path);
// The same over YAML text; `label` names it in diagnostics, `base` anchors the globs.
std::vector<Waiver> load_waivers_text(std::string_view yaml, const std::string& label,
                                      const std::filesystem::path& base);

// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

// Today's date in UTC as YYYY-MM-DD.
std::string today_iso_date();

} // namespace qb::rules

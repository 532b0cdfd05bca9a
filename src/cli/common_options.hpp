#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "cli/check_pipeline.hpp"
#include "cli/exit_status.hpp"
#include "report/report_format.hpp"

namespace CLI {
class App;
}

namespace qb::cli {

// The options `check` and `batch` share, as typed on the command line.
struct CommonOptions
{
  std::string rules;   // --rules FILE ("" when not given)
  std::string waivers; // --waivers FILE
  std::string format = "text";
  std::string output; // --output FILE ("" = stdout)
  std::string lang = "zh";
  std::string color = "auto";
  std::string fail_on = "error";
  double max_part_mb = 0; // 0: the reader's default
};

// Adds --rules, --waivers, --format, --output, --lang, --color, --fail-on and --max-part-mb to `command`.
void add_common_options(CLI::App& command, CommonOptions& options);

// The help text of catalogue entry `id`, both languages ("中文 / English"), for option descriptions.
std::string help_text(std::string_view id);

// The options once checked: the writer, the language and the strictness.
struct RunOptions
{
  const report::FormatEntry* format = nullptr;
  Lang lang = Lang::zh;
  FailOn fail_on = FailOn::error;
};

// Checks the values CLI11 cannot (the format, with "did you mean"); prints the problem on `err` and returns
// nullopt when one is wrong.
std::optional<RunOptions> check_options(const CommonOptions& options, std::ostream& err);

// The reader's limits the options set (--max-part-mb): all that reading a document needs.
docx::ReadLimits read_limits(const CommonOptions& options);

// The settings of a run whose inputs start at `start` (the first file or folder): the rule set chosen by
// --rules, QBCHECK_RULES, the nearest .qbcheck.yaml or the built-in set; the config's levels and waivers plus
// --waivers. Prints every diagnostic of an invalid rule, config or waiver file on `err` and returns nullopt.
struct PreparedRun
{
  CheckSettings settings;
  std::optional<std::filesystem::path> config_profile; // the config's `profile:`, for `check`
};
std::optional<PreparedRun> prepare_run(const CommonOptions& options, const RunOptions& run_options,
                                       const std::filesystem::path& start, std::ostream& err);

} // namespace qb::cli

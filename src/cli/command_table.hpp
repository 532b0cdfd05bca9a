#pragma once

#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace qb::cli {

// Documented exit statuses (README, --help).
enum ExitCode : int {
  exit_ok = 0,      // every document passes
  exit_failed = 1,  // a document fails an error-level rule (or a warning with --fail-on warning)
  exit_invalid = 2, // unreadable input, invalid rule/profile/config file, or a wrong command line
};

// Shared by the subcommands: the exit status the chosen one settles on.
struct RunState
{
  int exit_code = exit_ok;
};

// One subcommand: its name, a one-line description and the function that adds it (options struct + callback)
// to the app, in the style of CLI11's examples/subcom_in_files.
struct CommandEntry
{
  std::string_view name;
  void (*setup)(CLI::App& app, RunState& state);
};

// Every subcommand, in the order `--help` lists them. `check` is the default when the first argument is
// not a subcommand name.
const std::vector<CommandEntry>& command_table();

} // namespace qb::cli

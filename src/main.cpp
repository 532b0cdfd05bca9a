// qbcheck: checks 全国质量标杆 application documents. main() only builds the CLI from the command table,
// parses, and maps errors to the documented exit codes.
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command_table.hpp"

namespace {

// `qbcheck FILE.docx` means `qbcheck check FILE.docx`: insert "check" when the first argument is neither a
// subcommand nor an option.
std::vector<std::string> with_default_command(int argc, char** argv)
{
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args.front().starts_with("-")) {
    return args;
  }
  for (const auto& entry : qb::cli::command_table()) {
    if (args.front() == entry.name) {
      return args;
    }
  }
  args.insert(args.begin(), "check");
  return args;
}

} // namespace

int main(int argc, char** argv)
{
  CLI::App app{
      "qbcheck — 全国质量标杆申报材料检查工具 / checker for National Quality Benchmark applications"};
  app.set_version_flag("--version", std::string("qbcheck ") + QBCHECK_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 all documents pass; 1 a document fails an error-level rule; "
             "2 unreadable input, invalid rule/profile file or wrong command line.");

  qb::cli::RunState state;
  for (const auto& entry : qb::cli::command_table()) {
    entry.setup(app, state);
  }

  auto args = with_default_command(argc, argv);
  std::reverse(args.begin(), args.end()); // CLI11 takes a reversed vector
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return qb::cli::exit_invalid;
  }
  if (app.get_subcommands().empty()) {
    std::cout << app.help();
    return qb::cli::exit_invalid;
  }
  return state.exit_code;
}

// `qbcheck check FILE...` (also `qbcheck FILE...`): checks documents one after another and reports them.
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/check_pipeline.hpp"
#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/run_report.hpp"

namespace qb::cli {
namespace {

struct CheckOptions
{
  CommonOptions common;
  std::vector<std::string> files;
  std::string profile; // --profile FILE
};

int run_check(const CheckOptions& options)
{
  // Check the option values CLI11 cannot check.
  const auto run_options = check_options(options.common, std::cerr);
  if (!run_options) {
    return exit_invalid;
  }
  // Settle rules, config, levels and waivers once, from the first document's folder.
  auto prepared = prepare_run(options.common, *run_options, options.files.front(), std::cerr);
  if (!prepared) {
    return exit_invalid;
  }
  auto& settings = prepared->settings;
  if (!options.profile.empty()) {
    settings.profile = std::filesystem::path(options.profile);
  } else if (prepared->config_profile) {
    settings.profile = prepared->config_profile;
  }
  auto report = RunReport::open(options.common, *run_options, settings.ruleset->info, std::cerr);
  if (!report) {
    return exit_invalid;
  }
  // Check each file in the order given, reporting it at once; a bad one is an entry in the report, never
  // the end of the run.
  for (const auto& file : options.files) {
    report->add(check_file(file, settings));
  }
  return report->finish({}, {}, settings);
}

} // namespace

void setup_check(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<CheckOptions>();
  auto* command = app.add_subcommand("check", help_text("cli.help.check"));
  command->add_option("FILE", options->files, help_text("cli.help.files"))->required();
  command->add_option("--profile", options->profile, help_text("cli.help.profile"))->type_name("FILE");
  add_common_options(*command, options->common);
  command->callback([options, &state] { state.exit_code = run_check(*options); });
}

} // namespace qb::cli

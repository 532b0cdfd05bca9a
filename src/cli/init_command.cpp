// `qbcheck init DIR [--rules FILE] [--lang zh|en] [--force]`: a ready template repository — the template
// document, profile.yaml, .qbcheck.yaml, GitHub Actions and GitLab CI, a Chinese README (docs/template.md).
// Without --force it writes nothing when any of those files exists.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/template_failure.hpp"
#include "rules/message_catalog.hpp"
#include "template/init_repository.hpp"

namespace qb::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions
{
  std::string directory;
  std::string rules; // --rules FILE ("" when not given)
  std::string lang = "zh";
  bool force = false;
};

int run_init(const InitOptions& options)
{
  Lang lang = Lang::zh;
  parse_lang(options.lang, lang);
  const fs::path directory(options.directory);
  return run_reporting_template_failures(directory.string(), lang, [&] {
    const auto rules_file = options.rules.empty() ? std::nullopt : std::optional<fs::path>(options.rules);
    const auto files = templating::repository_files(rules_file, lang);
    if (!options.force) {
      const auto existing = templating::existing_files(directory, files);
      if (!existing.empty()) {
        std::string names;
        for (const auto& path : existing) {
          names += (names.empty() ? "" : ", ") + (directory / path).string();
        }
        std::cerr << rules::message("template.cli.exists", {{"files", names}}).in(lang) << '\n';
        return exit_invalid;
      }
    }
    templating::write_files(directory, files);
    for (const auto& file : files) {
      std::cout << rules::message("template.cli.wrote", {{"file", (directory / file.path).string()}}).in(lang)
                << '\n';
    }
    std::cout << rules::message("template.cli.init_done",
                                {{"dir", directory.string()}, {"document", files.front().path.string()}})
                     .in(lang)
              << '\n';
    return exit_ok;
  });
}

} // namespace

void setup_init(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<InitOptions>();
  auto* command = app.add_subcommand("init", help_text("template.cli.help.init"));
  command->add_option("DIR", options->directory, help_text("template.cli.help.dir"))->required();
  command->add_option("--rules", options->rules, help_text("template.cli.help.init_rules"))
      ->type_name("FILE");
  command->add_option("--lang", options->lang, help_text("template.cli.help.lang"))
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  command->add_flag("--force", options->force, help_text("template.cli.help.force"));
  command->callback([options, &state] { state.exit_code = run_init(*options); });
}

} // namespace qb::cli

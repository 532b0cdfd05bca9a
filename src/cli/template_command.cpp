// `qbcheck template OUT.docx [--rules FILE] [--lang zh|en] [--force]`: writes an application template that
// passes every document rule of the rule set `check` would use there (docs/template.md).
#include <cstdlib>
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
#include "rules/project_config.hpp"
#include "rules/ruleset.hpp"
#include "template/init_repository.hpp"
#include "template/template_check.hpp"

namespace qb::cli {
namespace {

namespace fs = std::filesystem;

struct TemplateOptions
{
  std::string out;
  std::string rules; // --rules FILE ("" when not given)
  std::string lang = "zh";
  bool force = false;
};

// The rule set `qbcheck check OUT` would use: --rules, else QBCHECK_RULES, else the nearest .qbcheck.yaml's
// `rules:`, else the built-in set. Throws LoadError.
std::shared_ptr<const rules::Ruleset> choose_ruleset(const TemplateOptions& options)
{
  rules::ProjectConfig config;
  if (const auto config_file = rules::find_project_config(options.out)) {
    config = rules::load_project_config(*config_file);
  }
  rules::RulesOrigin origin = rules::RulesOrigin::builtin;
  const auto option = options.rules.empty() ? std::nullopt : std::optional<fs::path>(options.rules);
  const auto file = rules::choose_rules_file(option, std::getenv("QBCHECK_RULES"), &config, origin);
  return file ? rules::load_ruleset(*file) : rules::builtin_ruleset();
}

int run_template(const TemplateOptions& options)
{
  Lang lang = Lang::zh;
  parse_lang(options.lang, lang);
  std::error_code error;
  if (!options.force && fs::exists(options.out, error)) {
    std::cerr << rules::message("template.cli.exists", {{"files", options.out}}).in(lang) << '\n';
    return exit_invalid;
  }
  return run_reporting_template_failures(options.out, lang, [&] {
    const auto ruleset = choose_ruleset(options);
    const templating::CheckedTemplate checked = templating::make_checked_template(*ruleset, lang);
    templating::write_file(options.out, checked.package.zip_bytes());
    std::cout << rules::message("template.cli.wrote", {{"file", options.out}}).in(lang) << '\n'
              << rules::message("template.cli.template_done",
                                {{"ruleset", ruleset->info.id}, {"count", std::to_string(checked.passed)}})
                     .in(lang)
              << '\n';
    for (const auto& warning : checked.warnings) {
      std::cerr << rules::message("template.cli.warning_failed",
                                  {{"rule", warning.rule_id}, {"message", warning.message.in(lang)}})
                       .in(lang)
                << '\n';
    }
    return exit_ok;
  });
}

} // namespace

void setup_template(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<TemplateOptions>();
  auto* command = app.add_subcommand("template", help_text("template.cli.help.command"));
  command->add_option("OUT", options->out, help_text("template.cli.help.out"))->required();
  command->add_option("--rules", options->rules, help_text("template.cli.help.rules"))->type_name("FILE");
  command->add_option("--lang", options->lang, help_text("template.cli.help.lang"))
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  command->add_flag("--force", options->force, help_text("template.cli.help.force"));
  command->callback([options, &state] { state.exit_code = run_template(*options); });
}

} // namespace qb::cli

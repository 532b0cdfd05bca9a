// `qbcheck rules lint FILE...`, `qbcheck rules list [FILE]` and `qbcheck rules kinds`: rule files on their
// own, without a document (ninja's `-t list` style listings of the rule set and of the kind table).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "core/diagnostic.hpp"
#include "rules/message_catalog.hpp"
#include "rules/registry.hpp"
#include "rules/ruleset.hpp"

namespace qb::cli {
namespace {

struct RulesOptions
{
  std::vector<std::string> files; // lint: every file; list: at most one
  std::string lang = "zh";
};

Lang lang_of(const RulesOptions& options)
{
  Lang lang = Lang::zh;
  parse_lang(options.lang, lang);
  return lang;
}

void add_lang_option(CLI::App& command, RulesOptions& options)
{
  command.add_option("--lang", options.lang, help_text("rules.cli.help.lang"))
      ->check(CLI::IsMember({"zh", "en"}));
}

// Every diagnostic of every file; "OK: N rules" for the good ones. Exit 2 when any file has a problem.
int lint(const RulesOptions& options)
{
  const Lang lang = lang_of(options);
  bool failed = false;
  for (const auto& file : options.files) {
    try {
      const auto ruleset = rules::load_ruleset(file);
      std::cout << rules::message("rules.cli.lint_ok",
                                  {{"file", file}, {"count", std::to_string(ruleset->rules.size())}})
                       .in(lang)
                << '\n';
    } catch (const LoadError& error) {
      failed = true;
      for (const auto& diagnostic : error.diagnostics()) {
        std::cout << format_diagnostic(diagnostic, lang) << '\n';
      }
    }
  }
  return failed ? exit_invalid : exit_ok;
}

// One line per rule: id, level, kind, source, title.
int list(const RulesOptions& options)
{
  const Lang lang = lang_of(options);
  std::shared_ptr<const rules::Ruleset> ruleset;
  try {
    ruleset = options.files.empty() ? rules::builtin_ruleset() : rules::load_ruleset(options.files.front());
  } catch (const LoadError& error) {
    for (const auto& diagnostic : error.diagnostics()) {
      std::cerr << format_diagnostic(diagnostic, lang) << '\n';
    }
    return exit_invalid;
  }
  for (const auto& rule : ruleset->rules) {
    const auto& spec = rule->spec();
    std::cout << fmt::format("{:<30} {:<8} {:<18} {}\t{}\n", spec.id, to_string(spec.level), spec.kind,
                             spec.source.empty() ? "-" : spec.source, spec.title.in(lang));
  }
  return exit_ok;
}

int kinds()
{
  for (const auto& entry : rules::kind_table()) {
    std::cout << fmt::format("{:<20} {}\n", entry.name, entry.description);
  }
  return exit_ok;
}

} // namespace

void setup_rules(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<RulesOptions>();
  auto* command = app.add_subcommand("rules", help_text("rules.cli.help.command"));
  command->require_subcommand(1);

  auto* lint_command = command->add_subcommand("lint", help_text("rules.cli.help.lint"));
  lint_command->add_option("files", options->files, help_text("rules.cli.help.lint_files"))->required();
  add_lang_option(*lint_command, *options);
  lint_command->callback([options, &state] { state.exit_code = lint(*options); });

  auto* list_command = command->add_subcommand("list", help_text("rules.cli.help.list"));
  list_command->add_option("file", options->files, help_text("rules.cli.help.list_file"))->expected(0, 1);
  add_lang_option(*list_command, *options);
  list_command->callback([options, &state] { state.exit_code = list(*options); });

  auto* kinds_command = command->add_subcommand("kinds", help_text("rules.cli.help.kinds"));
  kinds_command->callback([&state] { state.exit_code = kinds(); });
}

} // namespace qb::cli

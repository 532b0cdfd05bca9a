#include "cli/common_options.hpp"

#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_table.hpp"
#include "rules/message_catalog.hpp"
#include "util/edit_distance.hpp"

namespace qb::cli {
namespace {

void print_diagnostics(const LoadError& error, Lang lang, std::ostream& err)
{
  for (const auto& diagnostic : error.diagnostics()) {
    err << format_diagnostic(diagnostic, lang) << '\n';
  }
}

bool rule_exists(const rules::Ruleset& ruleset, const std::string& id)
{
  for (const auto& rule : ruleset.rules) {
    if (rule->spec().id == id) {
      return true;
    }
  }
  return false;
}

// A level override or waiver naming a rule the rule set does not have is a typo: report it like a bad key.
void check_rule_ids(const rules::Ruleset& ruleset, const rules::ProjectConfig& config,
                    const std::vector<rules::Waiver>& waivers, std::vector<Diagnostic>& diagnostics)
{
  std::vector<std::string> known;
  for (const auto& rule : ruleset.rules) {
    known.push_back(rule->spec().id);
  }
  const auto check = [&](const std::string& id, const SourceLocation& where) {
    if (rule_exists(ruleset, id)) {
      return;
    }
    const auto suggestion = util::closest_match(id, known);
    diagnostics.push_back({where, suggestion ? rules::message("config.unknown_rule_suggest",
                                                              {{"rule", id}, {"suggestion", *suggestion}})
                                             : rules::message("config.unknown_rule", {{"rule", id}})});
  };
  for (const auto& [id, level] : config.levels) {
    check(id, level.where);
  }
  for (const auto& waiver : waivers) {
    check(waiver.rule, waiver.where);
  }
}

std::shared_ptr<const rules::Ruleset> load_rules(const std::optional<std::filesystem::path>& file)
{
  return file ? rules::load_ruleset(*file) : rules::builtin_ruleset();
}

std::string format_choices()
{
  std::string names;
  for (const auto& name : report::format_names()) {
    names += (names.empty() ? "" : "|") + name;
  }
  return names;
}

} // namespace

std::string help_text(std::string_view id)
{
  const auto text = rules::message(id);
  return text.zh + " / " + text.en;
}

void add_common_options(CLI::App& command, CommonOptions& options)
{
  command.add_option("--rules", options.rules, help_text("cli.help.rules"))->type_name("FILE");
  command.add_option("--waivers", options.waivers, help_text("cli.help.waivers"))->type_name("FILE");
  command.add_option("--format", options.format, help_text("cli.help.format"))
      ->type_name(format_choices())
      ->capture_default_str();
  command.add_option("--output,-o", options.output, help_text("cli.help.output"))->type_name("FILE");
  command.add_option("--lang", options.lang, help_text("cli.help.lang"))
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  command.add_option("--color", options.color, help_text("cli.help.color"))
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_option("--fail-on", options.fail_on, help_text("cli.help.fail_on"))
      ->check(CLI::IsMember({"error", "warning"}))
      ->capture_default_str();
  command.add_option("--max-part-mb", options.max_part_mb, help_text("cli.help.max_part_mb"))
      ->check(CLI::PositiveNumber)
      ->type_name("N");
}

std::optional<RunOptions> check_options(const CommonOptions& options, std::ostream& err)
{
  RunOptions result;
  parse_lang(options.lang, result.lang);
  result.fail_on = options.fail_on == "warning" ? FailOn::warning : FailOn::error;
  result.format = report::find_format(options.format);
  if (!result.format) {
    const auto names = report::format_names();
    const auto suggestion = util::closest_match(options.format, names);
    std::string all;
    for (const auto& name : names) {
      all += (all.empty() ? "" : ", ") + name;
    }
    err << (suggestion
                ? rules::message("cli.unknown_format_suggest",
                                 {{"value", options.format}, {"suggestion", *suggestion}, {"known", all}})
                : rules::message("cli.unknown_format", {{"value", options.format}, {"known", all}}))
               .in(result.lang)
        << '\n';
    return std::nullopt;
  }
  return result;
}

docx::ReadLimits read_limits(const CommonOptions& options)
{
  docx::ReadLimits limits;
  if (options.max_part_mb > 0) {
    limits.max_part_bytes = static_cast<std::uint64_t>(options.max_part_mb * 1024 * 1024);
  }
  return limits;
}

std::optional<PreparedRun> prepare_run(const CommonOptions& options, const RunOptions& run_options,
                                       const std::filesystem::path& start, std::ostream& err)
{
  const auto lang = run_options.lang;
  PreparedRun run;
  auto& settings = run.settings;
  settings.lang = lang;
  settings.today = rules::today_iso_date();
  settings.limits = read_limits(options);
  try {
    // The project's .qbcheck.yaml, nearest upward from the first input.
    rules::ProjectConfig config;
    if (const auto config_file = rules::find_project_config(start)) {
      config = rules::load_project_config(*config_file);
    }
    // The rule set: --rules, else QBCHECK_RULES, else the config's `rules:`, else the built-in set.
    rules::RulesOrigin origin = rules::RulesOrigin::builtin;
    const auto option =
        options.rules.empty() ? std::nullopt : std::optional<std::filesystem::path>(options.rules);
    settings.ruleset =
        load_rules(rules::choose_rules_file(option, std::getenv("QBCHECK_RULES"), &config, origin));
    // Waivers: the config's, then --waivers.
    settings.waivers = config.waivers;
    if (!options.waivers.empty()) {
      auto more = rules::load_waivers(options.waivers);
      settings.waivers.insert(settings.waivers.end(), more.begin(), more.end());
    }
    std::vector<Diagnostic> diagnostics;
    check_rule_ids(*settings.ruleset, config, settings.waivers, diagnostics);
    if (!diagnostics.empty()) {
      throw LoadError(std::move(diagnostics));
    }
    settings.levels = config.levels;
    settings.waiver_usage = std::make_shared<eval::WaiverUsage>(settings.waivers.size());
    run.config_profile = config.profile;
  } catch (const LoadError& error) {
    print_diagnostics(error, lang, err);
    return std::nullopt;
  } catch (const std::exception& error) {
    err << rules::message("cli.setup_failed", {{"detail", error.what()}}).in(lang) << '\n';
    return std::nullopt;
  }
  return run;
}

} // namespace qb::cli

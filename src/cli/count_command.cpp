// `qbcheck count FILE.docx [--mode word|wps] [--json] [--lang zh|en]`: the word-count dialog's figures per
// story, beside the statistics app.xml stores (labelled as such, never as the count).
#include <algorithm>
#include <array>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/input_error_message.hpp"
#include "core/diagnostic.hpp"
#include "core/input_error.hpp"
#include "core/localized_text.hpp"
#include "docx/load_document.hpp"
#include "eval/evaluator.hpp"
#include "report/counts_json.hpp"
#include "rules/message_catalog.hpp"
#include "rules/ruleset.hpp"
#include "text/counter.hpp"
#include "text/display_width.hpp"
#include "util/edit_distance.hpp"

namespace qb::cli {
namespace {

struct CountOptions
{
  std::string file;
  text::CountingMode mode = text::CountingMode::word;
  bool json = false;
  Lang lang = Lang::zh;
  std::string rules_file; // empty: the built-in rule set
};

// "unknown counting mode", in both languages (the language option may not be parsed yet), with a "did you
// mean" when `value` is a likely typo of a mode name.
std::string unknown_mode_message(const std::string& value)
{
  auto text = rules::message("count.error.mode", {{"value", value}});
  const auto suggestion = util::closest_match(value, {"word", "wps"});
  if (suggestion) {
    const auto hint = rules::message("count.error.did_you_mean", {{"suggestion", *suggestion}});
    text.zh += hint.zh;
    text.en += hint.en;
  }
  return text.zh + " / " + text.en;
}

// The dialog's five figures, in the dialog's order, with their catalogue labels.
struct Figure
{
  std::string_view label_id;
  std::int64_t text::Counts::*value;
};
constexpr std::array<Figure, 5> k_figures{{
    {"count.column.words", &text::Counts::words},
    {"count.column.asian", &text::Counts::asian},
    {"count.column.non_asian_words", &text::Counts::non_asian_words},
    {"count.column.characters", &text::Counts::characters},
    {"count.column.characters_with_spaces", &text::Counts::characters_with_spaces},
}};

class TextCountReport
{
public:
  TextCountReport(Lang lang, std::ostream& out)
    : m_lang(lang)
    , m_out(out)
  {
  }

  void write(const model::Document& document, const text::StoryCounts& counts, text::CountingMode mode,
             const std::string& ruleset_id, const std::vector<eval::PartFigures>& parts)
  {
    m_out << text("count.file", {{"file", document.file}}) << '\n';
    m_out << text(mode == text::CountingMode::word ? "count.mode.word" : "count.mode.wps") << '\n' << '\n';
    write_parts(ruleset_id, parts);
    write_table(counts);
    m_out << '\n';
    write_stored(document.stored, counts.main);
  }

private:
  std::string text(std::string_view id, const std::vector<rules::MessageArg>& args = {}) const
  {
    return rules::MessageCatalog::builtin().text(id, args).in(m_lang);
  }

  // "摘要  512 / 500  超出 12 字": each part against its limit, as the rule set's length rules count it.
  void write_parts(const std::string& ruleset_id, const std::vector<eval::PartFigures>& parts)
  {
    if (parts.empty()) {
      return;
    }
    m_out << text("count.parts.heading", {{"ruleset", ruleset_id}}) << '\n';
    std::size_t width = 0;
    for (const auto& part : parts) {
      width = std::max(width, text::display_width(part.name.in(m_lang)));
    }
    for (const auto& part : parts) {
      m_out << "  " << text::pad_to_width(part.name.in(m_lang), width + 2);
      if (!part.counts) {
        m_out << text("report.counts.missing") << '\n';
        continue;
      }
      const auto words = part.counts->words;
      m_out << fmt::format("{:>5}", words);
      if (part.limit) {
        m_out << fmt::format(" / {:<5} ", *part.limit)
              << (words > *part.limit
                      ? text("report.counts.over", {{"excess", std::to_string(words - *part.limit)}})
                      : text("report.counts.within", {{"left", std::to_string(*part.limit - words)}}));
      }
      m_out << '\n';
    }
    m_out << '\n';
  }

  void write_table(const text::StoryCounts& counts)
  {
    const std::vector<std::pair<std::string, text::Counts>> rows{
        {text("count.story.main"), counts.main},           {text("count.story.textboxes"), counts.textboxes},
        {text("count.story.footnotes"), counts.footnotes}, {text("count.story.endnotes"), counts.endnotes},
        {text("count.story.document"), counts.document()},
    };
    std::vector<std::string> header{text("count.column.scope")};
    for (const auto& figure : k_figures) {
      header.push_back(text(figure.label_id));
    }
    std::vector<std::vector<std::string>> cells{header};
    for (const auto& [label, row_counts] : rows) {
      std::vector<std::string> cells_of_row{label};
      for (const auto& figure : k_figures) {
        cells_of_row.push_back(std::to_string(row_counts.*figure.value));
      }
      cells.push_back(std::move(cells_of_row));
    }
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& row : cells) {
      for (std::size_t column = 0; column < row.size(); ++column) {
        widths[column] = std::max(widths[column], text::display_width(row[column]));
      }
    }
    for (const auto& row : cells) {
      std::string line;
      for (std::size_t column = 0; column < row.size(); ++column) {
        line += column == 0 ? text::pad_to_width(row[column], widths[column])
                            : "  " + std::string(widths[column] - text::display_width(row[column]), ' ') +
                                  row[column];
      }
      m_out << line << '\n';
    }
  }

  void write_stored(const model::StoredStatistics& stored, const text::Counts& main)
  {
    const std::array<std::pair<const std::optional<std::int64_t>*, std::int64_t text::Counts::*>, 3> figures{{
        {&stored.words, &text::Counts::words},
        {&stored.characters, &text::Counts::characters},
        {&stored.characters_with_spaces, &text::Counts::characters_with_spaces},
    }};
    const std::array<std::string_view, 3> labels{"count.column.words", "count.column.characters",
                                                 "count.column.characters_with_spaces"};
    if (!stored.words && !stored.characters && !stored.characters_with_spaces) {
      m_out << text("count.stored.none") << '\n';
      return;
    }
    const auto application =
        stored.application.empty() ? text("count.stored.unknown_application") : stored.application;
    m_out << text("count.stored.heading", {{"application", application}}) << '\n';
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const auto& value = *figures[i].first;
      const auto ours = main.*figures[i].second;
      if (!value) {
        m_out << text("count.stored.missing", {{"label", text(labels[i])}, {"ours", std::to_string(ours)}})
              << '\n';
        continue;
      }
      m_out << text("count.stored.line", {{"label", text(labels[i])},
                                          {"stored", std::to_string(*value)},
                                          {"ours", std::to_string(ours)},
                                          {"difference", fmt::format("{:+d}", ours - *value)}})
            << '\n';
    }
  }

  Lang m_lang;
  std::ostream& m_out;
};

int run_count(const CountOptions& options)
{
  try {
    const auto ruleset =
        options.rules_file.empty() ? rules::builtin_ruleset() : rules::load_ruleset(options.rules_file);
    const auto document = docx::load_document(options.file);
    const auto counts = text::count_document(document, options.mode);
    const auto parts = eval::count_parts(*ruleset, document, options.mode);
    if (options.json) {
      auto json = report::count_report_json(counts, options.mode, document.stored);
      auto& by_part = json["parts"] = nlohmann::json::object();
      for (const auto& part : parts) {
        by_part[part.part_id] = part.counts ? report::to_json(*part.counts) : nlohmann::json(nullptr);
      }
      // Any file name, UTF-8 or not: bad bytes show as U+FFFD.
      std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
      TextCountReport(options.lang, std::cout).write(document, counts, options.mode, ruleset->info.id, parts);
    }
    return exit_ok;
  } catch (const LoadError& error) {
    for (const auto& diagnostic : error.diagnostics()) {
      std::cerr << format_diagnostic(diagnostic, options.lang) << '\n';
    }
  } catch (const InputError& error) {
    std::cerr << input_error_message(error, error.file()).in(options.lang) << '\n';
  } catch (const std::exception& error) {
    std::cerr << rules::message("count.error.internal", {{"file", options.file}, {"detail", error.what()}})
                     .in(options.lang)
              << '\n';
  }
  return exit_invalid;
}

} // namespace

void setup_count(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<CountOptions>();
  auto* command = app.add_subcommand("count", help_text("count.help.command"));
  command->add_option("file", options->file, help_text("count.help.file"))->required();
  command
      ->add_option_function<std::string>(
          "--mode",
          [options](const std::string& value) {
            if (!text::parse_counting_mode(value, options->mode)) {
              throw CLI::ValidationError("--mode", unknown_mode_message(value));
            }
          },
          help_text("count.help.mode"))
      ->default_str("word");
  command->add_flag("--json", options->json, help_text("count.help.json"));
  command->add_option("--rules", options->rules_file, help_text("count.help.rules"));
  command
      ->add_option_function<std::string>(
          "--lang",
          [options](const std::string& value) {
            if (!parse_lang(value, options->lang)) {
              throw CLI::ValidationError("--lang", rules::message("count.error.lang", {{"value", value}}).en);
            }
          },
          help_text("count.help.lang"))
      ->default_str("zh");
  command->callback([options, &state] { state.exit_code = run_count(*options); });
}

} // namespace qb::cli

// `qbcheck dump FILE.docx [--json] [--max-part-mb N] [--lang zh|en]`: prints the document model, so a user
// can see why a later rule says a font, size or spacing is wrong.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/input_error_message.hpp"
#include "core/input_error.hpp"
#include "core/localized_text.hpp"
#include "docx/load_document.hpp"
#include "model/document_json.hpp"
#include "rules/message_catalog.hpp"

namespace qb::cli {

namespace {

// Paragraph text shown on a block line is cut to this many characters.
constexpr std::size_t k_text_preview_chars = 60;

struct DumpOptions
{
  std::string file;
  bool json = false;
  double max_part_mb = 64;
  Lang lang = Lang::zh;
};

// Formats the model in the chosen language.
class TextDump
{
public:
  TextDump(Lang lang, std::ostream& out)
    : m_lang(lang)
    , m_out(out)
  {
  }

  void write(const model::Document& document)
  {
    line("dump.file", {{"file", document.file}});
    std::size_t next_table = 0;
    for (const auto& paragraph : document.paragraphs) {
      while (next_table < document.tables.size() &&
             document.tables[next_table].first_paragraph == paragraph.index) {
        write_table(next_table, document.tables[next_table]);
        ++next_table;
      }
      write_paragraph(paragraph);
    }
    for (; next_table < document.tables.size(); ++next_table) {
      write_table(next_table, document.tables[next_table]); // tables without paragraphs
    }
    write_sections(document.sections);
    write_facts(document);
  }

private:
  std::string text(std::string_view id, const std::vector<rules::MessageArg>& args = {}) const
  {
    return rules::MessageCatalog::builtin().text(id, args).in(m_lang);
  }

  void line(std::string_view id, const std::vector<rules::MessageArg>& args)
  {
    m_out << text(id, args) << '\n';
  }

  template <typename T, typename U>
  static std::string with_origin(const T& value, const model::Resolved<U>& resolved)
  {
    return fmt::format("{}({})", value, model::to_string(resolved.origin));
  }

  std::string or_none(const std::string& value) const { return value.empty() ? text("dump.none") : value; }

  std::string spacing(const model::LineSpacing& spacing) const
  {
    if (!spacing.line) {
      return text("dump.spacing.unset");
    }
    const double line = *spacing.line;
    switch (spacing.rule) {
    case model::LineRule::auto_rule:
      return text("dump.spacing.auto", {{"value", fmt::format("{:g}", line / 240.0)}});
    case model::LineRule::exact:
      return text("dump.spacing.exact", {{"value", fmt::format("{:g}", line / 20.0)}});
    case model::LineRule::at_least:
      return text("dump.spacing.at_least", {{"value", fmt::format("{:g}", line / 20.0)}});
    }
    return text("dump.spacing.unset");
  }

  // The first characters of `text`, with tabs and breaks made visible.
  static std::string preview(const std::string& text)
  {
    std::string result;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      const bool starts_char = (byte & 0xC0) != 0x80;
      if (starts_char && chars++ == k_text_preview_chars) {
        result += "…";
        break;
      }
      if (byte == '\t') {
        result += "→";
      } else if (byte == '\n') {
        result += "↵";
      } else {
        result += text[i];
      }
    }
    return result;
  }

  void write_paragraph(const model::Paragraph& paragraph)
  {
    const auto& props = paragraph.props;
    std::string numbering;
    if (props.numbering && !props.numbering->label.empty()) {
      numbering = text("dump.numbering", {{"label", props.numbering->label}});
    }
    line("dump.paragraph",
         {{"index", std::to_string(paragraph.index)},
          {"story", text("dump.story." + std::string(model::to_string(paragraph.story)))},
          {"style", or_none(props.style_name.empty() ? props.style_id : props.style_name)},
          {"alignment", text("dump.alignment." + std::string(model::to_string(props.alignment.value)))},
          {"spacing", spacing(props.line_spacing)},
          {"numbering", numbering},
          {"text", preview(paragraph.text())}});
    // One line per distinct run format, in order of first appearance.
    std::vector<const model::RunProperties*> shown;
    for (const auto& run : paragraph.runs) {
      const auto same = [&run](const model::RunProperties* seen) { return same_format(*seen, run.props); };
      if (std::none_of(shown.begin(), shown.end(), same)) {
        m_out << run_format(run.props) << '\n';
        shown.push_back(&run.props);
      }
    }
    for (const auto& drawing : paragraph.drawings) {
      line("dump.drawing", {{"kind", text("dump.drawing." + drawing_kind(drawing.kind))},
                            {"description", drawing.description}});
    }
  }

  template <typename T> static bool same(const model::Resolved<T>& a, const model::Resolved<T>& b)
  {
    return a.value == b.value && a.origin == b.origin;
  }

  // True when `a` and `b` print the same format line.
  static bool same_format(const model::RunProperties& a, const model::RunProperties& b)
  {
    return same(a.fonts.east_asia, b.fonts.east_asia) && same(a.fonts.ascii, b.fonts.ascii) &&
           same(a.size_pt, b.size_pt) && same(a.bold, b.bold) && a.fonts.hint == b.fonts.hint;
  }

  std::string run_format(const model::RunProperties& props) const
  {
    const auto& fonts = props.fonts;
    return text("dump.run",
                {{"east_asia", with_origin(or_none(fonts.east_asia.value), fonts.east_asia)},
                 {"ascii", with_origin(or_none(fonts.ascii.value), fonts.ascii)},
                 {"size", with_origin(fmt::format("{:g}pt", props.size_pt.value), props.size_pt)},
                 {"bold", with_origin(text(props.bold.value ? "dump.yes" : "dump.no"), props.bold)},
                 {"hint", hint(fonts.hint)}});
  }

  static std::string hint(model::FontHint hint)
  {
    switch (hint) {
    case model::FontHint::none: return "-";
    case model::FontHint::default_slot: return "default";
    case model::FontHint::east_asia: return "eastAsia";
    case model::FontHint::complex_script: return "cs";
    }
    return "-";
  }

  static std::string drawing_kind(model::DrawingKind kind)
  {
    switch (kind) {
    case model::DrawingKind::picture: return "picture";
    case model::DrawingKind::chart: return "chart";
    case model::DrawingKind::shape: return "shape";
    case model::DrawingKind::textbox: return "textbox";
    case model::DrawingKind::other: return "other";
    }
    return "other";
  }

  void write_table(std::size_t index, const model::Table& table)
  {
    line("dump.table", {{"index", std::to_string(index)},
                        {"rows", std::to_string(table.rows)},
                        {"columns", std::to_string(table.columns)},
                        {"depth", std::to_string(table.depth)},
                        {"first", std::to_string(table.first_paragraph)},
                        {"count", std::to_string(table.paragraph_count)}});
  }

  static std::string millimetres(int twips) { return fmt::format("{:.1f}", twips * 25.4 / 1440.0); }

  void write_sections(const std::vector<model::Section>& sections)
  {
    line("dump.sections", {});
    for (std::size_t i = 0; i < sections.size(); ++i) {
      const auto& section = sections[i];
      const bool landscape = section.orientation == model::Orientation::landscape;
      line("dump.section",
           {{"number", std::to_string(i + 1)},
            {"last", std::to_string(section.last_paragraph)},
            {"width_mm", millimetres(section.page_width_twips)},
            {"height_mm", millimetres(section.page_height_twips)},
            {"width", std::to_string(section.page_width_twips)},
            {"height", std::to_string(section.page_height_twips)},
            {"orientation", text(landscape ? "dump.orientation.landscape" : "dump.orientation.portrait")},
            {"top", millimetres(section.margin_top)},
            {"bottom", millimetres(section.margin_bottom)},
            {"left", millimetres(section.margin_left)},
            {"right", millimetres(section.margin_right)}});
    }
  }

  static std::string stored_number(const std::optional<std::int64_t>& value)
  {
    return value ? std::to_string(*value) : "-";
  }

  void write_facts(const model::Document& document)
  {
    const auto& facts = document.facts;
    line("dump.facts", {});
    std::string authors;
    for (const auto& author : facts.revision_authors) {
      authors += (authors.empty() ? "" : ", ") + author;
    }
    line("dump.facts.revisions", {{"insertions", std::to_string(facts.insertions)},
                                  {"deletions", std::to_string(facts.deletions)},
                                  {"format_changes", std::to_string(facts.format_changes)},
                                  {"authors", or_none(authors)}});
    line("dump.facts.comments", {{"count", std::to_string(facts.comments)}});
    line("dump.facts.hidden", {{"count", std::to_string(facts.hidden_runs)}});
    line("dump.facts.strict", {{"value", text(facts.strict_ooxml ? "dump.yes" : "dump.no")}});
    line("dump.facts.core", {{"title", or_none(facts.title)},
                             {"creator", or_none(facts.creator)},
                             {"last_modified_by", or_none(facts.last_modified_by)}});
    const auto& stored = document.stored;
    if (stored.application.empty() && !stored.words && !stored.characters && !stored.pages) {
      line("dump.facts.no_stored", {});
      return;
    }
    const auto application =
        stored.application.empty() ? text("dump.facts.unknown_application") : stored.application;
    line("dump.facts.stored", {{"application", application},
                               {"words", stored_number(stored.words)},
                               {"characters", stored_number(stored.characters)},
                               {"characters_with_spaces", stored_number(stored.characters_with_spaces)},
                               {"paragraphs", stored_number(stored.paragraphs)},
                               {"pages", stored_number(stored.pages)}});
  }

  Lang m_lang;
  std::ostream& m_out;
};

int run_dump(const DumpOptions& options)
{
  docx::ReadLimits limits;
  limits.max_part_bytes = static_cast<std::uint64_t>(options.max_part_mb * 1024 * 1024);
  try {
    const auto document = docx::load_document(options.file, limits);
    if (options.json) {
      model::write_json(document, std::cout);
    } else {
      TextDump(options.lang, std::cout).write(document);
    }
    return exit_ok;
  } catch (const InputError& error) {
    std::cerr << input_error_message(error, error.file()).in(options.lang) << '\n';
  } catch (const std::exception& error) {
    std::cerr << rules::message("dump.error.internal", {{"file", options.file}, {"detail", error.what()}})
                     .in(options.lang)
              << '\n';
  }
  return exit_invalid;
}

} // namespace

void setup_dump(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<DumpOptions>();
  auto* command = app.add_subcommand("dump", help_text("dump.help.command"));
  command->add_option("file", options->file, help_text("dump.help.file"))->required();
  command->add_flag("--json", options->json, help_text("dump.help.json"));
  command->add_option("--max-part-mb", options->max_part_mb, help_text("dump.help.max_part_mb"))
      ->check(CLI::Range(1.0, 65536.0));
  command
      ->add_option_function<std::string>(
          "--lang",
          [options](const std::string& value) {
            if (!parse_lang(value, options->lang)) {
              throw CLI::ValidationError("--lang", rules::message("dump.error.lang", {{"value", value}}).en);
            }
          },
          help_text("dump.help.lang"))
      ->default_str("zh");
  command->callback([options, &state] { state.exit_code = run_dump(*options); });
}

} // namespace qb::cli

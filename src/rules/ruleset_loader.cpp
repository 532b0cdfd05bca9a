#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "rules/data_tables.hpp"
#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"
#include "rules/registry.hpp"
#include "rules/ruleset.hpp"
#include "rules/yaml_location.hpp"
#include "rules/yaml_parse.hpp"
#include "text/regex.hpp"
#include "util/edit_distance.hpp"
#include "util/embedded_files.hpp"

namespace qb::rules {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> k_levels{"error", "warning", "info"};

std::string join(const std::vector<std::string>& values)
{
  std::string result;
  for (const auto& value : values) {
    result += result.empty() ? value : ", " + value;
  }
  return result;
}

Level parse_level(const std::string& text)
{
  return text == "warning" ? Level::warning : text == "info" ? Level::info : Level::error;
}

// Loads one rule file: every stage appends to m_diagnostics, and load() throws once at the end.
class Loader
{
public:
  Loader(std::string label, std::optional<fs::path> directory)
    : m_label(std::move(label))
    , m_directory(std::move(directory))
  {
  }

  std::shared_ptr<const Ruleset> load(std::string_view yaml, const std::string& file_shown);

private:
  void add(SourceLocation where, LocalizedText text)
  {
    m_diagnostics.push_back({std::move(where), std::move(text)});
  }
  bool parse(std::string_view yaml, YAML::Node& root);
  bool check_structure(const YAML::Node& root);
  void read_header(ParamReader& header, Ruleset& ruleset);
  void read_data_files(std::optional<ParamReader> data, RulesetData& tables);
  std::optional<std::pair<std::string, std::string>> data_file(const std::string& name);
  void read_parts(std::vector<ParamReader>& parts, RulesetData& data);
  void read_rules(std::vector<ParamReader>& rules, Ruleset& ruleset);
  std::unique_ptr<Rule> read_rule(ParamReader& rule, const RulesetData& data);
  void check_unknown_kind(ParamReader& rule, const std::string& kind);
  [[noreturn]] void fail();

  std::string m_label;
  std::optional<fs::path> m_directory;
  std::vector<Diagnostic> m_diagnostics;
  std::map<std::string, int> m_rule_lines; // rule id -> line of its first definition
};

std::shared_ptr<const Ruleset> Loader::load(std::string_view yaml, const std::string& file_shown)
{
  YAML::Node root;
  if (!parse(yaml, root) || !check_structure(root)) {
    fail();
  }
  auto ruleset = std::make_shared<Ruleset>();
  ruleset->info.file = file_shown;
  ParamReader top(root, m_label, m_diagnostics);
  // Header and data tables first: the kinds' factories read size names, font aliases and parts.
  if (auto header = top.child("ruleset", Need::required)) {
    read_header(*header, *ruleset);
  }
  auto parts = top.children("parts", Need::required);
  read_parts(parts, ruleset->data);
  for (const auto& part : ruleset->data.parts) {
    ruleset->info.parts.push_back({part.id, part.name, part.limit});
  }
  auto rules = top.children("rules", Need::required);
  read_rules(rules, *ruleset);
  top.report_unknown_keys();
  if (!m_diagnostics.empty()) {
    fail();
  }
  return ruleset;
}

bool Loader::parse(std::string_view yaml, YAML::Node& root)
{
  auto parsed = parse_yaml(yaml, m_label, m_diagnostics, "rules.load.syntax");
  if (!parsed) {
    return false;
  }
  root = std::move(*parsed);
  if (!root.IsMap()) {
    add(SourceLocation{m_label, 1, 1}, message("rules.load.not_a_map"));
    return false;
  }
  return true;
}

// Walks the tree once, flagging duplicate keys, which yaml-cpp would otherwise silently keep. The walk is
// bounded: parse_yaml has already refused a tree (an alias bomb) with more nodes than its budget.
bool Loader::check_structure(const YAML::Node& root)
{
  std::vector<YAML::Node> pending{root};
  while (!pending.empty()) {
    const YAML::Node node = pending.back();
    pending.pop_back();
    if (node.IsSequence()) {
      for (const auto& item : node) {
        pending.push_back(item);
      }
    } else if (node.IsMap()) {
      std::map<std::string, int> seen;
      for (const auto& entry : node) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
        const SourceLocation where = yaml_location(entry.first, m_label);
        if (auto [it, fresh] = seen.emplace(key, where.line); !fresh) {
          add(where,
              message("rules.load.duplicate_key", {{"key", key}, {"line", std::to_string(it->second)}}));
        }
        pending.push_back(entry.second);
      }
    }
  }
  return true;
}

void Loader::read_header(ParamReader& header, Ruleset& ruleset)
{
  ruleset.info.id = header.string("id", Need::required).value_or("");
  ruleset.info.title = header.localized("title", Need::required).value_or(LocalizedText{});
  ruleset.info.source = header.string("notice").value_or("");
  const auto mode = header.choice("counting_mode", {"word", "wps"}).value_or("word");
  text::parse_counting_mode(mode, ruleset.data.mode);
  ruleset.info.counting_mode = mode;
  const auto lang = header.choice("lang", {"zh", "en"}).value_or("zh");
  parse_lang(lang, ruleset.default_lang);
  read_data_files(header.child("data"), ruleset.data);
}

// The text and diagnostic label of data file `name`: beside the rule file when it is there, else the copy
// compiled into the binary.
std::optional<std::pair<std::string, std::string>> Loader::data_file(const std::string& name)
{
  if (m_directory) {
    const fs::path path = *m_directory / name;
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (in) {
        return std::pair{text.str(), path.string()};
      }
    }
  }
  if (auto embedded = util::find_embedded_file(fs::path(name).filename().string())) {
    return std::pair{std::string(*embedded), fs::path(name).filename().string()};
  }
  return std::nullopt;
}

void Loader::read_data_files(std::optional<ParamReader> data, RulesetData& tables)
{
  std::string sizes = "sizes.yaml";
  std::string fonts = "fonts.yaml";
  std::string sme = "sme-2011.yaml";
  if (data) {
    sizes = data->string("sizes").value_or(sizes);
    fonts = data->string("fonts").value_or(fonts);
    sme = data->string("sme").value_or(sme);
  }
  const auto missing = [&](const char* key, const std::string& name) {
    add(data ? data->location(key) : SourceLocation{m_label, 0, 0},
        message("rules.load.data_missing", {{"file", name}}));
  };
  const auto note_local = [&](const std::string& name) {
    std::error_code error;
    if (m_directory && fs::is_regular_file(*m_directory / name, error)) {
      tables.local_data_files.emplace_back(name, *m_directory / name);
    }
  };
  note_local(sizes);
  note_local(fonts);
  note_local(sme);
  if (auto file = data_file(sizes)) {
    read_size_names(file->first, file->second, tables, m_diagnostics);
  } else {
    missing("sizes", sizes);
  }
  if (auto file = data_file(fonts)) {
    read_font_aliases(file->first, file->second, tables, m_diagnostics);
  } else {
    missing("fonts", fonts);
  }
  // The SME table is loaded by the profile stage when an eligibility rule needs it; here it must only exist.
  std::error_code error;
  if (m_directory && fs::is_regular_file(*m_directory / sme, error)) {
    tables.sme_table_file = (*m_directory / sme).string();
  } else if (util::find_embedded_file(fs::path(sme).filename().string())) {
    tables.sme_table_file = sme;
  } else {
    missing("sme", sme);
  }
}

void Loader::read_parts(std::vector<ParamReader>& parts, RulesetData& data)
{
  std::map<std::string, int> lines;
  bool title_seen = false;
  for (auto& reader : parts) {
    RulesetData::PartDefinition part;
    part.id = reader.string("id", Need::required).value_or("");
    part.name = reader.localized("name", Need::required).value_or(LocalizedText{part.id, part.id});
    part.is_title = reader.boolean("title").value_or(false);
    part.heading_patterns = reader.string_list("headings");
    part.limit = reader.integer("limit");
    part.guidance = reader.localized("guidance");
    if (part.limit && *part.limit <= 0) {
      reader.error("limit", message("rules.load.bad_limit", {{"value", std::to_string(*part.limit)}}));
    }
    if (!part.id.empty()) {
      if (auto [it, fresh] = lines.emplace(part.id, reader.location("id").line); !fresh) {
        reader.error("id", message("rules.load.duplicate_part",
                                   {{"id", part.id}, {"line", std::to_string(it->second)}}));
      }
    }
    if (part.is_title && title_seen) {
      reader.error("title", message("rules.load.two_title_parts"));
    }
    title_seen = title_seen || part.is_title;
    if (part.is_title && !part.heading_patterns.empty()) {
      reader.error("headings", message("rules.load.title_with_headings", {{"id", part.id}}));
    } else if (!part.is_title && part.heading_patterns.empty()) {
      reader.error("id", message("rules.load.part_without_headings", {{"id", part.id}}));
    }
    for (const auto& pattern : part.heading_patterns) {
      if (auto problem = text::Regex::check(pattern)) {
        reader.error("headings",
                     message("rules.load.bad_regex", {{"pattern", pattern},
                                                      {"detail", problem->message},
                                                      {"offset", std::to_string(problem->offset)}}));
      }
    }
    data.parts.push_back(std::move(part));
  }
}

void Loader::read_rules(std::vector<ParamReader>& rules, Ruleset& ruleset)
{
  for (auto& reader : rules) {
    if (auto rule = read_rule(reader, ruleset.data)) {
      ruleset.rules.push_back(std::move(rule));
    }
  }
}

std::unique_ptr<Rule> Loader::read_rule(ParamReader& reader, const RulesetData& data)
{
  RuleSpec spec;
  spec.where = reader.location();
  spec.id = reader.string("id", Need::required).value_or("");
  spec.kind = reader.string("kind", Need::required).value_or("");
  spec.level = parse_level(reader.choice("level", k_levels, Need::required).value_or("error"));
  spec.title = reader.localized("title", Need::required).value_or(LocalizedText{spec.id, spec.id});
  spec.message = reader.localized("message").value_or(LocalizedText{});
  spec.source = reader.string("source").value_or("");
  if (!spec.id.empty()) {
    const int line = reader.location("id").line;
    if (auto [it, fresh] = m_rule_lines.emplace(spec.id, line); !fresh) {
      reader.error(
          "id", message("rules.load.duplicate_id", {{"id", spec.id}, {"line", std::to_string(it->second)}}));
    }
  }
  if (spec.kind.empty()) {
    reader.ignore_unknown_keys();
    return nullptr;
  }
  const KindEntry* entry = find_kind(spec.kind);
  if (entry == nullptr) {
    check_unknown_kind(reader, spec.kind);
    return nullptr;
  }
  try {
    return entry->factory(std::move(spec), reader, data);
  } catch (const std::exception& e) {
    reader.error("kind", message("rules.load.factory_failed", {{"detail", e.what()}}));
    return nullptr;
  }
}

void Loader::check_unknown_kind(ParamReader& reader, const std::string& kind)
{
  std::vector<std::string> names;
  for (const auto& entry : kind_table()) {
    names.emplace_back(entry.name);
  }
  // The keys of a rule of an unknown kind cannot be judged: only the kind is reported.
  reader.ignore_unknown_keys();
  auto near = util::near_matches(kind, names, 4);
  if (near.size() > 5) {
    near.resize(5);
  }
  if (auto suggestion = util::closest_match(kind, names)) {
    reader.error("kind", message("rules.load.unknown_kind_suggest",
                                 {{"kind", kind}, {"suggestion", *suggestion}, {"near", join(near)}}));
  } else {
    reader.error("kind", message("rules.load.unknown_kind",
                                 {{"kind", kind}, {"near", join(near.empty() ? names : near)}}));
  }
}

void Loader::fail()
{
  // Report in file order, each problem once (a shared alias node may be visited twice).
  std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  m_diagnostics.erase(std::unique(m_diagnostics.begin(), m_diagnostics.end(),
                                  [](const Diagnostic& a, const Diagnostic& b) {
                                    return a.where.file == b.where.file && a.where.line == b.where.line &&
                                           a.where.column == b.where.column && a.message.en == b.message.en;
                                  }),
                      m_diagnostics.end());
  throw LoadError(std::move(m_diagnostics));
}

} // namespace

std::shared_ptr<const Ruleset> load_ruleset(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::error_code error;
  if (!in || fs::is_directory(path, error)) {
    throw LoadError({Diagnostic{SourceLocation{path.string(), 0, 0},
                                message("rules.load.cannot_read", {{"file", path.string()}})}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  Loader loader(path.string(), path.parent_path().empty() ? fs::path(".") : path.parent_path());
  return loader.load(text.str(), path.string());
}

std::shared_ptr<const Ruleset> load_ruleset_text(std::string_view yaml, const std::string& label)
{
  Loader loader(label, std::nullopt);
  return loader.load(yaml, label);
}

std::shared_ptr<const Ruleset> builtin_ruleset()
{
  // Loaded once; a failure here is a build defect that the test suite catches.
  static const std::shared_ptr<const Ruleset> ruleset = [] {
    const auto text = util::find_embedded_file("caq-2020.yaml");
    if (!text) {
      throw LoadError({Diagnostic{SourceLocation{"caq-2020.yaml", 0, 0},
                                  message("rules.load.data_missing", {{"file", "caq-2020.yaml"}})}});
    }
    Loader loader("caq-2020.yaml", std::nullopt);
    return loader.load(*text, "<built-in>");
  }();
  return ruleset;
}

} // namespace qb::rules

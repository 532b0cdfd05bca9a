#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "rules/builtin_data_trees.hpp"
#include "rules/data_tables.hpp"
#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"
#include "rules/registry.hpp"
#include "rules/ruleset.hpp"
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
  std::shared_ptr<const Ruleset> load(const std::shared_ptr<const DataTree>& tree,
                                      const std::string& file_shown);

private:
  void add(SourceLocation where, LocalizedText text)
  {
    m_diagnostics.push_back({std::move(where), std::move(text)});
  }
  bool check_root(const DataNode& root);
  void check_structure(const DataNode& root);
  void read_header(ParamReader& header, Ruleset& ruleset);
  void read_data_files(std::optional<ParamReader> data, RulesetData& tables);
  std::optional<std::pair<std::shared_ptr<const DataTree>, std::string>> data_file(const std::string& name);
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

// The built-in copy of data file `name` (its nodes compiled into the binary, or failing that its text), or
// null.
std::shared_ptr<const DataTree> builtin_tree(std::string_view name, const std::string& label,
                                             std::vector<Diagnostic>& diagnostics)
{
  for (const BuiltinDataTree& tree : builtin_data_trees()) {
    if (tree.name == name) {
      return std::make_shared<const DataTree>(tree.nodes);
    }
  }
  if (auto embedded = util::find_embedded_file(name)) {
    return parse_yaml_tree(*embedded, label, diagnostics, "rules.load.syntax");
  }
  return nullptr;
}

std::shared_ptr<const Ruleset> Loader::load(std::string_view yaml, const std::string& file_shown)
{
  return load(parse_yaml_tree(yaml, m_label, m_diagnostics, "rules.load.syntax"), file_shown);
}

std::shared_ptr<const Ruleset> Loader::load(const std::shared_ptr<const DataTree>& tree,
                                            const std::string& file_shown)
{
  if (tree == nullptr || !check_root(tree->root())) {
    fail();
  }
  const DataNode& root = tree->root();
  check_structure(root);
  auto ruleset = std::make_shared<Ruleset>();
  ruleset->info.file = file_shown;
  ParamReader top(tree, root, m_label, m_diagnostics);
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

bool Loader::check_root(const DataNode& root)
{
  if (!root.is_map()) {
    add(SourceLocation{m_label, 1, 1}, message("rules.load.not_a_map"));
    return false;
  }
  return true;
}

// Walks the tree once, flagging duplicate keys, which yaml-cpp would otherwise silently keep (the first is
// the one read). The walk is bounded: parse_yaml has already refused a tree (an alias bomb) with more nodes
// than its budget, and the built-in trees are small.
void Loader::check_structure(const DataNode& root)
{
  std::vector<const DataNode*> pending{&root};
  while (!pending.empty()) {
    const DataNode& node = *pending.back();
    pending.pop_back();
    if (node.is_sequence()) {
      for (const DataNode& item : node.children()) {
        pending.push_back(&item);
      }
    } else if (node.is_map()) {
      // Rule maps have a handful of keys: compared with the earlier ones directly; a large map (a hostile
      // file) through a hash table. A non-scalar key counts as "".
      const auto name_of = [](const DataNode& key) {
        return key.is_scalar() ? key.text : std::string_view();
      };
      constexpr std::size_t k_small_map = 32;
      std::unordered_map<std::string_view, const DataNode*> seen;
      for (std::size_t entry = 0; entry < node.entries(); ++entry) {
        const DataNode& key = node.key(entry);
        const std::string_view name = name_of(key);
        const DataNode* first = nullptr;
        if (node.entries() <= k_small_map) {
          for (std::size_t earlier = 0; earlier < entry && first == nullptr; ++earlier) {
            first = name_of(node.key(earlier)) == name ? &node.key(earlier) : nullptr;
          }
        } else if (auto [it, fresh] = seen.emplace(name, &key); !fresh) {
          first = it->second;
        }
        if (first != nullptr) {
          add(SourceLocation{m_label, key.line, key.column},
              message("rules.load.duplicate_key",
                      {{"key", std::string(name)}, {"line", std::to_string(first->line)}}));
        }
        pending.push_back(&node.value(entry));
      }
    }
  }
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

// The nodes and diagnostic label of data file `name`: beside the rule file when it is there, else the
// built-in copy. The nodes are null when the file's YAML was refused (the diagnostic is recorded).
std::optional<std::pair<std::shared_ptr<const DataTree>, std::string>>
Loader::data_file(const std::string& name)
{
  if (m_directory) {
    const fs::path path = *m_directory / name;
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (in) {
        const std::string label = path.string();
        return std::pair{parse_yaml_tree(text.str(), label, m_diagnostics, "rules.load.syntax"), label};
      }
    }
  }
  const std::string label = fs::path(name).filename().string();
  if (auto tree = builtin_tree(label, label, m_diagnostics); tree || util::find_embedded_file(label)) {
    return std::pair{std::move(tree), label};
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
    if (file->first) {
      read_size_names(file->first, file->second, tables, m_diagnostics);
    }
  } else {
    missing("sizes", sizes);
  }
  if (auto file = data_file(fonts)) {
    if (file->first) {
      read_font_aliases(file->first, file->second, tables, m_diagnostics);
    }
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
  // Loaded once, from the nodes compiled from rules/caq-2020.yaml at build time; a failure here is a build
  // defect that the test suite catches.
  static const std::shared_ptr<const Ruleset> ruleset = [] {
    const std::string label = "caq-2020.yaml";
    std::vector<Diagnostic> diagnostics;
    auto tree = builtin_tree(label, label, diagnostics);
    if (!tree) {
      throw LoadError(
          {Diagnostic{SourceLocation{label, 0, 0}, message("rules.load.data_missing", {{"file", label}})}});
    }
    Loader loader(label, std::nullopt);
    return loader.load(tree, "<built-in>");
  }();
  return ruleset;
}

} // namespace qb::rules

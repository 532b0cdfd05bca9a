// Loads the SME classification table (rules/sme-2011.yaml): the standard is data, never C++ constants.
#include "profile/sme_table.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "profile/yaml_support.hpp"
#include "rules/message_catalog.hpp"
#include "util/embedded_files.hpp"

namespace qb::profile {

namespace {

using detail::location_of;
using detail::scalar_text;

constexpr std::string_view k_tier_names[] = {"large", "medium", "small"};

std::optional<SmeFigure> parse_figure(std::string_view text)
{
  for (const auto figure : {SmeFigure::employees, SmeFigure::revenue, SmeFigure::total_assets}) {
    if (to_string(figure) == text) {
      return figure;
    }
  }
  return std::nullopt;
}

struct TableReader
{
  const std::string& file;
  std::vector<Diagnostic>& diagnostics;

  void error(const YAML::Node& node, LocalizedText message)
  {
    diagnostics.push_back({location_of(node, file), std::move(message)});
  }

  // A tier: {employees: 300, revenue: 2000}.
  std::vector<SmeBound> read_tier(const YAML::Node& node, const std::string& key)
  {
    std::vector<SmeBound> bounds;
    if (!node.IsMap()) {
      error(node, rules::message("profile.not_a_map", {{"what", key}}));
      return bounds;
    }
    for (const auto& entry : node) {
      const auto figure = parse_figure(scalar_text(entry.first));
      if (!figure) {
        error(entry.first,
              rules::message("profile.sme.unknown_figure", {{"figure", scalar_text(entry.first)}}));
        continue;
      }
      const auto value = detail::parse_number(entry.second);
      if (!value || *value < 0) {
        error(entry.second, rules::message("profile.expected_number",
                                           {{"key", key}, {"value", scalar_text(entry.second)}}));
        continue;
      }
      bounds.push_back({*figure, *value});
    }
    if (node.size() == 0) {
      error(node, rules::message("profile.sme.tier_missing", {{"industry", key}, {"tier", key}}));
    }
    return bounds;
  }

  std::string read_text(const YAML::Node& node, const std::string& key)
  {
    if (!node.IsScalar()) {
      error(node, rules::message("profile.expected_string", {{"key", key}}));
      return {};
    }
    return node.Scalar();
  }

  // Each figure of a lower tier must not exceed the same figure of the tier above it.
  void check_order(const SmeIndustry& industry, const YAML::Node& node)
  {
    const std::vector<SmeBound>* tiers[] = {&industry.large, &industry.medium, &industry.small};
    for (int lower = 1; lower < 3; ++lower) {
      for (const auto& bound : *tiers[lower]) {
        for (const auto& upper : *tiers[lower - 1]) {
          if (upper.figure == bound.figure && bound.min > upper.min) {
            error(node[std::string(k_tier_names[lower])],
                  rules::message("profile.sme.tier_order", {{"industry", industry.name},
                                                            {"tier", std::string(k_tier_names[lower])},
                                                            {"figure", std::string(to_string(bound.figure))},
                                                            {"value", detail::format_number(bound.min)},
                                                            {"upper", detail::format_number(upper.min)}}));
          }
        }
      }
    }
  }

  SmeIndustry read_industry(const YAML::Node& node)
  {
    SmeIndustry industry;
    industry.where = location_of(node, file);
    if (!node.IsMap()) {
      error(node, rules::message("profile.not_a_map", {{"what", "industries"}}));
      return industry;
    }
    detail::check_keys(node, {"name", "name_en", "includes", "large", "medium", "small"}, file, diagnostics);
    if (node["name"]) {
      industry.name = read_text(node["name"], "name");
    } else {
      error(node, rules::message("profile.expected_string", {{"key", "name"}}));
    }
    if (node["name_en"]) {
      industry.name_en = read_text(node["name_en"], "name_en");
    }
    if (const auto includes = node["includes"]) {
      if (!includes.IsSequence()) {
        error(includes, rules::message("profile.expected_list", {{"key", "includes"}}));
      } else {
        for (const auto& item : includes) {
          industry.includes.push_back(read_text(item, "includes"));
        }
      }
    }
    std::vector<SmeBound>* tiers[] = {&industry.large, &industry.medium, &industry.small};
    for (int i = 0; i < 3; ++i) {
      const std::string key(k_tier_names[i]);
      const auto tier = node[key];
      if (!tier) {
        error(node, rules::message("profile.sme.tier_missing", {{"industry", industry.name}, {"tier", key}}));
        continue;
      }
      *tiers[i] = read_tier(tier, key);
    }
    check_order(industry, node);
    return industry;
  }

  void read_table(const YAML::Node& root, SmeTable& table)
  {
    detail::check_keys(root, {"standard", "industries"}, file, diagnostics);
    if (root["standard"]) {
      table.standard = read_text(root["standard"], "standard");
    }
    const auto industries = root["industries"];
    if (!industries || !industries.IsSequence() || industries.size() == 0) {
      error(industries ? industries : root, rules::message("profile.sme.no_industries"));
      return;
    }
    std::map<std::string, int> lines; // name -> line of its first row
    for (const auto& node : industries) {
      auto industry = read_industry(node);
      for (const auto& name : [&] {
             auto all = industry.includes;
             all.insert(all.begin(), industry.name);
             return all;
           }()) {
        if (const auto first = lines.find(name); first != lines.end()) {
          error(node, rules::message("profile.sme.duplicate_industry",
                                     {{"industry", name}, {"line", std::to_string(first->second)}}));
        } else {
          lines.emplace(name, industry.where.line);
        }
      }
      table.industries.push_back(std::move(industry));
    }
  }
};

} // namespace

std::string_view to_string(SmeFigure figure)
{
  switch (figure) {
  case SmeFigure::employees: return "employees";
  case SmeFigure::revenue: return "revenue";
  case SmeFigure::total_assets: return "total_assets";
  }
  return "employees";
}

std::string_view to_string(SmeClass size)
{
  switch (size) {
  case SmeClass::large: return "large";
  case SmeClass::medium: return "medium";
  case SmeClass::small: return "small";
  case SmeClass::micro: return "micro";
  }
  return "micro";
}

std::vector<SmeFigure> SmeIndustry::figures() const
{
  std::vector<SmeFigure> result;
  for (const auto figure : {SmeFigure::employees, SmeFigure::revenue, SmeFigure::total_assets}) {
    for (const auto* tier : {&large, &medium, &small}) {
      const bool uses =
          std::any_of(tier->begin(), tier->end(), [&](const SmeBound& b) { return b.figure == figure; });
      if (uses) {
        result.push_back(figure);
        break;
      }
    }
  }
  return result;
}

const SmeIndustry* SmeTable::find(std::string_view name) const
{
  for (const auto& industry : industries) {
    if (industry.name == name ||
        std::find(industry.includes.begin(), industry.includes.end(), name) != industry.includes.end()) {
      return &industry;
    }
  }
  return nullptr;
}

std::vector<std::string> SmeTable::names() const
{
  std::vector<std::string> result;
  for (const auto& industry : industries) {
    result.push_back(industry.name);
  }
  return result;
}

SmeTable load_sme_table_text(std::string_view yaml, const std::string& label)
{
  std::vector<Diagnostic> diagnostics;
  SmeTable table;
  if (const auto root = detail::parse_yaml(yaml, label, diagnostics)) {
    TableReader reader{label, diagnostics};
    if (!root->IsMap()) {
      diagnostics.push_back(
          {location_of(*root, label), rules::message("profile.not_a_map", {{"what", label}})});
    } else {
      reader.read_table(*root, table);
    }
  }
  if (!diagnostics.empty()) {
    throw LoadError(std::move(diagnostics));
  }
  return table;
}

SmeTable load_sme_table(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::error_code error;
  if (!in || std::filesystem::is_directory(path, error)) {
    throw LoadError(
        {{{path.string(), 0, 0}, rules::message("profile.sme.table_missing", {{"file", path.string()}})}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_sme_table_text(text.str(), path.string());
}

namespace {

constexpr std::string_view k_builtin_table = "sme-2011.yaml";

std::filesystem::path table_path(const std::string& table_file)
{
  return table_file.empty() ? std::filesystem::path(k_builtin_table) : std::filesystem::path(table_file);
}

// The name of the built-in copy load_sme_table_for reads for `path`, or empty when it reads a file (or
// nothing): a path with a folder is a file beside a rule set; a bare name is the built-in copy (what the rule
// set loader gives when no file sits beside the rules).
std::string embedded_name(const std::filesystem::path& path)
{
  std::error_code error;
  if (path.has_parent_path() && std::filesystem::is_regular_file(path, error)) {
    return {};
  }
  std::string name = path.filename().string();
  return util::find_embedded_file(name) ? name : std::string();
}

const SmeTable& builtin_table()
{
  static const SmeTable table = load_sme_table_text(*util::find_embedded_file(k_builtin_table),
                                                    "<built-in>/" + std::string(k_builtin_table));
  return table;
}

} // namespace

SmeTable load_sme_table_for(const std::string& table_file)
{
  const std::filesystem::path path = table_path(table_file);
  if (const std::string name = embedded_name(path); !name.empty()) {
    return load_sme_table_text(*util::find_embedded_file(name), "<built-in>/" + name);
  }
  std::error_code error;
  if (std::filesystem::is_regular_file(path, error)) {
    return load_sme_table(path);
  }
  throw LoadError(
      {{{table_file, 0, 0}, rules::message("profile.sme.table_missing", {{"file", table_file}})}});
}

SmeTableSource::SmeTableSource(const std::string& table_file)
{
  if (embedded_name(table_path(table_file)) != k_builtin_table) {
    m_loaded = load_sme_table_for(table_file);
  }
}

const SmeTable& SmeTableSource::table() const
{
  return m_loaded ? *m_loaded : builtin_table();
}

} // namespace qb::profile

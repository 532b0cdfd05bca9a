// Loads the applicant profile (申报单位信息) strictly: every key is known, every value has its type, every
// problem of the file is reported at once with its line:col.
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "profile/profile.hpp"
#include "profile/yaml_support.hpp"
#include "rules/message_catalog.hpp"

namespace qb::profile {

namespace {

using detail::location_of;
using detail::scalar_text;

// What reading one file needs: where problems go, and the profile being filled.
struct Reader
{
  const std::string& file;
  std::vector<Diagnostic>& diagnostics;
  Profile& profile;

  void error(const YAML::Node& node, LocalizedText message)
  {
    diagnostics.push_back({location_of(node, file), std::move(message)});
  }
};

std::optional<std::string> read_string(Reader& reader, const std::string& key, const YAML::Node& value)
{
  if (!value.IsScalar()) {
    reader.error(value, rules::message("profile.expected_string", {{"key", key}}));
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<bool> read_bool(Reader& reader, const std::string& key, const YAML::Node& value)
{
  const auto result = detail::parse_bool(value);
  if (!result) {
    reader.error(value,
                 rules::message("profile.expected_bool", {{"key", key}, {"value", scalar_text(value)}}));
  }
  return result;
}

std::optional<double> read_amount(Reader& reader, const std::string& key, const YAML::Node& value,
                                  bool allow_negative)
{
  const auto result = detail::parse_number(value);
  if (!result) {
    reader.error(value,
                 rules::message("profile.expected_number", {{"key", key}, {"value", scalar_text(value)}}));
    return std::nullopt;
  }
  if (!allow_negative && *result < 0) {
    reader.error(value, rules::message("profile.negative", {{"key", key}, {"value", scalar_text(value)}}));
    return std::nullopt;
  }
  return result;
}

std::optional<int> read_year(Reader& reader, const std::string& key, const YAML::Node& value)
{
  const auto year = value.IsScalar() ? detail::parse_year(value.Scalar()) : std::nullopt;
  if (!year) {
    reader.error(value, rules::message("profile.bad_year", {{"key", key}, {"value", scalar_text(value)}}));
  }
  return year;
}

std::optional<std::string> read_date(Reader& reader, const std::string& key, const YAML::Node& value)
{
  if (!value.IsScalar() || !detail::is_iso_date(value.Scalar())) {
    reader.error(value, rules::message("profile.bad_date", {{"key", key}, {"value", scalar_text(value)}}));
    return std::nullopt;
  }
  return value.Scalar();
}

bool expect_map(Reader& reader, const std::string& key, const YAML::Node& value)
{
  if (!value.IsMap()) {
    reader.error(value, rules::message("profile.not_a_map", {{"what", key}}));
    return false;
  }
  return true;
}

// net_profit: {2017: 1234.5, 2018: ...}; losses are negative.
void read_net_profit(Reader& reader, const std::string& key, const YAML::Node& value)
{
  if (!expect_map(reader, key, value)) {
    return;
  }
  std::map<int, int> lines; // year -> line of its first entry
  for (const auto& entry : value) {
    const auto year = read_year(reader, key, entry.first);
    const auto amount = read_amount(reader, key + "." + scalar_text(entry.first), entry.second, true);
    if (!year || !amount) {
      continue;
    }
    const int line = location_of(entry.first, reader.file).line;
    if (const auto first = lines.find(*year); first != lines.end()) {
      reader.error(entry.first,
                   rules::message("profile.duplicate_key", {{"key", scalar_text(entry.first)},
                                                            {"line", std::to_string(first->second)}}));
      continue;
    }
    lines.emplace(*year, line);
    reader.profile.net_profit[*year] = *amount;
  }
}

// One record: a plain description, or {description, year}.
std::optional<Record> read_record(Reader& reader, const std::string& area, const YAML::Node& node)
{
  Record record{area, {}, std::nullopt, location_of(node, reader.file)};
  if (node.IsScalar()) {
    record.description = node.Scalar();
    return record;
  }
  if (!node.IsMap()) {
    reader.error(node, rules::message("profile.not_a_map", {{"what", "records." + area}}));
    return std::nullopt;
  }
  detail::check_keys(node, {"description", "year"}, reader.file, reader.diagnostics);
  if (const auto year = node["year"]) {
    record.year = read_year(reader, "year", year);
  }
  const auto description = node["description"];
  if (!description) {
    reader.error(node, rules::message("profile.record_description_missing"));
    return std::nullopt;
  }
  if (auto text = read_string(reader, "description", description)) {
    record.description = std::move(*text);
  }
  return record;
}

// records: {quality: [], integrity: [], safety: ["..."], environment: []}; all four areas must be stated.
void read_records(Reader& reader, const std::string& key, const YAML::Node& value)
{
  if (!expect_map(reader, key, value)) {
    return;
  }
  const std::vector<std::string_view> areas(std::begin(k_record_areas), std::end(k_record_areas));
  detail::check_keys(value, areas, reader.file, reader.diagnostics);
  std::vector<Record> records;
  bool complete = true;
  for (const auto area : areas) {
    const std::string name(area);
    const auto list = value[name];
    if (!list) {
      reader.error(value,
                   rules::message("profile.area_missing",
                                  {{"area", name}, {"label", rules::message("profile.area." + name).zh}}));
      complete = false;
      continue;
    }
    if (list.IsNull()) {
      continue; // `safety:` with nothing after it reads as "none"
    }
    if (!list.IsSequence()) {
      reader.error(list, rules::message("profile.expected_list", {{"key", key + "." + name}}));
      complete = false;
      continue;
    }
    for (const auto& item : list) {
      if (auto record = read_record(reader, name, item)) {
        records.push_back(std::move(*record));
      }
    }
  }
  if (complete) {
    reader.profile.records = std::move(records);
  }
}

template <typename T> void assign(std::optional<T>& field, std::optional<T> value)
{
  if (value) {
    field = std::move(value);
  }
}

void assign(std::string& field, std::optional<std::string> value)
{
  if (value) {
    field = std::move(*value);
  }
}

using FieldReader = std::function<void(Reader&, const std::string&, const YAML::Node&)>;

// One row per profile key, in template order.
const std::vector<std::pair<std::string_view, FieldReader>>& field_table()
{
  static const std::vector<std::pair<std::string_view, FieldReader>> table = {
      {"name", [](Reader& r, const std::string& k,
                  const YAML::Node& v) { assign(r.profile.name, read_string(r, k, v)); }},
      {"legal_person", [](Reader& r, const std::string& k,
                          const YAML::Node& v) { assign(r.profile.legal_person, read_bool(r, k, v)); }},
      {"industry", [](Reader& r, const std::string& k,
                      const YAML::Node& v) { assign(r.profile.industry, read_string(r, k, v)); }},
      {"employees", [](Reader& r, const std::string& k,
                       const YAML::Node& v) { assign(r.profile.employees, read_amount(r, k, v, false)); }},
      {"revenue", [](Reader& r, const std::string& k,
                     const YAML::Node& v) { assign(r.profile.revenue, read_amount(r, k, v, false)); }},
      {"total_assets",
       [](Reader& r, const std::string& k, const YAML::Node& v) {
         assign(r.profile.total_assets, read_amount(r, k, v, false));
       }},
      {"net_profit", read_net_profit},
      {"records", read_records},
      {"method_since", [](Reader& r, const std::string& k,
                          const YAML::Node& v) { assign(r.profile.method_since, read_year(r, k, v)); }},
      {"commit_sharing", [](Reader& r, const std::string& k,
                            const YAML::Node& v) { assign(r.profile.commit_sharing, read_bool(r, k, v)); }},
      {"recommender", [](Reader& r, const std::string& k,
                         const YAML::Node& v) { assign(r.profile.recommender, read_string(r, k, v)); }},
      {"henan_benchmark_year",
       [](Reader& r, const std::string& k, const YAML::Node& v) {
         assign(r.profile.henan_benchmark_year, read_year(r, k, v));
       }},
      {"reported_to_local",
       [](Reader& r, const std::string& k, const YAML::Node& v) {
         assign(r.profile.reported_to_local, read_bool(r, k, v));
       }},
      {"submission_date", [](Reader& r, const std::string& k,
                             const YAML::Node& v) { assign(r.profile.submission_date, read_date(r, k, v)); }},
      {"scope_category", [](Reader& r, const std::string& k,
                            const YAML::Node& v) { assign(r.profile.scope_category, read_string(r, k, v)); }},
  };
  return table;
}

void read_profile(Reader& reader, const YAML::Node& root)
{
  detail::check_keys(root, profile_keys(), reader.file, reader.diagnostics);
  for (const auto& [key, read] : field_table()) {
    const std::string name(key);
    const auto value = root[name];
    if (!value || value.IsNull()) {
      continue; // absent or left blank: "not given"
    }
    reader.profile.field_locations[name] = location_of(value, reader.file);
    read(reader, name, value);
  }
}

} // namespace

const std::vector<std::string_view>& profile_keys()
{
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> result;
    for (const auto& row : field_table()) {
      result.push_back(row.first);
    }
    return result;
  }();
  return keys;
}

Profile load_profile_text(std::string_view yaml, const std::string& label)
{
  std::vector<Diagnostic> diagnostics;
  Profile profile;
  profile.file = label;
  profile.where = {label, 1, 1};
  if (const auto root = detail::parse_yaml(yaml, label, diagnostics)) {
    Reader reader{label, diagnostics, profile};
    if (!root->IsDefined() || root->IsNull()) {
      diagnostics.push_back({{label, 1, 1}, rules::message("profile.empty")});
    } else if (!root->IsMap()) {
      reader.error(*root, rules::message("profile.not_a_map", {{"what", label}}));
    } else {
      read_profile(reader, *root);
    }
  }
  if (!diagnostics.empty()) {
    throw LoadError(std::move(diagnostics));
  }
  return profile;
}

Profile load_profile(const std::filesystem::path& path)
{
  const std::string label = path.string();
  std::ifstream in(path, std::ios::binary);
  std::error_code error;
  if (!in || std::filesystem::is_directory(path, error)) {
    throw LoadError({{{label, 0, 0}, rules::message("profile.cannot_read", {{"detail", label}})}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_profile_text(text.str(), label);
}

} // namespace qb::profile

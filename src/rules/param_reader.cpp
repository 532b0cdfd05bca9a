#include "rules/param_reader.hpp"

#include <algorithm>
#include <set>

#include <yaml-cpp/yaml.h>

#include "rules/message_catalog.hpp"
#include "rules/yaml_location.hpp"
#include "util/edit_distance.hpp"

namespace qb::rules {
namespace {

// The keys of one mapping that were asked for, shared with the readers of its nested mappings so the
// parent's report_unknown_keys() covers them too (children are handed out by value).
struct KeyTracker
{
  YAML::Node node;
  std::vector<std::string> asked; // every key a reader asked for, present or not (the "did you mean" list)
  std::vector<std::shared_ptr<KeyTracker>> children;
  bool reported = false;
  bool ignored = false; // the mapping's own keys are not judged (its children still are)
};

std::string join(const std::vector<std::string>& values)
{
  std::string result;
  for (const auto& value : values) {
    result += result.empty() ? value : ", " + value;
  }
  return result;
}

} // namespace

struct ParamReader::Impl
{
  std::string file;
  std::vector<Diagnostic>* diagnostics = nullptr;
  std::shared_ptr<KeyTracker> tracker;

  // The value of `key` (marking it asked), or an invalid node when absent.
  YAML::Node value(std::string_view key)
  {
    const std::string name(key);
    if (std::find(tracker->asked.begin(), tracker->asked.end(), name) == tracker->asked.end()) {
      tracker->asked.push_back(name);
    }
    if (!tracker->node.IsMap()) {
      return YAML::Node(YAML::NodeType::Undefined);
    }
    const YAML::Node& node = tracker->node;
    return node[name];
  }

  void report(SourceLocation where, LocalizedText message)
  {
    diagnostics->push_back(Diagnostic{std::move(where), std::move(message)});
  }

  SourceLocation at(const YAML::Node& node) const { return yaml_location(node, file); }

  // True when `node` is present; records the missing-key error when `need` requires it.
  bool present(const YAML::Node& node, std::string_view key, Need need)
  {
    if (node.IsDefined() && !node.IsNull()) {
      return true;
    }
    if (need == Need::required) {
      SourceLocation where = node.IsDefined() ? at(node) : at(tracker->node);
      report(where, message("rules.param.missing", {{"key", std::string(key)}}));
    }
    return false;
  }

  void type_error(const YAML::Node& node, std::string_view key, std::string_view id)
  {
    std::string shown = node.IsScalar() ? node.Scalar() : std::string(node.IsSequence() ? "[...]" : "{...}");
    report(at(node), message(id, {{"key", std::string(key)}, {"value", shown}}));
  }

  void check_unknown(KeyTracker& keys)
  {
    if (keys.reported) {
      return;
    }
    keys.reported = true;
    if (keys.node.IsMap() && !keys.ignored) {
      for (const auto& entry : keys.node) {
        const std::string name = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
        if (std::find(keys.asked.begin(), keys.asked.end(), name) != keys.asked.end()) {
          continue;
        }
        const auto suggestion = util::closest_match(name, keys.asked);
        if (suggestion) {
          report(at(entry.first),
                 message("rules.param.unknown_key_suggest",
                         {{"key", name}, {"suggestion", *suggestion}, {"known", join(keys.asked)}}));
        } else {
          report(at(entry.first),
                 message("rules.param.unknown_key", {{"key", name}, {"known", join(keys.asked)}}));
        }
      }
    }
    for (const auto& child : keys.children) {
      check_unknown(*child);
    }
  }
};

ParamReader::ParamReader(const YAML::Node& node, std::string file, std::vector<Diagnostic>& diagnostics)
  : m_impl(std::make_unique<Impl>())
{
  m_impl->file = std::move(file);
  m_impl->diagnostics = &diagnostics;
  m_impl->tracker = std::make_shared<KeyTracker>();
  m_impl->tracker->node = node;
}

ParamReader::~ParamReader() = default;
ParamReader::ParamReader(ParamReader&&) noexcept = default;

bool ParamReader::has(std::string_view key) const
{
  if (!m_impl->tracker->node.IsMap()) {
    return false;
  }
  const YAML::Node& node = m_impl->tracker->node;
  const YAML::Node value = node[std::string(key)];
  return value.IsDefined() && !value.IsNull();
}

std::optional<std::string> ParamReader::string(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    m_impl->type_error(node, key, "rules.param.not_string");
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<double> ParamReader::number(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  double value = 0;
  if (!node.IsScalar() || !YAML::convert<double>::decode(node, value)) {
    m_impl->type_error(node, key, "rules.param.not_number");
    return std::nullopt;
  }
  return value;
}

std::optional<std::int64_t> ParamReader::integer(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  if (!node.IsScalar() || !YAML::convert<std::int64_t>::decode(node, value)) {
    m_impl->type_error(node, key, "rules.param.not_integer");
    return std::nullopt;
  }
  return value;
}

std::optional<bool> ParamReader::boolean(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
    m_impl->type_error(node, key, "rules.param.not_boolean");
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> ParamReader::string_list(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  std::vector<std::string> result;
  if (!m_impl->present(node, key, need)) {
    return result;
  }
  if (node.IsScalar()) {
    result.push_back(node.Scalar());
    return result;
  }
  if (!node.IsSequence()) {
    m_impl->type_error(node, key, "rules.param.not_list");
    return result;
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) {
      m_impl->type_error(item, key, "rules.param.not_list");
      continue;
    }
    result.push_back(item.Scalar());
  }
  return result;
}

std::optional<std::string> ParamReader::choice(std::string_view key, const std::vector<std::string>& allowed,
                                               Need need)
{
  const YAML::Node node = m_impl->value(key);
  auto value = string(key, need);
  if (!value || std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) {
    return value;
  }
  const auto suggestion = util::closest_match(*value, allowed);
  if (suggestion) {
    m_impl->report(m_impl->at(node), message("rules.param.bad_choice_suggest", {{"key", std::string(key)},
                                                                                {"value", *value},
                                                                                {"suggestion", *suggestion},
                                                                                {"allowed", join(allowed)}}));
  } else {
    m_impl->report(m_impl->at(node),
                   message("rules.param.bad_choice",
                           {{"key", std::string(key)}, {"value", *value}, {"allowed", join(allowed)}}));
  }
  return std::nullopt;
}

std::optional<LocalizedText> ParamReader::localized(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  if (node.IsScalar()) {
    return LocalizedText{node.Scalar(), node.Scalar()};
  }
  if (!node.IsMap()) {
    m_impl->type_error(node, key, "rules.param.not_localized");
    return std::nullopt;
  }
  auto texts = child(key, Need::required);
  const auto zh = texts->string("zh");
  const auto en = texts->string("en");
  if (!zh && !en) {
    m_impl->type_error(node, key, "rules.param.not_localized");
    return std::nullopt;
  }
  return LocalizedText{zh.value_or(""), en.value_or("")};
}

std::optional<ParamReader> ParamReader::child(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  if (!node.IsMap()) {
    m_impl->type_error(node, key, "rules.param.not_map");
    return std::nullopt;
  }
  ParamReader reader(node, m_impl->file, *m_impl->diagnostics);
  m_impl->tracker->children.push_back(reader.m_impl->tracker);
  return reader;
}

std::vector<ParamReader> ParamReader::children(std::string_view key, Need need)
{
  const YAML::Node node = m_impl->value(key);
  std::vector<ParamReader> result;
  if (!m_impl->present(node, key, need)) {
    return result;
  }
  if (!node.IsSequence()) {
    m_impl->type_error(node, key, "rules.param.not_list_of_maps");
    return result;
  }
  for (const auto& item : node) {
    if (!item.IsMap()) {
      m_impl->type_error(item, key, "rules.param.not_list_of_maps");
      continue;
    }
    ParamReader reader(item, m_impl->file, *m_impl->diagnostics);
    m_impl->tracker->children.push_back(reader.m_impl->tracker);
    result.push_back(std::move(reader));
  }
  return result;
}

SourceLocation ParamReader::location(std::string_view key) const
{
  const YAML::Node& node = m_impl->tracker->node;
  if (!key.empty() && node.IsMap()) {
    for (const auto& entry : node) {
      if (entry.first.IsScalar() && entry.first.Scalar() == key) {
        return m_impl->at(entry.first);
      }
    }
  }
  return m_impl->at(node);
}

void ParamReader::error(std::string_view key, LocalizedText text)
{
  SourceLocation where = location(key);
  if (!key.empty() && has(key)) {
    const YAML::Node& node = m_impl->tracker->node;
    where = m_impl->at(node[std::string(key)]);
  }
  m_impl->report(std::move(where), std::move(text));
}

void ParamReader::ignore_unknown_keys()
{
  m_impl->tracker->ignored = true;
}

void ParamReader::report_unknown_keys()
{
  m_impl->check_unknown(*m_impl->tracker);
}

} // namespace qb::rules

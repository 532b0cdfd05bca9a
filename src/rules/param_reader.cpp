#include "rules/param_reader.hpp"

#include <algorithm>
#include <set>

#include <yaml-cpp/yaml.h>

#include "rules/data_tree.hpp"
#include "rules/message_catalog.hpp"
#include "util/edit_distance.hpp"

namespace qb::rules {
namespace {

// The keys of one mapping that were asked for, shared with the readers of its nested mappings so the
// parent's report_unknown_keys() covers them too (children are handed out by value).
struct KeyTracker
{
  const DataNode* node = nullptr;
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
  std::shared_ptr<const DataTree> tree; // keeps the nodes alive
  std::string file;
  std::vector<Diagnostic>* diagnostics = nullptr;
  std::shared_ptr<KeyTracker> tracker;

  // The value of `key` (marking it asked), or null when absent.
  const DataNode* value(std::string_view key)
  {
    if (std::find(tracker->asked.begin(), tracker->asked.end(), key) == tracker->asked.end()) {
      tracker->asked.emplace_back(key);
    }
    return tracker->node->find(key);
  }

  void report(SourceLocation where, LocalizedText message)
  {
    diagnostics->push_back(Diagnostic{std::move(where), std::move(message)});
  }

  // The 1-based file:line:col of `node` (line 0 when it has no place, or is absent).
  SourceLocation at(const DataNode* node) const
  {
    if (node == nullptr) {
      return SourceLocation{file, 0, 0};
    }
    return SourceLocation{file, node->line, node->column};
  }

  // True when `node` is present; records the missing-key error when `need` requires it.
  bool present(const DataNode* node, std::string_view key, Need need)
  {
    if (node != nullptr && node->is_defined() && !node->is_null()) {
      return true;
    }
    if (need == Need::required) {
      SourceLocation where = node != nullptr && node->is_defined() ? at(node) : at(tracker->node);
      report(where, message("rules.param.missing", {{"key", std::string(key)}}));
    }
    return false;
  }

  void type_error(const DataNode& node, std::string_view key, std::string_view id)
  {
    std::string shown =
        node.is_scalar() ? std::string(node.text) : std::string(node.is_sequence() ? "[...]" : "{...}");
    report(at(&node), message(id, {{"key", std::string(key)}, {"value", shown}}));
  }

  void check_unknown(KeyTracker& keys)
  {
    if (keys.reported) {
      return;
    }
    keys.reported = true;
    if (keys.node->is_map() && !keys.ignored) {
      for (std::size_t entry = 0; entry < keys.node->entries(); ++entry) {
        const DataNode& key = keys.node->key(entry);
        const std::string name = key.is_scalar() ? std::string(key.text) : std::string();
        if (std::find(keys.asked.begin(), keys.asked.end(), name) != keys.asked.end()) {
          continue;
        }
        const auto suggestion = util::closest_match(name, keys.asked);
        if (suggestion) {
          report(at(&key),
                 message("rules.param.unknown_key_suggest",
                         {{"key", name}, {"suggestion", *suggestion}, {"known", join(keys.asked)}}));
        } else {
          report(at(&key), message("rules.param.unknown_key", {{"key", name}, {"known", join(keys.asked)}}));
        }
      }
    }
    for (const auto& child : keys.children) {
      check_unknown(*child);
    }
  }
};

ParamReader::ParamReader(std::shared_ptr<const DataTree> tree, const DataNode& node, std::string file,
                         std::vector<Diagnostic>& diagnostics)
  : m_impl(std::make_unique<Impl>())
{
  m_impl->tree = std::move(tree);
  m_impl->file = std::move(file);
  m_impl->diagnostics = &diagnostics;
  m_impl->tracker = std::make_shared<KeyTracker>();
  m_impl->tracker->node = &node;
}

ParamReader::ParamReader(const YAML::Node& node, std::string file, std::vector<Diagnostic>& diagnostics)
  : m_impl(std::make_unique<Impl>())
{
  m_impl->tree = std::make_shared<const DataTree>(node);
  m_impl->file = std::move(file);
  m_impl->diagnostics = &diagnostics;
  m_impl->tracker = std::make_shared<KeyTracker>();
  m_impl->tracker->node = &m_impl->tree->root();
}

ParamReader::~ParamReader() = default;
ParamReader::ParamReader(ParamReader&&) noexcept = default;

bool ParamReader::has(std::string_view key) const
{
  const DataNode* value = m_impl->tracker->node->find(key);
  return value != nullptr && value->is_defined() && !value->is_null();
}

std::optional<std::string> ParamReader::string(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  if (!node->is_scalar()) {
    m_impl->type_error(*node, key, "rules.param.not_string");
    return std::nullopt;
  }
  return std::string(node->text);
}

std::optional<double> ParamReader::number(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  double value = 0;
  if (!decode_number(*node, value)) {
    m_impl->type_error(*node, key, "rules.param.not_number");
    return std::nullopt;
  }
  return value;
}

std::optional<std::int64_t> ParamReader::integer(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  if (!decode_integer(*node, value)) {
    m_impl->type_error(*node, key, "rules.param.not_integer");
    return std::nullopt;
  }
  return value;
}

std::optional<bool> ParamReader::boolean(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  bool value = false;
  if (!decode_boolean(*node, value)) {
    m_impl->type_error(*node, key, "rules.param.not_boolean");
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> ParamReader::string_list(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  std::vector<std::string> result;
  if (!m_impl->present(node, key, need)) {
    return result;
  }
  if (node->is_scalar()) {
    result.emplace_back(node->text);
    return result;
  }
  if (!node->is_sequence()) {
    m_impl->type_error(*node, key, "rules.param.not_list");
    return result;
  }
  for (const DataNode& item : node->children()) {
    if (!item.is_scalar()) {
      m_impl->type_error(item, key, "rules.param.not_list");
      continue;
    }
    result.emplace_back(item.text);
  }
  return result;
}

std::optional<std::string> ParamReader::choice(std::string_view key, const std::vector<std::string>& allowed,
                                               Need need)
{
  const DataNode* node = m_impl->value(key);
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
  const DataNode* node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  if (node->is_scalar()) {
    return LocalizedText{std::string(node->text), std::string(node->text)};
  }
  if (!node->is_map()) {
    m_impl->type_error(*node, key, "rules.param.not_localized");
    return std::nullopt;
  }
  auto texts = child(key, Need::required);
  const auto zh = texts->string("zh");
  const auto en = texts->string("en");
  if (!zh && !en) {
    m_impl->type_error(*node, key, "rules.param.not_localized");
    return std::nullopt;
  }
  return LocalizedText{zh.value_or(""), en.value_or("")};
}

std::optional<ParamReader> ParamReader::child(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  if (!m_impl->present(node, key, need)) {
    return std::nullopt;
  }
  if (!node->is_map()) {
    m_impl->type_error(*node, key, "rules.param.not_map");
    return std::nullopt;
  }
  ParamReader reader(m_impl->tree, *node, m_impl->file, *m_impl->diagnostics);
  m_impl->tracker->children.push_back(reader.m_impl->tracker);
  return reader;
}

std::vector<ParamReader> ParamReader::children(std::string_view key, Need need)
{
  const DataNode* node = m_impl->value(key);
  std::vector<ParamReader> result;
  if (!m_impl->present(node, key, need)) {
    return result;
  }
  if (!node->is_sequence()) {
    m_impl->type_error(*node, key, "rules.param.not_list_of_maps");
    return result;
  }
  for (const DataNode& item : node->children()) {
    if (!item.is_map()) {
      m_impl->type_error(item, key, "rules.param.not_list_of_maps");
      continue;
    }
    ParamReader reader(m_impl->tree, item, m_impl->file, *m_impl->diagnostics);
    m_impl->tracker->children.push_back(reader.m_impl->tracker);
    result.push_back(std::move(reader));
  }
  return result;
}

SourceLocation ParamReader::location(std::string_view key) const
{
  const DataNode* node = m_impl->tracker->node;
  if (!key.empty() && node->is_map()) {
    for (std::size_t entry = 0; entry < node->entries(); ++entry) {
      if (node->key(entry).is_scalar() && node->key(entry).text == key) {
        return m_impl->at(&node->key(entry));
      }
    }
  }
  return m_impl->at(node);
}

void ParamReader::error(std::string_view key, LocalizedText text)
{
  SourceLocation where = location(key);
  if (!key.empty() && has(key)) {
    where = m_impl->at(m_impl->tracker->node->find(key));
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

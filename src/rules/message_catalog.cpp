#include "rules/message_catalog.hpp"

#include <algorithm>

namespace qb::rules {

namespace {

// fill_placeholders for any sequence of (name, value) pairs.
template <typename Args> std::string fill(std::string_view pattern, const Args& args)
{
  std::string result;
  result.reserve(pattern.size() + 16);
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const auto open = pattern.find('{', pos);
    if (open == std::string_view::npos) {
      break;
    }
    const auto close = pattern.find('}', open + 1);
    if (close == std::string_view::npos) {
      break;
    }
    result.append(pattern.substr(pos, open - pos));
    const auto name = pattern.substr(open + 1, close - open - 1);
    auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
    if (arg != args.end()) {
      result.append(arg->second);
    } else {
      result.append(pattern.substr(open, close - open + 1));
    }
    pos = close + 1;
  }
  result.append(pattern.substr(pos));
  return result;
}

} // namespace

const MessageCatalog& MessageCatalog::builtin()
{
  static const MessageCatalog catalog = [] {
    MessageCatalog result;
    result.m_entries = builtin_messages();
    return result;
  }();
  return catalog;
}

LocalizedText MessageCatalog::text(std::string_view id, std::initializer_list<MessageArg> args) const
{
  const BuiltinMessage* entry = find(id);
  if (entry == nullptr) {
    return LocalizedText{std::string(id), std::string(id)};
  }
  return LocalizedText{fill(entry->zh, args), fill(entry->en, args)}; // the arguments are not copied
}

LocalizedText MessageCatalog::text(std::string_view id, const std::vector<MessageArg>& args) const
{
  return text(id, args, args);
}

LocalizedText MessageCatalog::text(std::string_view id, const std::vector<MessageArg>& zh_args,
                                   const std::vector<MessageArg>& en_args) const
{
  const BuiltinMessage* entry = find(id);
  if (entry == nullptr) {
    return LocalizedText{std::string(id), std::string(id)};
  }
  return LocalizedText{fill_placeholders(entry->zh, zh_args), fill_placeholders(entry->en, en_args)};
}

LocalizedText MessageCatalog::text_from_views(std::string_view id, std::span<const MessageArgView> zh_args,
                                              std::span<const MessageArgView> en_args) const
{
  const BuiltinMessage* entry = find(id);
  if (entry == nullptr) {
    return LocalizedText{std::string(id), std::string(id)};
  }
  return LocalizedText{fill_placeholder_views(entry->zh, zh_args),
                       fill_placeholder_views(entry->en, en_args)};
}

const BuiltinMessage* MessageCatalog::find(std::string_view id) const
{
  auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                             [](const BuiltinMessage& item, std::string_view key) { return item.id < key; });
  return it == m_entries.end() || it->id != id ? nullptr : &*it;
}

bool MessageCatalog::contains(std::string_view id) const
{
  auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                             [](const BuiltinMessage& item, std::string_view key) { return item.id < key; });
  return it != m_entries.end() && it->id == id;
}

std::vector<std::string> MessageCatalog::ids() const
{
  std::vector<std::string> result;
  result.reserve(m_entries.size());
  for (const auto& entry : m_entries) {
    result.emplace_back(entry.id);
  }
  return result;
}

LocalizedText message(std::string_view id, std::initializer_list<MessageArg> args)
{
  return MessageCatalog::builtin().text(id, args);
}

std::string fill_placeholders(std::string_view pattern, const std::vector<MessageArg>& args)
{
  return fill(pattern, args);
}

std::string fill_placeholder_views(std::string_view pattern, std::span<const MessageArgView> args)
{
  return fill(pattern, args);
}

} // namespace qb::rules

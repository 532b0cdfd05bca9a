#include "rules/message_catalog.hpp"

#include <algorithm>

namespace qb::rules {

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
  return text(id, std::vector<MessageArg>(args));
}

LocalizedText MessageCatalog::text(std::string_view id, const std::vector<MessageArg>& args) const
{
  return text(id, args, args);
}

LocalizedText MessageCatalog::text(std::string_view id, const std::vector<MessageArg>& zh_args,
                                   const std::vector<MessageArg>& en_args) const
{
  auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                             [](const BuiltinMessage& item, std::string_view key) { return item.id < key; });
  if (it == m_entries.end() || it->id != id) {
    return LocalizedText{std::string(id), std::string(id)};
  }
  return LocalizedText{fill_placeholders(it->zh, zh_args), fill_placeholders(it->en, en_args)};
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
    auto arg = std::find_if(args.begin(), args.end(), [&](const MessageArg& a) { return a.first == name; });
    if (arg != args.end()) {
      result += arg->second;
    } else {
      result.append(pattern.substr(open, close - open + 1));
    }
    pos = close + 1;
  }
  result.append(pattern.substr(pos));
  return result;
}

} // namespace qb::rules

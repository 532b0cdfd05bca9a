#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/localized_text.hpp"
#include "rules/builtin_messages.hpp"

namespace qb::rules {

// A named value for a message placeholder: {"file", "a.docx"} fills "{file}".
using MessageArg = std::pair<std::string_view, std::string>;
// The same with a view of the value, for callers that keep the values themselves (no copy to fill a message).
using MessageArgView = std::pair<std::string_view, std::string_view>;

// The one catalogue of user-facing text (rules/messages/*.yaml, compiled into the binary): every message
// qbcheck prints that does not come from a rule file. Each entry has `zh` and `en`.
class MessageCatalog
{
public:
  // The built-in catalogue (rules/messages/*.yaml, compiled in by src/tools/compile_messages.cpp), set up
  // once on first use (thread-safe).
  static const MessageCatalog& builtin();

  // The text for `id` with `{name}` placeholders filled from `args`. An unknown id yields the id itself in
  // both languages (and is caught by the catalogue test), never an empty message.
  LocalizedText text(std::string_view id, std::initializer_list<MessageArg> args = {}) const;
  LocalizedText text(std::string_view id, const std::vector<MessageArg>& args) const;
  // The same with arguments of each language: the zh text filled from `zh_args`, the en text from `en_args`
  // (what text(id, zh_args).zh and text(id, en_args).en give, each text filled once).
  LocalizedText text(std::string_view id, const std::vector<MessageArg>& zh_args,
                     const std::vector<MessageArg>& en_args) const;
  LocalizedText text_from_views(std::string_view id, std::span<const MessageArgView> zh_args,
                                std::span<const MessageArgView> en_args) const;

  bool contains(std::string_view id) const;
  std::vector<std::string> ids() const;

private:
  // The entry `id`, or null.
  const BuiltinMessage* find(std::string_view id) const;

  // Sorted by id: the compiled table itself, read in place (copying its 1,100 entries into strings cost
  // some 40 page faults at every start).
  std::span<const BuiltinMessage> m_entries;
};

// Shorthand for MessageCatalog::builtin().text(...).
LocalizedText message(std::string_view id, std::initializer_list<MessageArg> args = {});

// Replaces each `{name}` in `pattern` by its value from `args`; unknown placeholders are left as they are.
std::string fill_placeholders(std::string_view pattern, const std::vector<MessageArg>& args);
std::string fill_placeholder_views(std::string_view pattern, std::span<const MessageArgView> args);

} // namespace qb::rules

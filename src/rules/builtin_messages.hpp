#pragma once

#include <span>
#include <string_view>

namespace qb::rules {

// One entry of the built-in message catalogue.
struct BuiltinMessage
{
  std::string_view id;
  std::string_view zh;
  std::string_view en;
};

// rules/messages/*.yaml, read at build time by src/tools/compile_messages.cpp (parsing the YAML at every
// start took half of qbcheck's start-up): sorted by id, each id once.
std::span<const BuiltinMessage> builtin_messages();

} // namespace qb::rules

#pragma once

#include <cstddef>

namespace qb::docx {

// True when the NUL-terminated element name `name` is exactly `literal` (its terminating NUL compared too):
// no strlen, and a name is told apart at its first differing byte, never read past its own NUL. The readers
// classify names with it in one pass over a node's children instead of several child(name) walks.
template <std::size_t N> inline bool name_is(const char* name, const char (&literal)[N])
{
  for (std::size_t i = 0; i < N; ++i) {
    if (name[i] != literal[i]) {
      return false;
    }
  }
  return true;
}

} // namespace qb::docx

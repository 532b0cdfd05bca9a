#pragma once

// Code points as UTF-8, for tests that try every one of the Basic Multilingual Plane.
#include <string>

#include <unicode/unistr.h>

namespace qb::test {

// `c` in UTF-8.
inline std::string utf8(UChar32 c)
{
  std::string result;
  icu::UnicodeString(c).toUTF8String(result);
  return result;
}

} // namespace qb::test

#pragma once

// Code points as UTF-8, and ICU's own NFKC, for tests that compare qbcheck's text paths with ICU on every
// code point of the Basic Multilingual Plane.
#include <string>

#include <catch2/catch.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace qb::test {

// `c` in UTF-8.
inline std::string utf8(UChar32 c)
{
  std::string result;
  icu::UnicodeString(c).toUTF8String(result);
  return result;
}

// NFKC straight from ICU, through UTF-16: the reference every faster path must match.
inline std::string icu_nfkc(const std::string& text)
{
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  const icu::UnicodeString normalized = normalizer->normalize(icu::UnicodeString::fromUTF8(text), status);
  REQUIRE(U_SUCCESS(status));
  std::string result;
  normalized.toUTF8String(result);
  return result;
}

} // namespace qb::test

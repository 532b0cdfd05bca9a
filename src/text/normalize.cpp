#include "text/normalize.hpp"

#include <array>
#include <atomic>
#include <cstdint>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace qb::text {
namespace {

// Whether each BMP code point is NFKC-inert (Normalizer2::isInert: unchanged by normalisation and never
// combining with its neighbours), looked up once: 0 unknown, 1 inert, 2 not. Text made only of inert code
// points (ASCII, CJK ideographs, most Chinese punctuation) is its own NFKC form, so ICU is not needed.
std::array<std::atomic<std::uint8_t>, 0x10000> g_bmp_inert;

bool all_inert(std::string_view text, const icu::Normalizer2& normalizer)
{
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t offset = 0;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(data, offset, length, c);
    if (c < 0 || c >= 0x10000) {
      return false; // ill-formed, or beyond the table: let ICU decide
    }
    auto& entry = g_bmp_inert[static_cast<std::size_t>(c)];
    std::uint8_t known = entry.load(std::memory_order_relaxed);
    if (known == 0) {
      known = normalizer.isInert(c) ? 1 : 2;
      entry.store(known, std::memory_order_relaxed);
    }
    if (known != 1) {
      return false;
    }
  }
  return true;
}

bool valid_utf8(std::string_view text)
{
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t offset = 0;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(data, offset, length, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

} // namespace

std::string normalize_nfkc(std::string_view text)
{
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    return std::string(text); // ICU data missing: the text as it is is the best we can do
  }
  if (all_inert(text, *normalizer)) {
    return std::string(text);
  }
  if (!valid_utf8(text)) {
    // Through UTF-16, which replaces every ill-formed sequence by U+FFFD (normalizeUTF8 would keep them).
    const icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    if (U_FAILURE(status)) {
      return std::string(text);
    }
    std::string result;
    normalized.toUTF8String(result);
    return result;
  }
  // Straight from UTF-8 to UTF-8, without UTF-16 copies: text already normalised (most of it) is copied.
  std::string result;
  result.reserve(text.size());
  icu::StringByteSink<std::string> sink(&result);
  normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                            nullptr, status);
  if (U_FAILURE(status)) {
    return std::string(text);
  }
  return result;
}

} // namespace qb::text

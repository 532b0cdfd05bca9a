#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace qb::text {

// What a code point is for counting (docs/counting.md, "Classes of characters").
enum class CharClass : std::uint8_t {
  ignored,  // invisible format characters (ZWSP, BOM, soft hyphen...): not a character, do not split words
  breaking, // line/paragraph separators and control characters: end a word, count nothing
  blank,    // tab and every Unicode space (Zs), U+3000 included: end a word, count in characters_with_spaces
  asian,    // always East Asian: ideographs, kana, hangul, bopomofo, wide and full-width forms
  hanzi,    // an asian code point that is also a Han ideograph (counted in Counts::hanzi)
  ambiguous, // East Asian Width "Ambiguous" (“” — … · × ° ① □ → Greek, Cyrillic...): asian or not per run
  extend, // continues the previous character (combining marks, ZWJ, emoji modifiers): one more character
  other,  // everything else: part of a non-Asian word
};

namespace detail {
// The classes of the Basic Multilingual Plane, filled in as code points are met: the ICU look-ups cost about
// a hundred instructions a character, and a document uses a few thousand distinct characters. 0 means "not
// known yet", else the class + 1. Relaxed atomics: threads of a batch may fill an entry at the same time, and
// they write the same value.
extern std::array<std::atomic<std::uint8_t>, 0x10000> g_bmp_classes;

// Looks the class up with ICU, and remembers it for a BMP code point.
CharClass classify_slow(std::int32_t code_point);
} // namespace detail

// The class of `code_point` (any value; invalid ones classify as `other`, like U+FFFD). Decided with ICU
// properties only; the classes of BMP code points are remembered once looked up (thread-safe). Inline: the
// counter and the style rules classify every character of a document.
inline CharClass classify(std::int32_t code_point)
{
  if (code_point >= 0 && code_point < 0x10000) {
    const std::uint8_t known =
        detail::g_bmp_classes[static_cast<std::size_t>(code_point)].load(std::memory_order_relaxed);
    if (known != 0) {
      return static_cast<CharClass>(known - 1);
    }
  }
  return detail::classify_slow(code_point);
}

} // namespace qb::text

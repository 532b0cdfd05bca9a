#pragma once

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

// The class of `code_point` (any value; invalid ones classify as `other`, like U+FFFD). Decided with ICU
// properties only; the classes of BMP code points are remembered once looked up (thread-safe).
CharClass classify(std::int32_t code_point);

} // namespace qb::text

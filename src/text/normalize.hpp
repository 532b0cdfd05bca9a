#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace qb::text {

// `text` (UTF-8) in Unicode normalisation form NFKC: full-width letters, digits and ASCII punctuation become
// their ASCII forms (（一） -> (一), ３ -> 3), compatibility ideographs their unified forms. Invalid UTF-8 is
// replaced by U+FFFD first; never throws.
std::string normalize_nfkc(std::string_view text);

// The blanks of heading keys: ASCII space, tab, line feed, carriage return, vertical tab and form feed, and
// U+200B, U+FEFF, U+3000, U+00A0, U+2009, U+200C, U+200D. remove_blanks() removes every well-formed one from
// `text`, ill-formed bytes are kept as they are.
std::string remove_blanks(std::string_view text);
// True when `code_point` is one of those blanks.
bool is_key_blank(std::int32_t code_point);

// True when NFKC leaves `code_point` as it is, as one code point, whatever text surrounds it: it is its own
// form and has a normalisation boundary before and after it (CJK ideographs, most punctuation). False when
// that is not certain (code points beyond the BMP, negative values). Thread-safe.
bool nfkc_keeps_as_is(std::int32_t code_point);

// remove_blanks(normalize_nfkc(text)), for most texts in one pass over `text`.
std::string normalize_nfkc_without_blanks(std::string_view text);

// The same, with its UTF-16 form (as icu::UnicodeString::fromUTF8 converts it) in `utf16`.
std::string normalize_nfkc_without_blanks(std::string_view text, std::u16string& utf16);

} // namespace qb::text

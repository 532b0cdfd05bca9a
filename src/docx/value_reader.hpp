#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qb::docx {

// Readers for OOXML attribute values that are more than plain text. None of them throws: a value that does
// not parse is reported as absent, because a damaged attribute must never stop the reading of a document.

// An integer attribute (w:val="240", also "240.0" as some writers emit), rounded; nullopt when absent or
// not a number.
std::optional<long long> read_integer(std::string_view text);

// A twips measure: a plain number of twips, or (Strict OOXML) a universal measure such as "2.54cm", "1in",
// "72pt", "25.4mm", "6pc"/"6pi", converted to twips. nullopt when absent or malformed.
std::optional<long long> read_twips(std::string_view text);

// A w:sym/@w:char value ("F0B7", "0041"): the code point as written (Symbol-font private-use code points are
// kept, Word counts them as one character). nullopt for malformed values, surrogates and values beyond
// U+10FFFF.
std::optional<char32_t> read_hex_char(std::string_view text);

// Appends `code_point` to `out` in UTF-8.
void append_utf8(std::string& out, char32_t code_point);

} // namespace qb::docx

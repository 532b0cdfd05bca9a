#pragma once

#include <string>
#include <string_view>

namespace qb::text {

// `text` (UTF-8) in Unicode normalisation form NFKC: full-width letters, digits and ASCII punctuation become
// their ASCII forms (（一） -> (一), ３ -> 3), compatibility ideographs their unified forms. Invalid UTF-8 is
// replaced by U+FFFD first; never throws.
std::string normalize_nfkc(std::string_view text);

} // namespace qb::text

#pragma once

#include <cstddef>
#include <string_view>

namespace qb::docx {

// What one pass over a part's bytes tells before pugixml parses it.
struct PartScan
{
  bool well_formed_utf8 = true; // every byte belongs to a well-formed UTF-8 sequence (the usual case)
  std::size_t tags = 0;         // '<' bytes: a bound on the elements pugixml would create
};

// Checks the UTF-8 of `bytes` (as ICU's U8_NEXT judges it) and counts its '<', in one pass.
PartScan scan_part(std::string_view bytes);

} // namespace qb::docx

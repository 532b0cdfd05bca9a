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

// Checks the UTF-8 of `bytes` (as ICU's U8_NEXT judges it) and counts its '<', in one pass: with AVX2 when
// the processor has it (chosen once), else with SSE2 (a portable loop off x86).
PartScan scan_part(std::string_view bytes);

// Each version, for tests: the baseline (SSE2, sixteen bytes at a time) and the AVX2 one (thirty-two), which
// may only be called when scan_part_avx2_supported() (off x86 it is the baseline).
PartScan scan_part_baseline(std::string_view bytes);
PartScan scan_part_avx2(std::string_view bytes);
bool scan_part_avx2_supported();

} // namespace qb::docx

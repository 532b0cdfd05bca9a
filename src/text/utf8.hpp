#pragma once

#include <cstdint>

namespace qb::text {

// The code point at `offset` in `data` (`length` bytes), advancing `offset` past it, exactly as ICU's U8_NEXT
// does: an ill-formed sequence gives a negative value. ASCII and the well-formed 3-byte sequences that make
// up Chinese text are decoded inline; everything else goes through U8_NEXT (utf8.cpp), so callers in hot
// loops do not pay a function call and a dozen branches per character.
std::int32_t next_utf8_slow(const char* data, std::int32_t& offset, std::int32_t length);

inline std::int32_t next_utf8(const char* data, std::int32_t& offset, std::int32_t length)
{
  const auto lead = static_cast<unsigned char>(data[offset]);
  if (lead < 0x80) {
    ++offset;
    return lead;
  }
  // E1..EC and EE..EF take any two continuation bytes (10xxxxxx: below 0x40 once 0x80 is flipped off); E0
  // (overlongs) and ED (surrogates) are left to ICU.
  if (lead - 0xE1u <= 0xEFu - 0xE1u && lead != 0xED && length - offset >= 3) {
    const unsigned second = static_cast<unsigned char>(data[offset + 1]) ^ 0x80u;
    const unsigned third = static_cast<unsigned char>(data[offset + 2]) ^ 0x80u;
    if ((second | third) < 0x40) {
      offset += 3;
      return static_cast<std::int32_t>(((lead & 0x0Fu) << 12) | (second << 6) | third);
    }
  }
  return next_utf8_slow(data, offset, length);
}

} // namespace qb::text

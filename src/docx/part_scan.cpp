#include "docx/part_scan.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.hpp"

namespace qb::docx {

namespace {

constexpr std::size_t k_block = 16;

// Sixteen bytes classified at once; bit i of each mask describes byte i. The UTF-8 masks are only filled in
// when some byte is not ASCII (most blocks of a part are markup).
struct Block
{
  unsigned non_ascii = 0;
  unsigned continuation = 0; // 80..BF
  unsigned lead2 = 0;        // C2..DF: a two-byte sequence, whatever continuation byte follows
  unsigned lead3 = 0;        // E1..EC, EE..EF: a three-byte sequence, whatever two continuation bytes follow
  std::size_t tags = 0;      // '<' bytes
};

constexpr std::array<std::uint8_t, 256> k_bit_counts = [] {
  std::array<std::uint8_t, 256> counts{};
  for (std::size_t i = 0; i < counts.size(); ++i) {
    counts[i] = static_cast<std::uint8_t>((i & 1) + counts[i / 2]);
  }
  return counts;
}();

Block read_block(const char* data)
{
  Block block;
  unsigned tags = 0;
#if defined(__SSE2__)
  // SSE2 is part of every x86-64. Its byte comparisons are signed: 80..BF is -128..-65, C2..DF is -62..-33,
  // E1..EF is -31..-17 and ED is -19.
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
  block.non_ascii = static_cast<unsigned>(_mm_movemask_epi8(bytes));
  tags = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('<'))));
  if (block.non_ascii != 0) {
    const auto within = [&](int low, int high) { // low <= byte <= high, signed
      return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(static_cast<char>(low - 1))),
                           _mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(high + 1))));
    };
    block.continuation = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(-64))));
    block.lead2 = static_cast<unsigned>(_mm_movemask_epi8(within(-62, -33)));
    block.lead3 = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(-19)), within(-31, -17))));
  }
#else
  for (std::size_t i = 0; i < k_block; ++i) {
    const auto byte = static_cast<unsigned char>(data[i]);
    const unsigned bit = 1u << i;
    block.non_ascii |= byte >= 0x80 ? bit : 0u;
    block.continuation |= byte >= 0x80 && byte <= 0xBF ? bit : 0u;
    block.lead2 |= byte >= 0xC2 && byte <= 0xDF ? bit : 0u;
    block.lead3 |= byte >= 0xE1 && byte <= 0xEF && byte != 0xED ? bit : 0u;
    tags |= byte == '<' ? bit : 0u;
  }
#endif
  block.tags = k_bit_counts[tags & 0xFF] + k_bit_counts[tags >> 8];
  return block;
}

// The highest bit of `mask` at or above `from`, or -1.
int highest_bit_from(unsigned mask, int from)
{
  for (int bit = static_cast<int>(k_block) - 1; bit >= from; --bit) {
    if ((mask >> bit) & 1u) {
      return bit;
    }
  }
  return -1;
}

} // namespace

// Most of an OOXML part is ASCII markup, and its text (Chinese: three bytes a character) is made of the
// two- and three-byte sequences whose continuation bytes need no range check. A block of those is judged by
// its masks alone: every continuation byte must be exactly where a lead byte (or the block before) expects
// one. Anything else (four-byte sequences, E0 and ED leads, ill-formed bytes) is decoded one sequence at a
// time by the decoder the rest of qbcheck uses, so the verdict is the same as decoding everything.
PartScan scan_part(std::string_view bytes)
{
  PartScan scan;
  const char* data = bytes.data();
  const auto length = static_cast<std::int32_t>(bytes.size());
  constexpr auto block_size = static_cast<std::int32_t>(k_block);
  // Bytes before `offset` are known to belong to well-formed sequences. After a block judged by its masks,
  // `offset` is the lead byte of a sequence that runs into the next block (if any) and `carry` the bits of
  // the continuation bytes that block must begin with.
  std::int32_t offset = 0;
  unsigned carry = 0;
  std::int32_t start = 0;
  for (; length - start >= block_size; start += block_size) {
    const Block block = read_block(data + start);
    scan.tags += block.tags;
    if (!scan.well_formed_utf8 || (block.non_ascii == 0 && offset == start)) {
      offset = std::max(offset, start + block_size);
      continue;
    }
    const unsigned carried = offset >= start ? (1u << (offset - start)) - 1 : carry;
    const unsigned expected = (block.lead2 << 1) | (block.lead3 << 1) | (block.lead3 << 2) | carried;
    const unsigned known = block.continuation | block.lead2 | block.lead3;
    if ((expected & 0xFFFFu) == block.continuation && (block.non_ascii & ~known) == 0) {
      carry = expected >> k_block;
      const int straddling = carry == 0 ? -1 : highest_bit_from(block.lead2 | block.lead3, block_size - 2);
      offset = straddling < 0 ? start + block_size : start + straddling;
      continue;
    }
    // Decode the sequences that start before the end of this block (from a straddling lead before it, if
    // any). The last may end past it: its other bytes are continuation bytes, counted in `carried` next.
    const std::int32_t end = start + block_size;
    while (offset < end && scan.well_formed_utf8) {
      if (static_cast<unsigned char>(data[offset]) < 0x80) {
        ++offset;
      } else if (text::next_utf8(data, offset, length) < 0) {
        scan.well_formed_utf8 = false;
      }
    }
  }
  // The last bytes (fewer than a block). A sequence re-decoded from before `start` holds no ASCII byte, so
  // every '<' met here is one no block counted.
  if (!scan.well_formed_utf8) {
    offset = start;
  }
  while (offset < length) {
    const auto byte = static_cast<unsigned char>(data[offset]);
    if (byte < 0x80) {
      scan.tags += byte == '<' ? 1 : 0;
      ++offset;
    } else if (!scan.well_formed_utf8) {
      ++offset;
    } else if (text::next_utf8(data, offset, length) < 0) {
      scan.well_formed_utf8 = false;
    }
  }
  return scan;
}

} // namespace qb::docx

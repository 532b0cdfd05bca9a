#include "docx/part_scan.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define QB_SCAN_X86 1
#endif

#include "text/utf8.hpp"

namespace qb::docx {

namespace {

// A block of bytes classified at once; bit i of each mask describes byte i. The UTF-8 masks are only filled
// in when some byte is not ASCII (most blocks of a part are markup).
struct Block
{
  std::uint64_t non_ascii = 0;
  std::uint64_t continuation = 0; // 80..BF
  std::uint64_t lead2 = 0;        // C2..DF: a two-byte sequence, whatever continuation byte follows
  std::uint64_t lead3 = 0; // E1..EC, EE..EF: a three-byte sequence, whatever two continuation bytes follow
  std::size_t tags = 0;    // '<' bytes
};

constexpr std::array<std::uint8_t, 256> k_bit_counts = [] {
  std::array<std::uint8_t, 256> counts{};
  for (std::size_t i = 0; i < counts.size(); ++i) {
    counts[i] = static_cast<std::uint8_t>((i & 1) + counts[i / 2]);
  }
  return counts;
}();

// Sixteen bytes with SSE2, part of every x86-64 (a portable loop elsewhere).
struct BaselineReader
{
  static constexpr std::int32_t k_width = 16;

  static Block read(const char* data)
  {
    Block block;
    unsigned tags = 0;
#if defined(__SSE2__)
    // Byte comparisons are signed: 80..BF is -128..-65, C2..DF is -62..-33, E1..EF is -31..-17, ED is -19.
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
    block.non_ascii = static_cast<unsigned>(_mm_movemask_epi8(bytes));
    tags = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('<'))));
    if (block.non_ascii != 0) {
      const auto within = [&](int low, int high) { // low <= byte <= high, signed
        return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(static_cast<char>(low - 1))),
                             _mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(high + 1))));
      };
      block.continuation =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(-64))));
      block.lead2 = static_cast<unsigned>(_mm_movemask_epi8(within(-62, -33)));
      block.lead3 = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(-19)), within(-31, -17))));
    }
#else
    for (std::int32_t i = 0; i < k_width; ++i) {
      const auto byte = static_cast<unsigned char>(data[i]);
      const std::uint64_t bit = std::uint64_t{1} << i;
      block.non_ascii |= byte >= 0x80 ? bit : 0u;
      block.continuation |= byte >= 0x80 && byte <= 0xBF ? bit : 0u;
      block.lead2 |= byte >= 0xC2 && byte <= 0xDF ? bit : 0u;
      block.lead3 |= byte >= 0xE1 && byte <= 0xEF && byte != 0xED ? bit : 0u;
      tags |= byte == '<' ? static_cast<unsigned>(bit) : 0u;
    }
#endif
    block.tags = k_bit_counts[tags & 0xFF] + k_bit_counts[tags >> 8];
    return block;
  }
};

#if defined(QB_SCAN_X86)
// Thirty-two bytes with AVX2 (chosen at run time: the build targets baseline x86-64). The same masks as the
// baseline's, twice as wide; AVX2 has no "less than" on bytes, so those are "greater than" swapped.
struct Avx2Reader
{
  static constexpr std::int32_t k_width = 32;

  __attribute__((target("avx2,popcnt"))) static Block read(const char* data)
  {
    Block block;
    const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data));
    block.non_ascii = static_cast<std::uint32_t>(_mm256_movemask_epi8(bytes));
    block.tags = static_cast<std::size_t>(__builtin_popcount(
        static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(bytes, _mm256_set1_epi8('<'))))));
    if (block.non_ascii != 0) {
      block.continuation =
          static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-64), bytes)));
      block.lead2 = static_cast<std::uint32_t>(_mm256_movemask_epi8(within(bytes, -62, -33)));
      block.lead3 = static_cast<std::uint32_t>(_mm256_movemask_epi8(
          _mm256_andnot_si256(_mm256_cmpeq_epi8(bytes, _mm256_set1_epi8(-19)), within(bytes, -31, -17))));
    }
    return block;
  }

  // low <= byte <= high, signed (a function, not a lambda: a lambda would not inherit the target).
  __attribute__((target("avx2"))) static __m256i within(__m256i bytes, int low, int high)
  {
    return _mm256_and_si256(_mm256_cmpgt_epi8(bytes, _mm256_set1_epi8(static_cast<char>(low - 1))),
                            _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(high + 1)), bytes));
  }
};
#endif

// Most of an OOXML part is ASCII markup, and its text (Chinese: three bytes a character) is made of the
// two- and three-byte sequences whose continuation bytes need no range check. A block of those is judged by
// its masks alone: every continuation byte must be exactly where a lead byte (or the block before) expects
// one. Anything else (four-byte sequences, E0 and ED leads, ill-formed bytes) is decoded one sequence at a
// time by the decoder the rest of qbcheck uses, so the verdict is the same as decoding everything.
template <class Reader> inline PartScan scan_blocks(std::string_view bytes)
{
  PartScan scan;
  const char* data = bytes.data();
  const auto length = static_cast<std::int32_t>(bytes.size());
  constexpr std::int32_t width = Reader::k_width;
  constexpr std::uint64_t block_bits = width == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1;
  // Bytes before `offset` are known to belong to well-formed sequences. After a block judged by its masks,
  // `offset` is the lead byte of a sequence that runs into the next block (if any) and `carry` the bits of
  // the continuation bytes that block must begin with.
  std::int32_t offset = 0;
  std::uint64_t carry = 0;
  std::int32_t start = 0;
  for (; length - start >= width; start += width) {
    const Block block = Reader::read(data + start);
    scan.tags += block.tags;
    if (!scan.well_formed_utf8 || (block.non_ascii == 0 && offset == start)) {
      offset = std::max(offset, start + width);
      continue;
    }
    const std::uint64_t carried = offset >= start ? (std::uint64_t{1} << (offset - start)) - 1 : carry;
    const std::uint64_t leads = block.lead2 | block.lead3;
    // A lead's continuation bytes, the first and (three-byte leads) the second; those past the block are
    // carried into the next (they shift out of `block_bits`: the masks are at most 32 bits wide).
    const std::uint64_t expected = (leads << 1) | (block.lead3 << 2) | carried;
    const std::uint64_t known = block.continuation | leads;
    if ((expected & block_bits) == block.continuation && (block.non_ascii & ~known) == 0) {
      carry = expected >> width;
      // The lead of a sequence running into the next block: one of the block's last two bytes.
      const std::uint64_t straddling = carry == 0 ? 0 : leads & (std::uint64_t{3} << (width - 2));
      offset = straddling == 0 ? start + width : start + (63 - __builtin_clzll(straddling));
      continue;
    }
    // Decode the sequences that start before the end of this block (from a straddling lead before it, if
    // any). The last may end past it: its other bytes are continuation bytes, counted in `carried` next.
    const std::int32_t end = start + width;
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

} // namespace

PartScan scan_part_baseline(std::string_view bytes)
{
  return scan_blocks<BaselineReader>(bytes);
}

#if defined(QB_SCAN_X86)
// `flatten` inlines the loop and the reader here, so that the whole loop is compiled for AVX2 (a function
// without the target attribute cannot inline the reader; this one can inline both).
__attribute__((target("avx2,popcnt"), flatten)) PartScan scan_part_avx2(std::string_view bytes)
{
  return scan_blocks<Avx2Reader>(bytes);
}

bool scan_part_avx2_supported()
{
  static const bool supported = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0 && __builtin_cpu_supports("popcnt") != 0;
  }();
  return supported;
}
#else
PartScan scan_part_avx2(std::string_view bytes)
{
  return scan_part_baseline(bytes);
}

bool scan_part_avx2_supported()
{
  return false;
}
#endif

PartScan scan_part(std::string_view bytes)
{
  static const auto scan = scan_part_avx2_supported() ? &scan_part_avx2 : &scan_part_baseline;
  return scan(bytes);
}

} // namespace qb::docx

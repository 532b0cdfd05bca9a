#include "template/placeholder_png.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

namespace qb::templating {
namespace {

constexpr std::uint8_t k_background = 0xEE;
constexpr std::uint8_t k_line = 0x99;
constexpr std::size_t k_max_stored_block = 65535; // deflate's limit for one stored block

std::uint32_t crc32(const std::string& bytes)
{
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> result{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) {
        c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
      }
      result[n] = c;
    }
    return result;
  }();
  std::uint32_t crc = 0xFFFFFFFFU;
  for (unsigned char byte : bytes) {
    crc = table[(crc ^ byte) & 0xFFU] ^ (crc >> 8);
  }
  return crc ^ 0xFFFFFFFFU;
}

std::uint32_t adler32(const std::string& bytes)
{
  std::uint32_t a = 1;
  std::uint32_t b = 0;
  for (unsigned char byte : bytes) {
    a = (a + byte) % 65521U;
    b = (b + a) % 65521U;
  }
  return (b << 16) | a;
}

void put_u32(std::string& out, std::uint32_t value)
{
  for (int shift = 24; shift >= 0; shift -= 8) {
    out += static_cast<char>((value >> shift) & 0xFFU);
  }
}

void put_chunk(std::string& out, const char* type, const std::string& data)
{
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  const std::string body = std::string(type) + data;
  out += body;
  put_u32(out, crc32(body));
}

// 8-bit greyscale scanlines, each after its filter byte (0: none).
std::string scanlines()
{
  std::string raw;
  for (int y = 0; y < k_placeholder_height; ++y) {
    raw += '\0';
    for (int x = 0; x < k_placeholder_width; ++x) {
      const bool frame = x < 2 || y < 2 || x >= k_placeholder_width - 2 || y >= k_placeholder_height - 2;
      // The two diagonals, one pixel wide: |x·h − y·w| small against the longer side.
      const long across =
          std::labs(static_cast<long>(x) * k_placeholder_height - static_cast<long>(y) * k_placeholder_width);
      const long down = std::labs(static_cast<long>(k_placeholder_width - 1 - x) * k_placeholder_height -
                                  static_cast<long>(y) * k_placeholder_width);
      const bool diagonal = across < k_placeholder_width || down < k_placeholder_width;
      raw += static_cast<char>(frame || diagonal ? k_line : k_background);
    }
  }
  return raw;
}

// A zlib stream of stored (uncompressed) deflate blocks.
std::string zlib_stored(const std::string& raw)
{
  std::string out{'\x78', '\x01'};
  std::size_t at = 0;
  do {
    const std::size_t length = std::min(k_max_stored_block, raw.size() - at);
    const bool last = at + length == raw.size();
    out += static_cast<char>(last ? 1 : 0);
    out += static_cast<char>(length & 0xFFU);
    out += static_cast<char>((length >> 8) & 0xFFU);
    out += static_cast<char>(~length & 0xFFU);
    out += static_cast<char>((~length >> 8) & 0xFFU);
    out.append(raw, at, length);
    at += length;
  } while (at < raw.size());
  put_u32(out, adler32(raw));
  return out;
}

} // namespace

std::string placeholder_png()
{
  std::string png("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  put_u32(header, k_placeholder_width);
  put_u32(header, k_placeholder_height);
  header += std::string{'\x08', '\x00', '\x00', '\x00', '\x00'}; // 8-bit greyscale, deflate, no interlace
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", zlib_stored(scanlines()));
  put_chunk(png, "IEND", "");
  return png;
}

} // namespace qb::templating

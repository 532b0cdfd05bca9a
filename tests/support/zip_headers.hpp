#pragma once

// Reading and forging the little-endian fields of a zip archive's headers, for tests of lying archives.
#include <cstddef>
#include <cstdint>
#include <string>

namespace qb::test {

std::uint16_t get16(const std::string& bytes, std::size_t at);
std::uint32_t get32(const std::string& bytes, std::size_t at);
void put32(std::string& bytes, std::size_t at, std::uint32_t value);

// A field that both the local and the central header of an entry hold.
enum class ZipHeaderField {
  crc32,
  uncompressed_size,
};

// Sets `field` to `value` in both headers of every entry named `name`; returns how many headers changed.
int patch_entry_headers(std::string& zip, const std::string& name, ZipHeaderField field, std::uint32_t value);

} // namespace qb::test

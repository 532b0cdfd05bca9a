#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace qb::test {

// What a local header claims when it lies (RawZip::local).
struct LocalLie
{
  std::string name;       // empty: the entry's real name
  std::int64_t size = -1; // compressed and uncompressed sizes; -1: the real size
  std::int64_t crc = -1;  // -1: the real CRC-32
};

// Writes a zip archive byte by byte, entries stored (not deflated), so a test can make every header say what
// it likes: local headers that disagree with the central directory, two central entries sharing one local
// header, offsets pointing anywhere. PackageWriter (libzip) can only write honest archives.
class RawZip
{
public:
  // Appends a local header and the stored `data`; returns the header's offset for central().
  std::uint32_t local(std::string_view name, std::string_view data, const LocalLie& lie = LocalLie());
  // Adds a central directory entry for `name` whose local header is at `offset`, with the CRC and size of
  // `data` (what the entry really holds, or what it should hold).
  void central(std::string_view name, std::uint32_t offset, std::string_view data);
  // Both at once: an honest entry.
  void entry(std::string_view name, std::string_view data) { central(name, local(name, data), data); }
  // The archive: the local entries, the central directory and its end record.
  std::string finish() const;

  // CRC-32 (the zip polynomial).
  static std::uint32_t crc32(std::string_view data);

private:
  std::string m_local;
  std::string m_central;
  std::uint16_t m_count = 0;
};

} // namespace qb::test

#include "support/zip_headers.hpp"

namespace qb::test {

std::uint16_t get16(const std::string& bytes, std::size_t at)
{
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}

std::uint32_t get32(const std::string& bytes, std::size_t at)
{
  return static_cast<std::uint32_t>(get16(bytes, at)) | static_cast<std::uint32_t>(get16(bytes, at + 2))
                                                            << 16;
}

void put32(std::string& bytes, std::size_t at, std::uint32_t value)
{
  for (int i = 0; i < 4; ++i) {
    bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
  }
}

int patch_entry_headers(std::string& zip, const std::string& name, ZipHeaderField field, std::uint32_t value)
{
  // Offsets from the zip specification (APPNOTE 4.3.7 and 4.3.12): the local header's name starts at 30 and
  // its length is at 26; the central header's at 46 and 28.
  const bool crc = field == ZipHeaderField::crc32;
  int patched = 0;
  for (std::size_t at = zip.find("PK\x03\x04"); at != std::string::npos;
       at = zip.find("PK\x03\x04", at + 1)) {
    if (at + 30 + name.size() <= zip.size() && get16(zip, at + 26) == name.size() &&
        zip.compare(at + 30, name.size(), name) == 0) {
      put32(zip, at + (crc ? 14 : 22), value);
      ++patched;
    }
  }
  for (std::size_t at = zip.find("PK\x01\x02"); at != std::string::npos;
       at = zip.find("PK\x01\x02", at + 1)) {
    if (at + 46 + name.size() <= zip.size() && get16(zip, at + 28) == name.size() &&
        zip.compare(at + 46, name.size(), name) == 0) {
      put32(zip, at + (crc ? 16 : 24), value);
      ++patched;
    }
  }
  return patched;
}

} // namespace qb::test

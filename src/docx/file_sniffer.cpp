#include "docx/file_sniffer.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string_view>
#include <system_error>
#include <vector>

namespace qb::docx {

namespace {

constexpr std::string_view k_ole2_magic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
constexpr std::size_t k_head_bytes = 1024; // what the file's kind is told from
constexpr std::uint32_t k_end_of_chain = 0xFFFFFFFE;
constexpr std::uint32_t k_max_regular_sector = 0xFFFFFFFA;

std::uint32_t le32(const unsigned char* p)
{
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

// Reads an OLE2 compound file's sectors through the header's FAT, refusing any offset outside the file.
class CompoundFile
{
public:
  explicit CompoundFile(const std::filesystem::path& path)
    : m_in(path, std::ios::binary)
  {
    std::error_code error;
    m_size = std::filesystem::file_size(path, error);
    if (error || !read_at(0, m_header, sizeof m_header)) {
      return;
    }
    const unsigned shift = static_cast<unsigned>(m_header[30]) | static_cast<unsigned>(m_header[31]) << 8;
    if (shift != 9 && shift != 12) {
      return;
    }
    m_sector_size = 1u << shift;
    m_valid = true;
  }

  bool valid() const { return m_valid; }
  std::uint32_t first_directory_sector() const { return le32(m_header + 48); }
  std::uint64_t sector_count() const { return m_size / m_sector_size; }
  std::uint32_t sector_size() const { return m_sector_size; }

  bool read_sector(std::uint32_t sector, unsigned char* out)
  {
    return read_at((static_cast<std::uint64_t>(sector) + 1) * m_sector_size, out, m_sector_size);
  }

  // The sector after `sector` in its chain, looked up in the FAT sector listed in the header's DIFAT
  // (its first 109 entries: enough for the directory of any document, which Word writes early).
  std::uint32_t next(std::uint32_t sector)
  {
    const std::uint32_t per_sector = m_sector_size / 4;
    const std::uint32_t fat_index = sector / per_sector;
    if (fat_index >= 109) {
      return k_end_of_chain;
    }
    const std::uint32_t fat_sector = le32(m_header + 76 + 4 * fat_index);
    unsigned char entry[4];
    if (fat_sector > k_max_regular_sector ||
        !read_at((static_cast<std::uint64_t>(fat_sector) + 1) * m_sector_size + 4ull * (sector % per_sector),
                 entry, 4)) {
      return k_end_of_chain;
    }
    return le32(entry);
  }

private:
  std::ifstream m_in;
  std::uint64_t m_size = 0;
  unsigned char m_header[512] = {};
  std::uint32_t m_sector_size = 512;
  bool m_valid = false;

  bool read_at(std::uint64_t offset, unsigned char* out, std::size_t length)
  {
    if (offset + length > m_size) {
      return false;
    }
    m_in.clear();
    m_in.seekg(static_cast<std::streamoff>(offset));
    m_in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(length));
    return static_cast<std::size_t>(m_in.gcount()) == length;
  }
};

// A directory entry's name: UTF-16LE, its byte length (with the terminating NUL) at offset 64.
bool entry_is_named(const unsigned char* entry, std::u16string_view wanted)
{
  const unsigned length = static_cast<unsigned>(entry[64]) | static_cast<unsigned>(entry[65]) << 8;
  if (length != (wanted.size() + 1) * 2) {
    return false;
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if ((static_cast<char16_t>(entry[2 * i]) | static_cast<char16_t>(entry[2 * i + 1]) << 8) != wanted[i]) {
      return false;
    }
  }
  return true;
}

std::string read_head(const std::filesystem::path& path, std::size_t length, bool& ok)
{
  std::ifstream in(path, std::ios::binary);
  std::string head(length, '\0');
  in.read(head.data(), static_cast<std::streamsize>(length));
  ok = !in.bad() && in.is_open();
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return head;
}

bool starts_with(std::string_view text, std::string_view prefix)
{
  return text.substr(0, prefix.size()) == prefix;
}

} // namespace

bool ole2_has_encrypted_package(const std::filesystem::path& path)
{
  CompoundFile file(path);
  if (!file.valid()) {
    return false;
  }
  std::vector<unsigned char> sector(file.sector_size());
  std::uint32_t current = file.first_directory_sector();
  // A chain longer than the file has sectors is a loop: stop there.
  for (std::uint64_t step = 0; step <= file.sector_count() && current <= k_max_regular_sector; ++step) {
    if (!file.read_sector(current, sector.data())) {
      return false;
    }
    for (std::size_t entry = 0; entry + 128 <= sector.size(); entry += 128) {
      if (entry_is_named(sector.data() + entry, u"EncryptedPackage")) {
        return true;
      }
    }
    current = file.next(current);
  }
  return false;
}

std::optional<Sniff> sniff_status(const std::filesystem::path& path)
{
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    return Sniff{InputErrorCode::not_found, {}};
  }
  if (error) {
    return Sniff{InputErrorCode::unreadable, error.message()};
  }
  if (status.type() == std::filesystem::file_type::directory) {
    return Sniff{InputErrorCode::is_directory, {}};
  }
  if (status.type() != std::filesystem::file_type::regular) {
    return Sniff{InputErrorCode::unreadable, "not a regular file"}; // opening a FIFO would block
  }
  return std::nullopt;
}

Sniff sniff_file(const std::filesystem::path& path)
{
  if (auto refusal = sniff_status(path)) {
    return *refusal;
  }
  bool ok = false;
  errno = 0;
  const std::string head = read_head(path, k_head_bytes, ok);
  if (!ok) {
    return {InputErrorCode::unreadable, std::strerror(errno != 0 ? errno : EIO)};
  }
  return sniff_head(path, head);
}

Sniff sniff_head(const std::filesystem::path& path, std::string_view bytes)
{
  const std::string_view head = bytes.substr(0, k_head_bytes);
  if (head.empty()) {
    return {InputErrorCode::empty_file, {}};
  }
  if (starts_with(head, k_ole2_magic)) {
    return {ole2_has_encrypted_package(path) ? InputErrorCode::encrypted : InputErrorCode::legacy_doc, {}};
  }
  if (starts_with(head, "PK\x03\x04") || starts_with(head, "PK\x05\x06")) {
    return {std::nullopt, {}};
  }
  if (head.find("%PDF-") != std::string_view::npos) { // PDF allows junk before the header, within 1 KiB
    return {InputErrorCode::pdf, {}};
  }
  if (starts_with(head, "{\\rtf") || starts_with(head, "\xEF\xBB\xBF{\\rtf")) {
    return {InputErrorCode::rtf, {}};
  }
  return {InputErrorCode::plain_text, {}};
}

} // namespace qb::docx

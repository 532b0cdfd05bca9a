#include "docx/zip_package.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <utility>

#include <zip.h>

#include "core/input_error.hpp"
#include "docx/part_names.hpp"
#include "docx/string_fill.hpp"

namespace qb::docx {

namespace {

constexpr std::size_t k_chunk = 64 * 1024;

// Deflate inflates at most 1032 bytes from one compressed byte.
constexpr std::uint64_t k_max_deflate_ratio = 1032;

// The most a part's buffer ever holds: one byte past the cap, which is the byte that refuses the part.
std::uint64_t buffer_limit(std::uint64_t cap)
{
  return std::min<std::uint64_t>(cap, std::uint64_t{1} << 62) + 1;
}

// The first size of a part's buffer: its header's size plus one byte (so that the end of the data is seen
// without growing), within the buffer limit. A header may lie: it is not trusted beyond what its compressed
// size could inflate to, so that a small entry claiming 64 MiB costs no 64 MiB buffer.
std::size_t initial_size(const zip_stat_t& stat, std::uint64_t cap)
{
  std::uint64_t size = (stat.valid & ZIP_STAT_SIZE) != 0 ? stat.size : 0;
  if ((stat.valid & ZIP_STAT_COMP_SIZE) != 0 && stat.comp_size < cap / k_max_deflate_ratio) {
    size = std::min(size, stat.comp_size * k_max_deflate_ratio + k_chunk);
  }
  return static_cast<std::size_t>(std::min(size + 1, buffer_limit(cap)));
}

// The next size of a full buffer of `size` bytes: doubled (at least a chunk more), within the buffer limit.
std::size_t grown_size(std::size_t size, std::uint64_t cap)
{
  const std::uint64_t wanted = std::max<std::uint64_t>(2 * static_cast<std::uint64_t>(size), size + k_chunk);
  return static_cast<std::size_t>(std::min(wanted, buffer_limit(cap)));
}

std::string describe_bytes(std::uint64_t bytes)
{
  if (bytes % (1024 * 1024) == 0) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
  }
  return std::to_string(bytes) + " bytes";
}

std::string open_error(int code)
{
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

// Closes a zip_file_t however read() leaves.
struct FileCloser
{
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

ZipPackage::ZipPackage(const std::filesystem::path& path, const ReadLimits& limits)
  : m_file(path.string())
  , m_limits(limits)
{
  // No ZIP_CHECKCONS: it rejects archives Word opens (e.g. with duplicate names); every entry is still
  // CRC-checked when it is read.
  int code = 0;
  m_archive = zip_open(m_file.c_str(), ZIP_RDONLY, &code);
  if (m_archive == nullptr) {
    throw InputError(InputErrorCode::not_a_zip, m_file, open_error(code));
  }
  index_entries();
}

ZipPackage::ZipPackage(std::string bytes, std::string label, const ReadLimits& limits)
  : m_file(std::move(label))
  , m_bytes(std::move(bytes))
  , m_limits(limits)
{
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(m_bytes.data(), m_bytes.size(), 0, &error);
  if (source != nullptr) {
    m_archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (m_archive == nullptr) {
      zip_source_free(source); // zip_open_from_source took no ownership
    }
  }
  if (m_archive == nullptr) {
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw InputError(InputErrorCode::not_a_zip, m_file, reason);
  }
  zip_error_fini(&error);
  index_entries();
}

void ZipPackage::index_entries()
{
  const zip_int64_t count = zip_get_num_entries(m_archive, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > m_limits.max_entries) {
    zip_discard(m_archive);
    m_archive = nullptr;
    throw InputError(InputErrorCode::too_many_entries, m_file,
                     std::to_string(count) + " > " + std::to_string(m_limits.max_entries));
  }
  m_names.reserve(static_cast<std::size_t>(count));
  for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(count); ++index) {
    const char* raw = zip_get_name(m_archive, index, ZIP_FL_ENC_GUESS);
    if (raw == nullptr) {
      continue;
    }
    std::string name = raw;
    if (!m_index.emplace(part_key(name), index).second) {
      m_duplicates.push_back(name);
    }
    m_names.push_back(std::move(name));
  }
}

ZipPackage::~ZipPackage()
{
  if (m_archive != nullptr) {
    zip_discard(m_archive); // read-only: nothing to write back
  }
}

bool ZipPackage::has(std::string_view name) const
{
  return m_index.find(PartName{name}) != m_index.end();
}

std::string ZipPackage::read(std::string_view name) const
{
  auto found = m_index.find(PartName{name});
  if (found == m_index.end()) {
    throw std::out_of_range("no part named " + std::string(name) + " in " + m_file);
  }
  const std::uint64_t cap = m_limits.max_part_bytes;

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(m_archive, found->second, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0 &&
      stat.size > cap) {
    throw InputError(InputErrorCode::part_too_large, m_file, describe_bytes(cap),
                     std::string(name)); // refused without inflating
  }
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_archive, found->second, 0));
  if (!file) {
    throw InputError(InputErrorCode::not_a_zip, m_file, zip_strerror(m_archive), std::string(name));
  }
  // Inflated straight into the returned string (no chunk copied into it, and no byte zero-filled first):
  // sized from the header once, grown only when the part turns out longer, and never past cap + 1 bytes, so
  // a lying header cannot make us allocate and a part that inflates past the cap is refused as soon as it
  // passes it. Every byte libzip delivers is counted before the next read, so the cap and a CRC or data
  // error are reported exactly as when reading in chunks.
  enum class Stop { full, end, failed, too_large };
  std::string bytes;
  std::size_t size = 0;
  std::size_t capacity = initial_size(stat, cap);
  while (true) {
    Stop stop = Stop::full;
    fill_string(bytes, capacity, [&](char* data, std::size_t length) noexcept {
      while (size < length) {
        const zip_int64_t n = zip_fread(file.get(), data + size, length - size);
        if (n <= 0) {
          stop = n == 0 ? Stop::end : Stop::failed;
          break;
        }
        size += static_cast<std::size_t>(n);
        if (size > cap) {
          stop = Stop::too_large;
          break;
        }
      }
      return size;
    });
    if (stop == Stop::end) {
      return bytes;
    }
    if (stop == Stop::failed) {
      throw InputError(InputErrorCode::not_a_zip, m_file, zip_file_strerror(file.get()), std::string(name));
    }
    if (stop == Stop::too_large) {
      throw InputError(InputErrorCode::part_too_large, m_file, describe_bytes(cap), std::string(name));
    }
    capacity = grown_size(size, cap);
  }
}

} // namespace qb::docx

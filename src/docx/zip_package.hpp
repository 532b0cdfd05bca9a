#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "docx/part_names.hpp"
#include "docx/part_source.hpp"

struct zip; // libzip's archive handle, kept out of every other folder

namespace qb::docx {

// The parts of a .docx, read from its zip archive on demand. Opening reads only the central directory;
// nothing is inflated until read() asks for that part, and read() inflates under the ReadLimits cap.
class ZipPackage : public PartSource
{
public:
  // Opens `path`; errors name `path` as the user gave it. Throws InputError(not_a_zip) with libzip's reason
  // when the archive is truncated or corrupt, InputError(too_many_entries) past `limits.max_entries`.
  ZipPackage(const std::filesystem::path& path, const ReadLimits& limits);
  // Opens an archive held in memory (the fuzz targets feed bytes); `label` names it in errors. Same checks.
  ZipPackage(std::string bytes, std::string label, const ReadLimits& limits);
  ~ZipPackage() override;
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  const std::string& file() const override { return m_file; }
  std::vector<std::string> names() const override { return m_names; }
  bool has(std::string_view name) const override;
  // Inflates the part straight into the returned buffer, which never grows past the cap (+ 1 byte): throws
  // InputError(part_too_large) as soon as the part's header claims more than `max_part_bytes` or its inflated
  // bytes pass it, whatever the header said; InputError(not_a_zip) when inflating fails (bad data, CRC
  // mismatch); std::out_of_range when there is no such part.
  std::string read(std::string_view name) const override;

  // Names that occur more than once in the archive (only the first entry of each is read), in archive order.
  const std::vector<std::string>& duplicate_names() const { return m_duplicates; }

private:
  // Reads the central directory of the opened m_archive (shared by both constructors).
  void index_entries();

  std::string m_file;
  std::string m_bytes; // the archive itself when opened from memory (libzip reads it in place)
  ReadLimits m_limits;
  ::zip* m_archive = nullptr;
  std::vector<std::string> m_names;
  std::vector<std::string> m_duplicates;
  std::unordered_map<std::string, std::uint64_t, PartKeyHash, PartKeyEqual>
      m_index; // part_key -> entry index (first entry wins), looked up by any spelling
};

} // namespace qb::docx

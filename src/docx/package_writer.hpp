#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace qb::docx {

// Writes a zip package (a .docx) from parts held in memory, every entry deflated, in the order added, each
// dated 1980-01-01 00:00 as Word does: the same parts always give the same bytes.
// Tests build their documents with it; `qbcheck template` writes its output with it.
class PackageWriter
{
public:
  // Adds a part; adding a name that exists replaces its bytes and keeps its position.
  void add(std::string name, std::string bytes);
  // Adds a part made of `unit` repeated `count` times, streamed into the deflater without ever being held
  // whole, so a test can build a zip bomb (a part inflating to hundreds of MB) in bounded memory.
  void add_repeated(std::string name, std::string unit, std::uint64_t count);

  // The zip archive's bytes. Throws std::runtime_error when libzip fails.
  std::string to_bytes() const;
  // Writes the archive to `path`. Throws std::runtime_error when libzip or the file system fails.
  void write(const std::filesystem::path& path) const;

private:
  struct Entry
  {
    std::string name;
    std::string bytes;        // the content, or the unit repeated `repeat` times
    std::uint64_t repeat = 0; // 0: `bytes` is the content itself
  };
  std::vector<Entry> m_entries;

  void put(Entry entry);
};

} // namespace qb::docx

#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "docx/part_names.hpp"
#include "docx/part_source.hpp"

namespace qb::docx {

// Parts held in memory: what tests feed the readers instead of a zip. Names follow the same rules as in a
// package (ASCII case-insensitive, leading slash ignored).
class MemoryParts : public PartSource
{
public:
  // `file` is the label errors name.
  explicit MemoryParts(std::string file = "memory.docx");

  // Adds a part; adding a name that exists (in any case) replaces its bytes and keeps its position.
  void add(std::string name, std::string bytes);

  const std::string& file() const override { return m_file; }
  std::vector<std::string> names() const override;
  bool has(std::string_view name) const override;
  // Throws std::out_of_range when there is no such part.
  std::string read(std::string_view name) const override;

private:
  std::string m_file;
  std::vector<std::pair<std::string, std::string>> m_parts; // name, bytes, in insertion order
  std::unordered_map<std::string, std::size_t, PartKeyHash, PartKeyEqual> m_index; // part_key -> position
};

} // namespace qb::docx

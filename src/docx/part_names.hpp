#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qb::docx {

// OPC part names compare ASCII case-insensitively; this is the key both PartSource implementations index by:
// lower-cased ASCII, without a leading slash ("/Word/Document.xml" -> "word/document.xml").
std::string part_key(std::string_view name);

// part_key(name) == key, without building the key.
bool has_part_key(std::string_view name, std::string_view key);

// A name looked up in a map keyed by part_key() (PartKeyHash, PartKeyEqual) without building its key.
struct PartName
{
  std::string_view name;
};

// Hash and equality for such maps: a key (std::string) as it is, a PartName by its part key.
struct PartKeyHash
{
  using is_transparent = void;
  std::size_t operator()(const std::string& key) const;
  std::size_t operator()(PartName name) const;
};
struct PartKeyEqual
{
  using is_transparent = void;
  bool operator()(const std::string& a, const std::string& b) const { return a == b; }
  bool operator()(PartName name, const std::string& key) const { return has_part_key(name.name, key); }
  bool operator()(const std::string& key, PartName name) const { return has_part_key(name.name, key); }
};

} // namespace qb::docx

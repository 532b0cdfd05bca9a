#include "docx/part_names.hpp"

#include <cstdint>

namespace qb::docx {

namespace {

char fold(char c)
{
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                              : c; // ASCII only: OPC folds no other letters
}

std::string_view without_leading_slash(std::string_view name)
{
  if (!name.empty() && name.front() == '/') {
    name.remove_prefix(1);
  }
  return name;
}

} // namespace

std::string part_key(std::string_view name)
{
  std::string key(without_leading_slash(name));
  for (char& c : key) {
    c = fold(c);
  }
  return key;
}

bool has_part_key(std::string_view name, std::string_view key)
{
  name = without_leading_slash(name);
  if (name.size() != key.size()) {
    return false;
  }
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (fold(name[i]) != key[i]) {
      return false;
    }
  }
  return true;
}

namespace {

// FNV-1a over the bytes of a key.
struct KeyHasher
{
  std::uint64_t hash = 14695981039346656037ull;
  void add(char c) { hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
};

} // namespace

std::size_t PartKeyHash::operator()(const std::string& key) const
{
  KeyHasher hasher;
  for (const char c : key) {
    hasher.add(c);
  }
  return static_cast<std::size_t>(hasher.hash);
}

std::size_t PartKeyHash::operator()(PartName name) const
{
  KeyHasher hasher;
  for (const char c : without_leading_slash(name.name)) {
    hasher.add(fold(c));
  }
  return static_cast<std::size_t>(hasher.hash);
}

} // namespace qb::docx

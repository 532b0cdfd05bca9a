#include "docx/part_names.hpp"

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

} // namespace qb::docx

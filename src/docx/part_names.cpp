#include "docx/part_names.hpp"

namespace qb::docx {

std::string part_key(std::string_view name)
{
  if (!name.empty() && name.front() == '/') {
    name.remove_prefix(1);
  }
  std::string key(name);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a'); // ASCII only: OPC folds no other letters
    }
  }
  return key;
}

} // namespace qb::docx

#include "util/embedded_files.hpp"

namespace qb::util {

std::optional<std::string_view> find_embedded_file(std::string_view name)
{
  for (const auto& file : embedded_files()) {
    if (file.name == name) {
      return file.content;
    }
  }
  return std::nullopt;
}

} // namespace qb::util

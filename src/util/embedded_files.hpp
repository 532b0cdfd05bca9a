#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace qb::util {

// A data file compiled into the binary (see cmake/EmbedFiles.cmake), named by its path under rules/.
struct EmbeddedFile
{
  std::string_view name;
  std::string_view content;
};

// Every embedded file, in the order CMake listed them.
const std::vector<EmbeddedFile>& embedded_files();

// The content of the embedded file `name` (e.g. "caq-2020.yaml"), or nullopt.
std::optional<std::string_view> find_embedded_file(std::string_view name);

} // namespace qb::util

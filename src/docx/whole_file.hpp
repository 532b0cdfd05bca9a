#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace qb::docx {

// The bytes of the regular file `path` when it holds at most `max_bytes`: one open, one fstat and as few
// reads as its size needs. Nullopt when it is larger, not a regular file or cannot be read; the caller then
// opens it the ordinary way, which says why. Never blocks on a FIFO, never throws but std::bad_alloc.
std::optional<std::string> read_whole_file(const std::filesystem::path& path, std::uint64_t max_bytes);

} // namespace qb::docx

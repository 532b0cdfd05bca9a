#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qb::docx {

// Resolves a relationship's `target` against the folder of `source_part` ("word/document.xml" -> "word"):
// backslashes are separators, a '#' fragment is dropped, "." and empty segments vanish, ".." climbs a folder.
// nullopt when it climbs out of the package or names nothing. A target and folder made of plain segments
// (what Word writes: "styles.xml", "media/image1.png") are joined directly, without splitting them.
std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target);

// The same by splitting the whole path into segments, whatever it holds (what resolve_target does for any
// path that is not plain; the tests compare the two).
std::optional<std::string> resolve_target_by_segments(std::string_view source_part, std::string target);

} // namespace qb::docx

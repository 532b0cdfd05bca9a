#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qb::text {

// Columns `utf8` takes in a terminal: East Asian wide and full-width characters take two, combining marks
// none.
std::size_t display_width(std::string_view utf8);

// `utf8` followed by spaces up to `width` columns (unchanged when already wider).
std::string pad_to_width(std::string_view utf8, std::size_t width);

// At most `max_characters` code points of `utf8`, with "…" appended when it was cut.
std::string excerpt(std::string_view utf8, std::size_t max_characters);

} // namespace qb::text

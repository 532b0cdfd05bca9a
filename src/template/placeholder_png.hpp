#pragma once

#include <string>

namespace qb::templating {

// Pixel size of the placeholder picture.
inline constexpr int k_placeholder_width = 240;
inline constexpr int k_placeholder_height = 135;

// A small grey PNG with a darker frame and diagonals: the figure placeholder of the template, made here so
// the template needs no image file. Deflate "stored" blocks (no compression library): a few tens of KB.
std::string placeholder_png();

} // namespace qb::templating

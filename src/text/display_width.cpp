#include "text/display_width.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace qb::text {

std::size_t display_width(std::string_view utf8)
{
  std::size_t width = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      ++width; // an invalid byte shows as one replacement character
      continue;
    }
    const auto category = u_charType(c);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) {
      continue;
    }
    const auto east_asian_width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (east_asian_width == U_EA_WIDE || east_asian_width == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

std::string pad_to_width(std::string_view utf8, std::size_t width)
{
  std::string result(utf8);
  const auto current = display_width(utf8);
  if (current < width) {
    result.append(width - current, ' ');
  }
  return result;
}

std::string excerpt(std::string_view utf8, std::size_t max_characters)
{
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  std::size_t characters = 0;
  while (i < length && characters < max_characters) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    ++characters;
  }
  if (i >= length) {
    return std::string(utf8);
  }
  return std::string(utf8.substr(0, static_cast<std::size_t>(i))) + "…";
}

} // namespace qb::text

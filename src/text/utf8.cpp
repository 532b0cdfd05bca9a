#include "text/utf8.hpp"

#include <unicode/utf8.h>

namespace qb::text {

std::int32_t next_utf8_slow(const char* data, std::int32_t& offset, std::int32_t length)
{
  UChar32 c = 0;
  U8_NEXT(data, offset, length, c);
  return c;
}

} // namespace qb::text

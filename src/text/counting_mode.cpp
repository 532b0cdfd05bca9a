#include "text/counter.hpp"

namespace qb::text {

std::string_view to_string(CountingMode mode)
{
  switch (mode) {
  case CountingMode::word: return "word";
  case CountingMode::wps: return "wps";
  }
  return "word";
}

bool parse_counting_mode(std::string_view text, CountingMode& out)
{
  if (text == "word") {
    out = CountingMode::word;
    return true;
  }
  if (text == "wps") {
    out = CountingMode::wps;
    return true;
  }
  return false;
}

} // namespace qb::text

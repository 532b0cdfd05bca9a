#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace qb::tools {

// A C++ string literal holding `text` byte for byte (UTF-8 passes through; g++ reads sources as UTF-8).
// Control bytes are written as three-digit octal escapes, which no following digit can extend.
inline std::string cpp_literal(std::string_view text)
{
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (byte < 0x20 || byte == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\%03o", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

} // namespace qb::tools

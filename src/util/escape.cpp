#include "util/escape.hpp"

namespace qb::util {

std::string csv_field(std::string_view text)
{
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(text);
  }
  std::string result = "\"";
  for (char c : text) {
    if (c == '"') {
      result += '"';
    }
    result += c;
  }
  return result + '"';
}

std::string html_escape(std::string_view text)
{
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&': result += "&amp;"; break;
    case '<': result += "&lt;"; break;
    case '>': result += "&gt;"; break;
    case '"': result += "&quot;"; break;
    case '\'': result += "&#39;"; break;
    default: result += c;
    }
  }
  return result;
}

std::string github_message(std::string_view text)
{
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '%': result += "%25"; break;
    case '\r': result += "%0D"; break;
    case '\n': result += "%0A"; break;
    default: result += c;
    }
  }
  return result;
}

std::string github_property(std::string_view text)
{
  std::string result;
  for (char c : github_message(text)) {
    switch (c) {
    case ':': result += "%3A"; break;
    case ',': result += "%2C"; break;
    default: result += c;
    }
  }
  return result;
}

} // namespace qb::util

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

std::string file_uri(std::string_view path)
{
  static constexpr char hex[] = "0123456789ABCDEF";
  const auto is_unreserved = [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/';
  };
  std::string result = !path.empty() && (path.front() == '/' || path.front() == '\\') ? "file://" : "";
  for (unsigned char c : path) {
    if (c == '\\') {
      c = '/';
    }
    if (is_unreserved(c)) {
      result += static_cast<char>(c);
    } else {
      result += '%';
      result += hex[c >> 4];
      result += hex[c & 0xF];
    }
  }
  return result;
}

} // namespace qb::util

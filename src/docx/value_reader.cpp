#include "docx/value_reader.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace qb::docx {

namespace {

std::string_view trim(std::string_view text)
{
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  return text;
}

// Parses a decimal number at the start of `text`; `rest` receives what follows it.
std::optional<double> leading_number(std::string_view text, std::string_view& rest)
{
  if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
  }
  double value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || !std::isfinite(value)) {
    return std::nullopt;
  }
  rest = std::string_view(ptr, static_cast<std::size_t>(end - ptr));
  return value;
}

std::optional<long long> rounded(double value)
{
  // Twips and half-points of real documents are far inside this range; anything beyond is garbage.
  constexpr double k_limit = 1e15;
  if (!(value > -k_limit && value < k_limit)) {
    return std::nullopt;
  }
  return std::llround(value);
}

} // namespace

std::optional<long long> read_integer(std::string_view text)
{
  std::string_view rest;
  const auto value = leading_number(trim(text), rest);
  if (!value || !rest.empty()) {
    return std::nullopt;
  }
  return rounded(*value);
}

std::optional<long long> read_twips(std::string_view text)
{
  std::string_view rest;
  const auto value = leading_number(trim(text), rest);
  if (!value) {
    return std::nullopt;
  }
  // Twips per unit: 1 in = 1440 twips, 1 pt = 20 twips, 1 pc = 12 pt.
  double factor = 0;
  if (rest.empty()) {
    factor = 1;
  } else if (rest == "in") {
    factor = 1440;
  } else if (rest == "cm") {
    factor = 1440 / 2.54;
  } else if (rest == "mm") {
    factor = 1440 / 25.4;
  } else if (rest == "pt") {
    factor = 20;
  } else if (rest == "pc" || rest == "pi") {
    factor = 240;
  } else {
    return std::nullopt;
  }
  return rounded(*value * factor);
}

std::optional<char32_t> read_hex_char(std::string_view text)
{
  text = trim(text);
  if (text.empty() || text.size() > 8) {
    return std::nullopt;
  }
  std::uint32_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value, 16);
  if (ec != std::errc() || ptr != end || value == 0 || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF)) {
    return std::nullopt;
  }
  return static_cast<char32_t>(value);
}

void append_utf8(std::string& out, char32_t code_point)
{
  const auto c = static_cast<std::uint32_t>(code_point);
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

} // namespace qb::docx

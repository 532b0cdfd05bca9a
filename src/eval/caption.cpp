#include "eval/caption.hpp"

namespace qb::eval {
namespace {

constexpr std::string_view k_table = "表";
constexpr std::string_view k_figure = "图";
constexpr std::size_t k_max_digits = 6; // no real caption number is longer; avoids overflow

// Skips ASCII blanks, no-break spaces and the ideographic space U+3000.
std::string_view skip_blanks(std::string_view text)
{
  while (!text.empty()) {
    if (text.front() == ' ' || text.front() == '\t') {
      text.remove_prefix(1);
    } else if (text.starts_with("\u3000")) {
      text.remove_prefix(std::string_view("\u3000").size());
    } else if (text.starts_with("\u00A0")) {
      text.remove_prefix(std::string_view("\u00A0").size());
    } else {
      break;
    }
  }
  return text;
}

// The value of one ASCII or full-width (U+FF10..U+FF19, UTF-8 EF BC 90..99) digit at the start of `text`, and
// its length in bytes.
std::optional<std::pair<int, std::size_t>> leading_digit(std::string_view text)
{
  if (!text.empty() && text.front() >= '0' && text.front() <= '9') {
    return std::pair{text.front() - '0', std::size_t{1}};
  }
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBC) {
    const auto last = static_cast<unsigned char>(text[2]);
    if (last >= 0x90 && last <= 0x99) {
      return std::pair{static_cast<int>(last - 0x90), std::size_t{3}};
    }
  }
  return std::nullopt;
}

} // namespace

std::string_view to_string(CaptionKind kind)
{
  return kind == CaptionKind::table ? "table" : "figure";
}

std::optional<CaptionLabel> parse_caption_text(std::string_view text)
{
  text = skip_blanks(text);
  CaptionLabel label;
  if (text.starts_with(k_table)) {
    label.kind = CaptionKind::table;
    text.remove_prefix(k_table.size());
  } else if (text.starts_with(k_figure)) {
    label.kind = CaptionKind::figure;
    text.remove_prefix(k_figure.size());
  } else {
    return std::nullopt;
  }
  text = skip_blanks(text);
  std::size_t digits = 0;
  while (auto digit = leading_digit(text)) {
    if (++digits > k_max_digits) {
      return std::nullopt;
    }
    label.number = label.number * 10 + digit->first;
    text.remove_prefix(digit->second);
  }
  if (digits == 0) {
    return std::nullopt;
  }
  return label;
}

std::optional<CaptionLabel> parse_caption(const model::Paragraph& paragraph)
{
  // Most paragraphs are refused by their first bytes, without making their text: parse_caption_text skips
  // nothing unless the text starts with a blank's first byte, and then needs 表 or 图 right at the start.
  for (const auto& run : paragraph.runs) {
    if (run.hidden || run.text.empty()) {
      continue; // not in Paragraph::text()
    }
    const std::string_view first = run.text;
    const auto lead = static_cast<unsigned char>(first.front());
    const bool may_be_blank = lead == ' ' || lead == '\t' || lead == 0xE3 || lead == 0xC2; // U+3000, U+00A0
    if (!may_be_blank && first.size() >= 3 && !first.starts_with(k_table) && !first.starts_with(k_figure)) {
      return std::nullopt;
    }
    break;
  }
  return parse_caption_text(paragraph.text());
}

} // namespace qb::eval

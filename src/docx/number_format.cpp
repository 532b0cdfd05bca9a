#include "docx/number_format.hpp"

#include <array>
#include <cstdint>

namespace qb::docx {

namespace {

// Appends the UTF-8 encoding of `code_point`.
void append_utf8(std::string& out, char32_t code_point)
{
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

std::string decimal(int value)
{
  return std::to_string(value);
}

// One code point from a contiguous block (①..⑳ are U+2460..U+2473), or decimal past the block.
std::string from_block(int value, char32_t first, int count)
{
  if (value < 1 || value > count) {
    return decimal(value);
  }
  std::string out;
  append_utf8(out, first + static_cast<char32_t>(value - 1));
  return out;
}

// One entry of a cyclic-free alphabet (甲乙丙丁...), or decimal past its end.
template <std::size_t N> std::string from_list(int value, const std::array<std::string_view, N>& list)
{
  if (value < 1 || static_cast<std::size_t>(value) > N) {
    return decimal(value);
  }
  return std::string(list[static_cast<std::size_t>(value - 1)]);
}

std::string roman(int value, bool upper)
{
  if (value < 1 || value > 3999) {
    return decimal(value);
  }
  static constexpr std::array<std::pair<int, std::string_view>, 13> k_numerals{{{1000, "m"},
                                                                                {900, "cm"},
                                                                                {500, "d"},
                                                                                {400, "cd"},
                                                                                {100, "c"},
                                                                                {90, "xc"},
                                                                                {50, "l"},
                                                                                {40, "xl"},
                                                                                {10, "x"},
                                                                                {9, "ix"},
                                                                                {5, "v"},
                                                                                {4, "iv"},
                                                                                {1, "i"}}};
  std::string out;
  for (const auto& [amount, text] : k_numerals) {
    while (value >= amount) {
      out += text;
      value -= amount;
    }
  }
  if (upper) {
    for (char& c : out) {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

// Word's letters repeat instead of counting in base 26: 26 -> Z, 27 -> AA, 28 -> BB, 53 -> AAA.
std::string letter(int value, bool upper)
{
  if (value < 1) {
    return decimal(value);
  }
  const char base = upper ? 'A' : 'a';
  const auto repeat = static_cast<std::size_t>((value - 1) / 26 + 1);
  return std::string(repeat, static_cast<char>(base + (value - 1) % 26));
}

std::string ordinal(int value)
{
  const auto magnitude = value < 0 ? -static_cast<long long>(value) : static_cast<long long>(value);
  const int last_two = static_cast<int>(magnitude % 100);
  const int last = last_two % 10;
  std::string_view suffix = "th";
  if (last_two < 11 || last_two > 13) {
    if (last == 1) {
      suffix = "st";
    } else if (last == 2) {
      suffix = "nd";
    } else if (last == 3) {
      suffix = "rd";
    }
  }
  return decimal(value) + std::string(suffix);
}

constexpr std::array<std::string_view, 20> k_ones{"zero",    "one",     "two",       "three",    "four",
                                                  "five",    "six",     "seven",     "eight",    "nine",
                                                  "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> k_tens{"",      "",      "twenty",  "thirty", "forty",
                                                  "fifty", "sixty", "seventy", "eighty", "ninety"};

std::string english_below_1000(int value)
{
  std::string out;
  if (value >= 100) {
    out = std::string(k_ones[static_cast<std::size_t>(value / 100)]) + " hundred";
    value %= 100;
    if (value == 0) {
      return out;
    }
    out += " ";
  }
  if (value < 20) {
    return out + std::string(k_ones[static_cast<std::size_t>(value)]);
  }
  out += k_tens[static_cast<std::size_t>(value / 10)];
  if (value % 10 != 0) {
    out += "-" + std::string(k_ones[static_cast<std::size_t>(value % 10)]);
  }
  return out;
}

// Lower-case English words ("twenty-one"); empty past 999,999.
std::string english_words(int value)
{
  if (value < 0 || value > 999999) {
    return {};
  }
  if (value < 1000) {
    return english_below_1000(value);
  }
  std::string out = english_below_1000(value / 1000) + " thousand";
  if (value % 1000 != 0) {
    out += " " + english_below_1000(value % 1000);
  }
  return out;
}

std::string capitalized(std::string text)
{
  text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// English words with a capital first letter ("Twenty-one"), as Word's cardinalText; decimal past 999,999.
std::string cardinal_text(int value)
{
  const std::string words = english_words(value);
  return words.empty() ? decimal(value) : capitalized(words);
}

// "First", "Twenty-first": the last word of the cardinal made ordinal.
std::string ordinal_text(int value)
{
  std::string words = english_words(value);
  if (value < 1 || words.empty()) {
    return ordinal(value);
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> k_irregular{
      {{"one", "first"},
       {"two", "second"},
       {"three", "third"},
       {"five", "fifth"},
       {"nine", "ninth"},
       {"twelve", "twelfth"}}};
  const std::size_t separator = words.find_last_of(" -");
  const std::size_t word_start = separator == std::string::npos ? 0 : separator + 1;
  const std::string_view last_word = std::string_view(words).substr(word_start);
  for (const auto& [from, to] : k_irregular) {
    if (last_word == from) {
      return capitalized(words.substr(0, word_start) + std::string(to));
    }
  }
  if (words.back() == 'y') {
    words.replace(words.size() - 1, 1, "ieth");
  } else if (words.back() == 't') { // eight -> eighth
    words += "h";
  } else {
    words += "th";
  }
  return capitalized(words);
}

struct ChineseDigits
{
  std::array<std::string_view, 10> digits; // 0..9; digits[0] is the zero used between digits
  std::array<std::string_view, 4> units;   // "", ten, hundred, thousand
  std::string_view ten_thousand;
  bool drop_leading_one_ten; // "十一" rather than "一十一" at the start of a number
};

constexpr ChineseDigits k_counting{
    {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}, {"", "十", "百", "千"}, "万", true};
constexpr ChineseDigits k_legal{
    {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}, {"", "拾", "佰", "仟"}, "万", false};

// Spells 1..9999; `leading` says whether this group starts the whole number (for 十 vs 一十).
std::string chinese_group(int value, const ChineseDigits& set, bool leading)
{
  std::string out;
  bool pending_zero = false;
  for (int unit = 3; unit >= 0; --unit) {
    int power = 1;
    for (int i = 0; i < unit; ++i) {
      power *= 10;
    }
    const int digit = (value / power) % 10;
    if (digit == 0) {
      pending_zero = !out.empty();
      continue;
    }
    if (pending_zero) {
      out += set.digits[0];
      pending_zero = false;
    }
    const bool skip_one = set.drop_leading_one_ten && leading && out.empty() && unit == 1 && digit == 1;
    if (!skip_one) {
      out += set.digits[static_cast<std::size_t>(digit)];
    }
    out += set.units[static_cast<std::size_t>(unit)];
  }
  return out;
}

std::string chinese_spelled(int value, const ChineseDigits& set)
{
  if (value < 1 || value > 99999999) {
    return decimal(value);
  }
  if (value < 10000) {
    return chinese_group(value, set, true);
  }
  std::string out = chinese_group(value / 10000, set, true) + std::string(set.ten_thousand);
  const int low = value % 10000;
  if (low != 0) {
    if (low < 1000) {
      out += set.digits[0];
    }
    out += chinese_group(low, set, false);
  }
  return out;
}

// Digit by digit: 2024 -> 二〇二四 (ideographDigital, taiwaneseDigital).
std::string ideograph_digital(int value)
{
  if (value < 0) {
    return decimal(value);
  }
  static constexpr std::array<std::string_view, 10> k_digits{"〇", "一", "二", "三", "四",
                                                             "五", "六", "七", "八", "九"};
  std::string out;
  for (char c : decimal(value)) {
    out += k_digits[static_cast<std::size_t>(c - '0')];
  }
  return out;
}

std::string full_width(int value)
{
  std::string out;
  for (char c : decimal(value)) {
    append_utf8(out, c == '-' ? U'－' : static_cast<char32_t>(U'０' + (c - '0')));
  }
  return out;
}

constexpr std::array<std::string_view, 10> k_heavenly_stems{"甲", "乙", "丙", "丁", "戊",
                                                            "己", "庚", "辛", "壬", "癸"};
constexpr std::array<std::string_view, 12> k_earthly_branches{"子", "丑", "寅", "卯", "辰", "巳",
                                                              "午", "未", "申", "酉", "戌", "亥"};

} // namespace

std::string chinese_counting(int value)
{
  if (value == 0) {
    return "〇";
  }
  return chinese_spelled(value, k_counting);
}

std::string chinese_legal_simplified(int value)
{
  if (value == 0) {
    return "零";
  }
  return chinese_spelled(value, k_legal);
}

std::string format_number(int value, std::string_view num_fmt)
{
  if (num_fmt == "bullet" || num_fmt == "none") {
    return {};
  }
  if (num_fmt == "decimalZero") {
    return value >= 0 && value < 10 ? "0" + decimal(value) : decimal(value);
  }
  if (num_fmt == "upperRoman" || num_fmt == "lowerRoman") {
    return roman(value, num_fmt == "upperRoman");
  }
  if (num_fmt == "upperLetter" || num_fmt == "lowerLetter") {
    return letter(value, num_fmt == "upperLetter");
  }
  if (num_fmt == "ordinal") {
    return ordinal(value);
  }
  if (num_fmt == "cardinalText") {
    return cardinal_text(value);
  }
  if (num_fmt == "ordinalText") {
    return ordinal_text(value);
  }
  if (num_fmt == "chineseCounting" || num_fmt == "chineseCountingThousand" || num_fmt == "japaneseCounting" ||
      num_fmt == "taiwaneseCounting" || num_fmt == "taiwaneseCountingThousand") {
    return chinese_counting(value);
  }
  if (num_fmt == "chineseLegalSimplified") {
    return chinese_legal_simplified(value);
  }
  if (num_fmt == "ideographTraditional") {
    return from_list(value, k_heavenly_stems);
  }
  if (num_fmt == "ideographZodiac") {
    return from_list(value, k_earthly_branches);
  }
  if (num_fmt == "ideographDigital" || num_fmt == "taiwaneseDigital") {
    return ideograph_digital(value);
  }
  if (num_fmt == "decimalEnclosedCircle" || num_fmt == "decimalEnclosedCircleChinese") {
    return from_block(value, U'①', 20);
  }
  if (num_fmt == "decimalEnclosedFullstop") {
    return from_block(value, U'⒈', 20);
  }
  if (num_fmt == "decimalEnclosedParen") {
    return from_block(value, U'⑴', 20);
  }
  if (num_fmt == "ideographEnclosedCircle") {
    return from_block(value, U'㊀', 10);
  }
  if (num_fmt == "decimalFullWidth" || num_fmt == "decimalFullWidth2") {
    return full_width(value);
  }
  return decimal(value);
}

} // namespace qb::docx

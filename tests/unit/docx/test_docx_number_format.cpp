#include <catch2/catch.hpp>

#include <limits>

#include "docx/number_format.hpp"

using qb::docx::format_number;

TEST_CASE("decimal formats render Arabic digits", "[styles]")
{
  CHECK(format_number(1, "decimal") == "1");
  CHECK(format_number(42, "decimal") == "42");
  CHECK(format_number(0, "decimal") == "0");
  CHECK(format_number(7, "decimalZero") == "07");
  CHECK(format_number(10, "decimalZero") == "10");
  CHECK(format_number(12, "decimalFullWidth") == "１２");
  CHECK(format_number(3, "decimalHalfWidth") == "3");
}

TEST_CASE("unknown formats fall back to decimal", "[styles]")
{
  CHECK(format_number(5, "someFutureFormat") == "5");
  CHECK(format_number(5, "") == "5");
}

TEST_CASE("Roman numerals follow the subtractive rule and fall back outside 1..3999", "[styles]")
{
  CHECK(format_number(4, "upperRoman") == "IV");
  CHECK(format_number(9, "lowerRoman") == "ix");
  CHECK(format_number(14, "upperRoman") == "XIV");
  CHECK(format_number(1994, "upperRoman") == "MCMXCIV");
  CHECK(format_number(3999, "upperRoman") == "MMMCMXCIX");
  CHECK(format_number(4000, "upperRoman") == "4000");
  CHECK(format_number(0, "lowerRoman") == "0");
}

TEST_CASE("letters repeat after Z as Word does", "[styles]")
{
  CHECK(format_number(1, "upperLetter") == "A");
  CHECK(format_number(26, "upperLetter") == "Z");
  CHECK(format_number(27, "upperLetter") == "AA");
  CHECK(format_number(28, "lowerLetter") == "bb");
  CHECK(format_number(53, "lowerLetter") == "aaa");
  CHECK(format_number(0, "lowerLetter") == "0");
}

TEST_CASE("ordinals and English words", "[styles]")
{
  CHECK(format_number(1, "ordinal") == "1st");
  CHECK(format_number(2, "ordinal") == "2nd");
  CHECK(format_number(3, "ordinal") == "3rd");
  CHECK(format_number(4, "ordinal") == "4th");
  CHECK(format_number(11, "ordinal") == "11th");
  CHECK(format_number(12, "ordinal") == "12th");
  CHECK(format_number(13, "ordinal") == "13th");
  CHECK(format_number(21, "ordinal") == "21st");
  CHECK(format_number(112, "ordinal") == "112th");
  CHECK(format_number(1, "cardinalText") == "One");
  CHECK(format_number(15, "cardinalText") == "Fifteen");
  CHECK(format_number(21, "cardinalText") == "Twenty-one");
  CHECK(format_number(100, "cardinalText") == "One hundred");
  CHECK(format_number(1205, "cardinalText") == "One thousand two hundred five");
  CHECK(format_number(1, "ordinalText") == "First");
  CHECK(format_number(8, "ordinalText") == "Eighth");
  CHECK(format_number(12, "ordinalText") == "Twelfth");
  CHECK(format_number(20, "ordinalText") == "Twentieth");
  CHECK(format_number(23, "ordinalText") == "Twenty-third");
}

TEST_CASE("Chinese counting spells numbers with units", "[styles]")
{
  CHECK(format_number(1, "chineseCounting") == "一");
  CHECK(format_number(9, "chineseCounting") == "九");
  CHECK(format_number(10, "chineseCounting") == "十");
  CHECK(format_number(11, "chineseCounting") == "十一");
  CHECK(format_number(19, "chineseCounting") == "十九");
  CHECK(format_number(20, "chineseCounting") == "二十");
  CHECK(format_number(21, "chineseCounting") == "二十一");
  CHECK(format_number(99, "chineseCounting") == "九十九");
  CHECK(format_number(3, "japaneseCounting") == "三");
  CHECK(format_number(0, "chineseCounting") == "〇");
}

TEST_CASE("Chinese counting thousand puts 零 between separated digits", "[styles]")
{
  CHECK(format_number(100, "chineseCountingThousand") == "一百");
  CHECK(format_number(101, "chineseCountingThousand") == "一百零一");
  CHECK(format_number(110, "chineseCountingThousand") == "一百一十");
  CHECK(format_number(1001, "chineseCountingThousand") == "一千零一");
  CHECK(format_number(1010, "chineseCountingThousand") == "一千零一十");
  CHECK(format_number(2024, "chineseCountingThousand") == "二千零二十四");
  CHECK(format_number(10000, "chineseCountingThousand") == "一万");
  CHECK(format_number(10001, "chineseCountingThousand") == "一万零一");
  CHECK(format_number(150000, "chineseCountingThousand") == "十五万");
  CHECK(format_number(123456, "chineseCountingThousand") == "十二万三千四百五十六");
  CHECK(format_number(100000000, "chineseCountingThousand") == "100000000");
}

TEST_CASE("Chinese legal numerals keep the leading 壹 before 拾", "[styles]")
{
  CHECK(format_number(1, "chineseLegalSimplified") == "壹");
  CHECK(format_number(2, "chineseLegalSimplified") == "贰");
  CHECK(format_number(3, "chineseLegalSimplified") == "叁");
  CHECK(format_number(10, "chineseLegalSimplified") == "壹拾");
  CHECK(format_number(11, "chineseLegalSimplified") == "壹拾壹");
  CHECK(format_number(105, "chineseLegalSimplified") == "壹佰零伍");
  CHECK(format_number(0, "chineseLegalSimplified") == "零");
}

TEST_CASE("ideographic cycles and digits", "[styles]")
{
  CHECK(format_number(1, "ideographTraditional") == "甲");
  CHECK(format_number(4, "ideographTraditional") == "丁");
  CHECK(format_number(10, "ideographTraditional") == "癸");
  CHECK(format_number(11, "ideographTraditional") == "11");
  CHECK(format_number(1, "ideographZodiac") == "子");
  CHECK(format_number(4, "ideographZodiac") == "卯");
  CHECK(format_number(12, "ideographZodiac") == "亥");
  CHECK(format_number(13, "ideographZodiac") == "13");
  CHECK(format_number(2024, "ideographDigital") == "二〇二四");
  CHECK(format_number(0, "ideographDigital") == "〇");
  CHECK(format_number(1, "ideographEnclosedCircle") == "㊀");
}

TEST_CASE("enclosed numbers stop at 20 and continue in decimal", "[styles]")
{
  CHECK(format_number(1, "decimalEnclosedCircle") == "①");
  CHECK(format_number(10, "decimalEnclosedCircle") == "⑩");
  CHECK(format_number(20, "decimalEnclosedCircle") == "⑳");
  CHECK(format_number(21, "decimalEnclosedCircle") == "21");
  CHECK(format_number(3, "decimalEnclosedCircleChinese") == "③");
  CHECK(format_number(1, "decimalEnclosedFullstop") == "⒈");
  CHECK(format_number(20, "decimalEnclosedFullstop") == "⒛");
  CHECK(format_number(1, "decimalEnclosedParen") == "⑴");
  CHECK(format_number(20, "decimalEnclosedParen") == "⒇");
  CHECK(format_number(0, "decimalEnclosedParen") == "0");
}

TEST_CASE("bullet and none render no number", "[styles]")
{
  CHECK(format_number(3, "bullet").empty());
  CHECK(format_number(3, "none").empty());
}

TEST_CASE("extreme values never break a format", "[styles]")
{
  const char* formats[] = {"decimal",
                           "decimalZero",
                           "upperRoman",
                           "lowerLetter",
                           "ordinal",
                           "cardinalText",
                           "ordinalText",
                           "chineseCounting",
                           "chineseLegalSimplified",
                           "ideographTraditional",
                           "ideographDigital",
                           "decimalEnclosedCircle",
                           "decimalFullWidth"};
  for (const char* format : formats) {
    CAPTURE(format);
    CHECK_FALSE(format_number(std::numeric_limits<int>::min(), format).empty());
    CHECK_FALSE(format_number(std::numeric_limits<int>::max(), format).empty());
    CHECK_FALSE(format_number(-1, format).empty());
  }
  CHECK(format_number(-3, "decimalFullWidth") == "－３");
  CHECK(format_number(std::numeric_limits<int>::min(), "ordinal") == "-2147483648th");
}

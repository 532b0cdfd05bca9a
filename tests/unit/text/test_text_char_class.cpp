#include <catch2/catch.hpp>

#include "text/char_class.hpp"

using namespace qb;
using text::CharClass;

TEST_CASE("code points are classified by their Unicode properties", "[count]")
{
  struct Sample
  {
    std::int32_t code_point;
    CharClass expected;
  };
  const Sample samples[] = {
      {'A', CharClass::other},        {'1', CharClass::other},        {'-', CharClass::other},
      {' ', CharClass::blank},        {'\t', CharClass::blank},       {0x00A0, CharClass::blank},
      {0x3000, CharClass::blank},     {0x2003, CharClass::blank},     {'\n', CharClass::breaking},
      {'\r', CharClass::breaking},    {0x2028, CharClass::breaking},  {0x2029, CharClass::breaking},
      {0x200B, CharClass::ignored},   {0xFEFF, CharClass::ignored},   {0x00AD, CharClass::ignored},
      {0x4E2D, CharClass::hanzi},     {0x20000, CharClass::hanzi},    {0x3007, CharClass::hanzi},
      {0xF9E9, CharClass::hanzi},     {0x3005, CharClass::asian},     {0x3042, CharClass::asian},
      {0x30A2, CharClass::asian},     {0xFF76, CharClass::asian},     {0xD55C, CharClass::asian},
      {0x3105, CharClass::asian},     {0xFF0C, CharClass::asian},     {0xFF21, CharClass::asian},
      {0xFFE5, CharClass::asian},     {0x3001, CharClass::asian},     {0x300A, CharClass::asian},
      {0x201C, CharClass::ambiguous}, {0x2014, CharClass::ambiguous}, {0x2026, CharClass::ambiguous},
      {0x00B7, CharClass::ambiguous}, {0x00D7, CharClass::ambiguous}, {0x2460, CharClass::ambiguous},
      {0x25A1, CharClass::ambiguous}, {0x2192, CharClass::ambiguous}, {0x03B1, CharClass::ambiguous},
      {0x0416, CharClass::ambiguous}, {0xF0B7, CharClass::ambiguous}, {0x0301, CharClass::extend},
      {0x200D, CharClass::extend},    {0xFE0F, CharClass::extend},    {0x1F3FD, CharClass::extend},
      {0x1F44D, CharClass::other},    {0x1D465, CharClass::other},    {0x00E9, CharClass::ambiguous},
      {-1, CharClass::other},         {0x110000, CharClass::other},
  };
  for (const auto& sample : samples) {
    INFO(std::hex << sample.code_point);
    CHECK(text::classify(sample.code_point) == sample.expected);
  }
}

TEST_CASE("a code point's class is the same when it is looked up again (remembered classes)", "[count]")
{
  for (const std::int32_t code_point :
       {0x4E2D, 0x3000, 0x201C, 0x0301, 0x200B, 0xFF0C, 0x61, 0x20000, 0xFFFF}) {
    const CharClass first = text::classify(code_point);
    CHECK(text::classify(code_point) == first);
  }
  CHECK(text::classify(0x4E2D) == CharClass::hanzi);
  CHECK(text::classify(0x201C) == CharClass::ambiguous);
}

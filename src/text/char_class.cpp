#include "text/char_class.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace qb::text {
namespace {

// Scripts whose letters Word always sets in the East Asian font slot and counts one word each.
bool is_east_asian_script(std::int32_t code_point)
{
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(code_point, &status);
  if (U_FAILURE(status)) {
    return false;
  }
  switch (script) {
  case USCRIPT_HAN:
  case USCRIPT_HIRAGANA:
  case USCRIPT_KATAKANA:
  case USCRIPT_KATAKANA_OR_HIRAGANA:
  case USCRIPT_HANGUL:
  case USCRIPT_BOPOMOFO:
  case USCRIPT_YI: return true;
  default: return false;
  }
}

// Zero-width characters that only steer layout (ZWSP, BOM, word joiner, soft hyphen, bidi marks): Default
// Ignorable format characters that do not extend a grapheme cluster. ZWJ/ZWNJ and variation selectors are
// grapheme extenders instead and count as characters.
bool is_invisible_format(std::int32_t code_point)
{
  return u_charType(code_point) == U_FORMAT_CHAR &&
         u_hasBinaryProperty(code_point, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) &&
         u_getIntPropertyValue(code_point, UCHAR_GRAPHEME_CLUSTER_BREAK) == U_GCB_CONTROL;
}

bool is_grapheme_extender(std::int32_t code_point)
{
  const auto gcb = u_getIntPropertyValue(code_point, UCHAR_GRAPHEME_CLUSTER_BREAK);
  return gcb == U_GCB_EXTEND || gcb == U_GCB_ZWJ || gcb == U_GCB_SPACING_MARK;
}

CharClass classify_uncached(std::int32_t code_point)
{
  if (code_point < 0 || code_point > 0x10FFFF) {
    return CharClass::other;
  }
  if (is_invisible_format(code_point)) {
    return CharClass::ignored;
  }
  const auto category = u_charType(code_point);
  if (code_point == '\t' || category == U_SPACE_SEPARATOR) {
    return CharClass::blank;
  }
  if (category == U_CONTROL_CHAR || category == U_LINE_SEPARATOR || category == U_PARAGRAPH_SEPARATOR) {
    return CharClass::breaking;
  }
  const auto width = u_getIntPropertyValue(code_point, UCHAR_EAST_ASIAN_WIDTH);
  const bool wide = width == U_EA_WIDE || width == U_EA_FULLWIDTH;
  // Emoji are wide but Word counts a run of them as one non-Asian word ("👍👍" is 1).
  const bool emoji = u_hasBinaryProperty(code_point, UCHAR_EMOJI_PRESENTATION);
  if (is_east_asian_script(code_point) || (wide && !emoji)) {
    // 汉字: ideographs of the Han script (unified in every extension, compatibility, 〇 〆 and the Suzhou
    // numerals); not Tangut or Nüshu ideographs, not 々 (an iteration mark, not Ideographic).
    const bool han_ideograph = u_hasBinaryProperty(code_point, UCHAR_IDEOGRAPHIC) &&
                               u_getIntPropertyValue(code_point, UCHAR_SCRIPT) == USCRIPT_HAN;
    return han_ideograph ? CharClass::hanzi : CharClass::asian;
  }
  if (is_grapheme_extender(code_point)) {
    return CharClass::extend;
  }
  if (width == U_EA_AMBIGUOUS) {
    return CharClass::ambiguous;
  }
  return CharClass::other;
}

} // namespace

namespace detail {

std::array<std::atomic<std::uint8_t>, 0x10000> g_bmp_classes;

CharClass classify_slow(std::int32_t code_point)
{
  const CharClass kind = classify_uncached(code_point);
  if (code_point >= 0 && code_point < 0x10000) {
    g_bmp_classes[static_cast<std::size_t>(code_point)].store(
        static_cast<std::uint8_t>(static_cast<std::uint8_t>(kind) + 1), std::memory_order_relaxed);
  }
  return kind;
}

} // namespace detail

} // namespace qb::text

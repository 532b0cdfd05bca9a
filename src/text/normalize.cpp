#include "text/normalize.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "text/utf8.hpp"

namespace qb::text {
namespace {

// What NFKC does to each BMP code point, looked up once (relaxed atomics: batch threads may fill an entry at
// the same time, with the same value). ICU says of some code points that they never interact with what comes
// before them (hasBoundaryBefore: ASCII, CJK ideographs, Chinese and full-width punctuation...) or after them
// (hasBoundaryAfter: not ASCII letters, which a following accent composes with). When there is such a
// boundary between every two neighbours of a text, its NFKC form is the NFKC form of each code point alone,
// end to end: most paragraphs are normalised that way, without ICU. Entry: 0 unknown; else k_known, the
// boundary flags, k_long when the code point's form is longer than 7 bytes (ICU does the text), bits 4-7 the
// length of its form (0: the code point itself), bytes 1-7 the form's UTF-8.
constexpr std::uint64_t k_known = 1;
constexpr std::uint64_t k_boundary_before = 2;
constexpr std::uint64_t k_boundary_after = 4;
constexpr std::uint64_t k_long = 8;
std::array<std::atomic<std::uint64_t>, 0x10000> g_bmp_forms;
// The entry of a code point that is its own form and has a boundary before and after it (CJK ideographs).
constexpr std::uint64_t k_own_form_between_boundaries = k_known | k_boundary_before | k_boundary_after;

std::uint64_t look_up_form(UChar32 c, const icu::Normalizer2& normalizer)
{
  std::uint64_t entry = k_known;
  entry |= normalizer.hasBoundaryBefore(c) ? k_boundary_before : 0;
  entry |= normalizer.hasBoundaryAfter(c) ? k_boundary_after : 0;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString self(c);
  const icu::UnicodeString form = normalizer.normalize(self, status);
  if (U_FAILURE(status)) {
    return entry | k_long;
  }
  if (form == self) {
    return entry;
  }
  std::string utf8;
  form.toUTF8String(utf8);
  if (utf8.empty() || utf8.size() > 7) {
    return entry | k_long;
  }
  entry |= static_cast<std::uint64_t>(utf8.size()) << 4;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    entry |= static_cast<std::uint64_t>(static_cast<unsigned char>(utf8[i])) << (8 * (i + 1));
  }
  return entry;
}

// The blanks of remove_blanks() (U+3000, U+00A0 and U+2009 never survive NFKC, but are listed all the same).
// Ordered for Chinese text: ideographs and CJK punctuation are above U+3000 and take two comparisons.
inline bool is_blank(std::int32_t c)
{
  if (c > 0x3000) {
    return c == 0xFEFF;
  }
  if (c <= 0x20) {
    return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  }
  return c == 0x3000 || c == 0x00A0 || c == 0x2009 || (c >= 0x200B && c <= 0x200D);
}

// Appends the code point `c` to `utf16` at `units` (room for two units).
inline void put_utf16(char16_t*& units, std::int32_t c)
{
  if (c < 0x10000) {
    *units++ = static_cast<char16_t>(c);
    return;
  }
  *units++ = static_cast<char16_t>(0xD7C0 + (c >> 10));
  *units++ = static_cast<char16_t>(0xDC00 | (c & 0x3FF));
}

// Appends the form of one code point (well-formed UTF-8, from ICU) to `result`, without its blanks when
// `drop_blanks`, and its UTF-16 at `units` when that is not null.
void append_form(std::string& result, const char* form, std::size_t length, bool drop_blanks,
                 char16_t** units)
{
  std::int32_t offset = 0;
  const auto size = static_cast<std::int32_t>(length);
  while (offset < size) {
    const std::int32_t start = offset;
    const std::int32_t c = next_utf8(form, offset, size);
    if (drop_blanks && is_blank(c)) {
      continue;
    }
    result.append(form + start, static_cast<std::size_t>(offset - start));
    if (units != nullptr) {
      put_utf16(*units, c);
    }
  }
}

// Skips, from `offset`, the code points that are well-formed three-byte sequences (E1..EC, EE..EF and two
// continuation bytes, as next_utf8() decodes them inline) whose remembered entry says they are their own form
// between boundaries (and that are not blanks, when `DropBlanks`): most of a Chinese text. Their UTF-16 goes
// to `units` when `WithUtf16`. Returns the offset of the first code point that is not one. A loop without
// calls, so that its position stays in a register; what it skips, the per-code-point loop below would have
// kept as it is.
template <bool DropBlanks, bool WithUtf16>
inline std::int32_t skip_own_forms(const char* data, std::int32_t offset, std::int32_t length,
                                   char16_t*& units)
{
  const auto* bytes = reinterpret_cast<const unsigned char*>(data);
  while (length - offset >= 3) {
    const unsigned lead = bytes[offset];
    const unsigned second = bytes[offset + 1] ^ 0x80u;
    const unsigned third = bytes[offset + 2] ^ 0x80u;
    if (lead - 0xE1u > 0xEFu - 0xE1u || lead == 0xED || (second | third) >= 0x40) {
      break;
    }
    const auto c = static_cast<std::int32_t>(((lead & 0x0Fu) << 12) | (second << 6) | third);
    if (g_bmp_forms[static_cast<std::size_t>(c)].load(std::memory_order_relaxed) !=
            k_own_form_between_boundaries ||
        (DropBlanks && is_blank(c))) {
      break;
    }
    if constexpr (WithUtf16) {
      *units++ = static_cast<char16_t>(c);
    }
    offset += 3;
  }
  return offset;
}

// NFKC of `text` one code point at a time (without the blanks of its result when `DropBlanks`; its UTF-16 in
// `*utf16` when `WithUtf16`), or nullopt when two neighbours may interact (or a code point is beyond the BMP
// or ill-formed): ICU's whole-text algorithm decides then.
template <bool DropBlanks, bool WithUtf16>
std::optional<std::string> normalize_by_code_point(std::string_view text, const icu::Normalizer2& normalizer,
                                                   std::u16string* utf16 = nullptr)
{
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::string result;
  char16_t* units = nullptr;
  std::u16string large_buffer;
  if constexpr (WithUtf16) {
    // At most 4 units a byte: ASCII is its own form (one unit), a form is at most 7 bytes (7 units) and
    // comes from a code point of at least 2 bytes. A buffer kept per thread, as filling a new one with zeros
    // costs more than the conversion; not for a huge text, so that a thread does not keep that much.
    constexpr std::size_t k_kept_units = std::size_t{1} << 18;
    thread_local std::u16string kept_buffer;
    std::u16string& buffer = text.size() * 4 <= k_kept_units ? kept_buffer : large_buffer;
    if (buffer.size() < text.size() * 4) {
      buffer.resize(text.size() * 4);
    }
    units = buffer.data();
  }
  char16_t* const units_start = units;
  std::int32_t offset = 0;
  std::int32_t copied = 0;    // text before this is in `result`
  bool boundary_after = true; // after the previous code point (the start of the text is a boundary)
  while (offset < length) {
    if (const std::int32_t skipped_to = skip_own_forms<DropBlanks, WithUtf16>(data, offset, length, units);
        skipped_to != offset) {
      offset = skipped_to;
      boundary_after = true;
      continue;
    }
    const std::int32_t start = offset;
    const std::int32_t c = next_utf8(data, offset, length);
    if (c < 0 || c >= 0x10000) {
      return std::nullopt;
    }
    auto& slot = g_bmp_forms[static_cast<std::size_t>(c)];
    std::uint64_t entry = slot.load(std::memory_order_relaxed);
    if (entry == k_own_form_between_boundaries && !(DropBlanks && is_blank(c))) {
      boundary_after = true; // most Chinese text: a boundary on either side, nothing to copy
      if constexpr (WithUtf16) {
        *units++ = static_cast<char16_t>(c);
      }
      continue;
    }
    if (entry == 0) {
      entry = look_up_form(c, normalizer);
      slot.store(entry, std::memory_order_relaxed);
    }
    if ((!boundary_after && (entry & k_boundary_before) == 0) || (entry & k_long) != 0) {
      return std::nullopt;
    }
    boundary_after = (entry & k_boundary_after) != 0;
    const auto form_length = static_cast<std::size_t>((entry >> 4) & 0x0F);
    const bool dropped = DropBlanks && form_length == 0 && is_blank(c);
    if (form_length == 0 && !dropped) {
      if constexpr (WithUtf16) {
        *units++ = static_cast<char16_t>(c);
      }
      continue; // its own form
    }
    if (result.empty()) {
      result.reserve(text.size());
    }
    result.append(data + copied, static_cast<std::size_t>(start - copied));
    if (form_length != 0) {
      char form[8];
      for (std::size_t i = 0; i < form_length; ++i) {
        form[i] = static_cast<char>((entry >> (8 * (i + 1))) & 0xFF);
      }
      append_form(result, form, form_length, DropBlanks, WithUtf16 ? &units : nullptr);
    }
    copied = offset;
  }
  if constexpr (WithUtf16) {
    utf16->assign(units_start, static_cast<std::size_t>(units - units_start));
  }
  if (copied == 0) {
    return std::string(text); // every code point is its own form
  }
  result.append(data + copied, static_cast<std::size_t>(length - copied));
  return result;
}

bool valid_utf8(std::string_view text)
{
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t offset = 0;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(data, offset, length, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

} // namespace

std::string normalize_nfkc(std::string_view text)
{
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    return std::string(text); // ICU data missing: the text as it is is the best we can do
  }
  if (auto simple = normalize_by_code_point<false, false>(text, *normalizer)) {
    return std::move(*simple);
  }
  if (!valid_utf8(text)) {
    // Through UTF-16, which replaces every ill-formed sequence by U+FFFD (normalizeUTF8 would keep them).
    const icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    if (U_FAILURE(status)) {
      return std::string(text);
    }
    std::string result;
    normalized.toUTF8String(result);
    return result;
  }
  // Straight from UTF-8 to UTF-8, without UTF-16 copies: text already normalised (most of it) is copied.
  std::string result;
  result.reserve(text.size());
  icu::StringByteSink<std::string> sink(&result);
  normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                            nullptr, status);
  if (U_FAILURE(status)) {
    return std::string(text);
  }
  return result;
}

std::string normalize_nfkc_without_blanks(std::string_view text)
{
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status) && normalizer != nullptr) {
    if (auto simple = normalize_by_code_point<true, false>(text, *normalizer)) {
      return std::move(*simple);
    }
  }
  return remove_blanks(normalize_nfkc(text));
}

std::string normalize_nfkc_without_blanks(std::string_view text, std::u16string& utf16)
{
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status) && normalizer != nullptr) {
    if (auto simple = normalize_by_code_point<true, true>(text, *normalizer, &utf16)) {
      return std::move(*simple);
    }
  }
  std::string result = remove_blanks(normalize_nfkc(text));
  // As ICU converts it (an ill-formed sequence, left when ICU's data is missing, becomes U+FFFD).
  const icu::UnicodeString converted =
      icu::UnicodeString::fromUTF8(icu::StringPiece(result.data(), static_cast<int32_t>(result.size())));
  utf16.assign(converted.getBuffer(), static_cast<std::size_t>(converted.length()));
  return result;
}

bool is_key_blank(std::int32_t code_point)
{
  return is_blank(code_point);
}

bool nfkc_keeps_as_is(std::int32_t code_point)
{
  if (code_point < 0 || code_point >= 0x10000) {
    return false;
  }
  auto& slot = g_bmp_forms[static_cast<std::size_t>(code_point)];
  std::uint64_t entry = slot.load(std::memory_order_relaxed);
  if (entry == 0) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || normalizer == nullptr) {
      return false;
    }
    entry = look_up_form(code_point, *normalizer);
    slot.store(entry, std::memory_order_relaxed);
  }
  return entry == k_own_form_between_boundaries;
}

std::string remove_blanks(std::string_view text)
{
  std::string result;
  result.reserve(text.size());
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t offset = 0;
  std::int32_t copied = 0; // text before this is in `result` or dropped
  while (offset < length) {
    const std::int32_t start = offset;
    if (!is_blank(next_utf8(data, offset, length))) {
      continue;
    }
    result.append(data + copied, static_cast<std::size_t>(start - copied));
    copied = offset;
  }
  result.append(data + copied, static_cast<std::size_t>(length - copied));
  return result;
}

} // namespace qb::text

#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace qb::text {

std::string normalize_nfkc(std::string_view text)
{
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    return std::string(text); // ICU data missing: the text as it is is the best we can do
  }
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

} // namespace qb::text

#include "core/localized_text.hpp"

namespace qb {

bool parse_lang(std::string_view text, Lang& out)
{
  if (text.starts_with("zh")) {
    out = Lang::zh;
    return true;
  }
  if (text.starts_with("en")) {
    out = Lang::en;
    return true;
  }
  return false;
}

} // namespace qb

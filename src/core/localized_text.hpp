#pragma once

#include <string>
#include <string_view>

namespace qb {

// The two languages every user-facing text exists in. Chinese is the default.
enum class Lang { zh, en };

// Parses "zh" / "en" (also "zh-CN", "en-US"); nullopt-like false on anything else.
bool parse_lang(std::string_view text, Lang& out);

// One user-facing text in both languages.
struct LocalizedText
{
  std::string zh;
  std::string en;

  // The text in `lang`, falling back to the other language when that one is empty.
  const std::string& in(Lang lang) const
  {
    return lang == Lang::en && !en.empty() ? en : (zh.empty() ? en : zh);
  }
};

} // namespace qb

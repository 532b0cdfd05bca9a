#pragma once

#include <stdexcept>
#include <string>

#include "util/embedded_files.hpp"

namespace qb::test {

// `text` with the one occurrence of `from` replaced by `to`; throws when `from` is not there exactly once,
// so a changed rule file breaks the test loudly instead of silently testing the built-in set.
inline std::string replace_once(std::string text, const std::string& from, const std::string& to)
{
  const auto at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    throw std::runtime_error("not found exactly once: " + from);
  }
  return text.replace(at, from.size(), to);
}

// The built-in rule file with other fonts and limits: body 楷体 三号, title 仿宋 (written as its alias
// FangSong), captions 小四, summary at most 300 字 and the overview at most 450.
inline std::string other_fonts_ruleset_text()
{
  std::string text(*util::find_embedded_file("caq-2020.yaml"));
  text = replace_once(text, "    font: 宋体                  # East Asian font",
                      "    font: 楷体 # East Asian font");
  text = replace_once(text, "    size: 小四\n    max_deviation: 0", "    size: 三号\n    max_deviation: 0");
  text = replace_once(text, "    scope: title\n    font: 黑体", "    scope: title\n    font: FangSong");
  text = replace_once(text, "    scope: captions\n    font: 宋体\n    size: 五号",
                      "    scope: captions\n    font: 宋体\n    size: 小四");
  text = replace_once(text, "    headings: [\"^摘要$\"]\n    limit: 500",
                      "    headings: [\"^摘要$\"]\n    limit: 300");
  text = replace_once(text, "    part: summary\n    max: 500", "    part: summary\n    max: 300");
  text = replace_once(text, "    part: overview\n    max: 500", "    part: overview\n    max: 450");
  return text;
}

} // namespace qb::test

#include "model/document.hpp"

namespace qb::model {

std::string_view to_string(Origin origin)
{
  switch (origin) {
  case Origin::default_value: return "default";
  case Origin::doc_defaults: return "doc_defaults";
  case Origin::table_style: return "table_style";
  case Origin::paragraph_style: return "paragraph_style";
  case Origin::character_style: return "character_style";
  case Origin::direct: return "direct";
  }
  return "default";
}

std::string_view to_string(Alignment alignment)
{
  switch (alignment) {
  case Alignment::start: return "start";
  case Alignment::center: return "center";
  case Alignment::end: return "end";
  case Alignment::both: return "both";
  case Alignment::distribute: return "distribute";
  case Alignment::other: return "other";
  }
  return "other";
}

std::string_view to_string(LineRule rule)
{
  switch (rule) {
  case LineRule::auto_rule: return "auto";
  case LineRule::exact: return "exact";
  case LineRule::at_least: return "atLeast";
  }
  return "auto";
}

std::string_view to_string(Story story)
{
  switch (story) {
  case Story::main: return "main";
  case Story::textbox: return "textbox";
  case Story::footnote: return "footnote";
  case Story::endnote: return "endnote";
  }
  return "main";
}

const std::string& Paragraph::text() const
{
  if (visible_text) {
    return *visible_text;
  }
  std::size_t size = 0; // one allocation: Word splits a paragraph into many runs
  for (const auto& run : runs) {
    size += run.hidden ? 0 : run.text.size();
  }
  std::string& result = visible_text.emplace();
  result.reserve(size);
  for (const auto& run : runs) {
    if (!run.hidden) {
      result += run.text;
    }
  }
  return result;
}

bool Paragraph::has_visible_text() const
{
  for (const auto& run : runs) {
    if (run.hidden) {
      continue;
    }
    for (unsigned char c : run.text) {
      // Any byte that is not ASCII blank counts: multi-byte sequences are never blank except U+3000 / U+00A0,
      // which the counter (text/) treats properly; this is only a quick emptiness test.
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
  }
  return false;
}

} // namespace qb::model

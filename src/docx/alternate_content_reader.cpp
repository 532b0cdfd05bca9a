#include "docx/alternate_content_reader.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace qb::docx {

namespace {

// Prefixes whose content the readers handle (or safely skip). Extensions such as w16se (emoji symbols), cx
// (chartex) or wpi (ink) are deliberately absent: their Fallback carries the readable form.
constexpr std::array<std::string_view, 19> k_understood{"w",   "r",   "m", "mc",  "wp",  "wp14", "a",
                                                        "a14", "pic", "c", "c14", "wps", "wpg",  "wpc",
                                                        "w14", "w15", "v", "o",   "w10"};

bool understood(std::string_view requires_list)
{
  bool any = false;
  while (!requires_list.empty()) {
    const auto space = requires_list.find(' ');
    const auto prefix = requires_list.substr(0, space);
    requires_list = space == std::string_view::npos ? std::string_view{} : requires_list.substr(space + 1);
    if (prefix.empty()) {
      continue;
    }
    if (std::find(k_understood.begin(), k_understood.end(), prefix) == k_understood.end()) {
      return false;
    }
    any = true;
  }
  return any;
}

} // namespace

XmlElement choose_alternate_branch(const XmlElement& alternate_content)
{
  for (const XmlElement child : alternate_content.children()) {
    if (child.name() == "mc:Choice" && understood(child.attribute("Requires"))) {
      return child;
    }
  }
  return alternate_content.child("mc:Fallback");
}

} // namespace qb::docx

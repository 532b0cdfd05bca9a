#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>

#include <pugixml.hpp>

#include "docx/xml_tree.hpp"

namespace qb::docx {

// True when the element name `name` (an XmlElement's, not NUL-terminated) is exactly `literal`: a length
// compare, then the bytes. The readers classify names with it in one pass over a node's children instead of
// several child(name) walks.
template <std::size_t N> inline bool name_is(std::string_view name, const char (&literal)[N])
{
  return name.size() == N - 1 && std::memcmp(name.data(), literal, N - 1) == 0;
}

// The first child of `parent` named each of `names` (what child(name) finds for each), in one pass over the
// children instead of one walk a name: `const auto [r_pr, num_pr] = first_children(p_pr, {"w:rPr",
// "w:numPr"});`
template <std::size_t K>
std::array<pugi::xml_node, K> first_children(const pugi::xml_node& parent, const char* const (&names)[K])
{
  std::array<pugi::xml_node, K> found{};
  for (auto child = parent.first_child(); child; child = child.next_sibling()) {
    const char* name = child.name();
    for (std::size_t i = 0; i < K; ++i) {
      if (!found[i] && std::strcmp(name, names[i]) == 0) {
        found[i] = child;
        break;
      }
    }
  }
  return found;
}

// The same for an XmlElement (the names' lengths known at compile time, so a name is rejected by its length).
template <std::size_t K>
std::array<XmlElement, K> first_children(const XmlElement& parent, const std::string_view (&names)[K])
{
  std::array<XmlElement, K> found{};
  for (const XmlElement child : parent.children()) {
    const std::string_view name = child.name();
    for (std::size_t i = 0; i < K; ++i) {
      if (!found[i] && name == names[i]) {
        found[i] = child;
        break;
      }
    }
  }
  return found;
}

} // namespace qb::docx

#include "docx/xml_canonical.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "docx/xml_namespaces.hpp"

namespace qb::docx {

namespace {

bool is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// True when the declaration `prefix` = `uri` is not already in canonical form.
bool declaration_differs(std::string_view prefix, std::string_view uri)
{
  if (auto known = find_namespace(uri)) {
    return known->strict || known->prefix != prefix;
  }
  return is_canonical_prefix(prefix);
}

// Declared prefix -> the prefix written out ("" for unprefixed names).
using PrefixMap = std::unordered_map<std::string, std::string>;

struct Renamer
{
  std::vector<std::unique_ptr<PrefixMap>> scopes; // owns every scope created by a declaring element
  bool strict = false;

  // The scope of `element`: the parent's, extended by the element's own declarations (rewritten in place).
  const PrefixMap* enter(pugi::xml_node element, const PrefixMap* parent);
  void rename(pugi::xml_node element, const PrefixMap& scope) const;
};

std::string map_name(std::string_view name, const PrefixMap& scope)
{
  const std::size_t colon = name.find(':');
  const std::string prefix(colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon));
  const std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
  auto found = scope.find(prefix);
  if (found == scope.end()) {
    return std::string(name); // undeclared (or the reserved xml: prefix): leave it alone
  }
  return found->second.empty() ? std::string(local) : found->second + ":" + std::string(local);
}

// Rewrites a whitespace-separated list of prefixes or QNames ("w14 wp14", "w14:* v:shape").
std::string map_list(std::string_view list, const PrefixMap& scope)
{
  std::string out;
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && is_space(list[i])) {
      ++i;
    }
    std::size_t end = i;
    while (end < list.size() && !is_space(list[end])) {
      ++end;
    }
    if (end > i) {
      const std::string_view token = list.substr(i, end - i);
      const std::size_t colon = token.find(':');
      const std::string prefix(token.substr(0, colon));
      auto found = scope.find(prefix);
      std::string mapped(token);
      if (found != scope.end() && !found->second.empty()) {
        mapped = found->second + std::string(colon == std::string_view::npos ? "" : token.substr(colon));
      }
      out += (out.empty() ? "" : " ") + mapped;
    }
    i = end;
  }
  return out;
}

const PrefixMap* Renamer::enter(pugi::xml_node element, const PrefixMap* parent)
{
  PrefixMap* scope = nullptr;
  for (pugi::xml_attribute attribute : element.attributes()) {
    const std::string_view name = attribute.name();
    if (name != "xmlns" && name.rfind("xmlns:", 0) != 0) {
      continue;
    }
    if (scope == nullptr) {
      scopes.push_back(parent != nullptr ? std::make_unique<PrefixMap>(*parent)
                                         : std::make_unique<PrefixMap>());
      scope = scopes.back().get();
    }
    const std::string declared(name.size() > 5 ? name.substr(6) : std::string_view{});
    const std::string_view uri = attribute.value();
    std::string written = declared;
    if (auto known = find_namespace(uri)) {
      written = std::string(known->prefix);
      strict = strict || known->strict;
      attribute.set_value(std::string(known->transitional_uri).c_str());
    } else if (is_canonical_prefix(declared)) {
      written = "xns_" + declared; // an unknown namespace squatting on a canonical prefix
    }
    (*scope)[declared] = written;
    attribute.set_name(written.empty() ? "xmlns" : ("xmlns:" + written).c_str());
  }
  return scope != nullptr ? scope : parent;
}

bool is_prefix_list(std::string_view attribute, std::string_view element)
{
  return attribute == "mc:Ignorable" || attribute == "mc:MustUnderstand" ||
         attribute == "mc:ProcessContent" || attribute == "mc:PreserveElements" ||
         attribute == "mc:PreserveAttributes" ||
         (attribute == "Requires" && (element == "mc:Choice" || element == "mc:AlternateContent"));
}

void Renamer::rename(pugi::xml_node element, const PrefixMap& scope) const
{
  element.set_name(map_name(element.name(), scope).c_str());
  std::vector<std::string> seen;
  for (pugi::xml_attribute attribute = element.first_attribute(); attribute;) {
    pugi::xml_attribute next = attribute.next_attribute();
    const std::string_view name = attribute.name();
    const bool declaration = name == "xmlns" || name.rfind("xmlns:", 0) == 0;
    if (!declaration && name.find(':') != std::string_view::npos) {
      attribute.set_name(map_name(name, scope).c_str());
    }
    if (is_prefix_list(attribute.name(), element.name())) {
      attribute.set_value(map_list(attribute.value(), scope).c_str());
    }
    const std::string final_name = attribute.name();
    if (std::find(seen.begin(), seen.end(), final_name) != seen.end()) {
      element.remove_attribute(attribute); // two declarations of one namespace merged into one prefix
    } else {
      seen.push_back(final_name);
    }
    attribute = next;
  }
}

} // namespace

bool needs_canonicalising(std::string_view bytes)
{
  constexpr std::string_view k_xmlns = "xmlns";
  for (std::size_t at = bytes.find(k_xmlns); at != std::string_view::npos; at = bytes.find(k_xmlns, at + 1)) {
    std::size_t i = at + k_xmlns.size();
    std::string_view prefix;
    if (i < bytes.size() && bytes[i] == ':') {
      const std::size_t start = ++i;
      while (i < bytes.size() && !is_space(bytes[i]) && bytes[i] != '=') {
        ++i;
      }
      prefix = bytes.substr(start, i - start);
    }
    while (i < bytes.size() && is_space(bytes[i])) {
      ++i;
    }
    if (i >= bytes.size() || bytes[i] != '=') {
      continue; // "xmlns" in text, not a declaration
    }
    ++i;
    while (i < bytes.size() && is_space(bytes[i])) {
      ++i;
    }
    if (i >= bytes.size() || (bytes[i] != '"' && bytes[i] != '\'')) {
      return true;
    }
    const std::size_t end = bytes.find(bytes[i], i + 1);
    if (end == std::string_view::npos) {
      return true;
    }
    const std::string_view uri = bytes.substr(i + 1, end - i - 1);
    if (uri.find('&') != std::string_view::npos || declaration_differs(prefix, uri)) {
      return true;
    }
  }
  return false;
}

bool canonicalise(pugi::xml_document& xml)
{
  Renamer renamer;
  const PrefixMap empty;
  std::vector<std::pair<pugi::xml_node, const PrefixMap*>> stack;
  for (pugi::xml_node child = xml.last_child(); child; child = child.previous_sibling()) {
    stack.emplace_back(child, &empty);
  }
  while (!stack.empty()) {
    auto [node, parent_scope] = stack.back();
    stack.pop_back();
    if (node.type() != pugi::node_element) {
      continue;
    }
    const PrefixMap* scope = renamer.enter(node, parent_scope);
    renamer.rename(node, *scope);
    for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) {
      if (child.type() == pugi::node_element) {
        stack.emplace_back(child, scope);
      }
    }
  }
  return renamer.strict;
}

} // namespace qb::docx

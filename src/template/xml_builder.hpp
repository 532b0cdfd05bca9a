#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

namespace qb::templating {

// An attribute as written: {"w:val", "center"}.
using XmlAttribute = std::pair<const char*, std::string>;

// Appends <name attributes...> to `parent` and returns it (pugixml escapes the values).
pugi::xml_node add_element(pugi::xml_node parent, const char* name,
                           std::initializer_list<XmlAttribute> attributes = {});

// Appends <name w:val="value"/>, the shape of most WordprocessingML properties.
pugi::xml_node add_value(pugi::xml_node parent, const char* name, const std::string& value);

// The document serialised as a package part: the standalone UTF-8 declaration Word writes, then the tree
// without indentation (so the same input always gives the same bytes).
std::string to_part_bytes(const pugi::xml_document& document);

} // namespace qb::templating

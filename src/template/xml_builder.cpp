#include "template/xml_builder.hpp"

#include <sstream>

namespace qb::templating {

pugi::xml_node add_element(pugi::xml_node parent, const char* name,
                           std::initializer_list<XmlAttribute> attributes)
{
  pugi::xml_node node = parent.append_child(name);
  for (const auto& [key, value] : attributes) {
    node.append_attribute(key).set_value(value.c_str());
  }
  return node;
}

pugi::xml_node add_value(pugi::xml_node parent, const char* name, const std::string& value)
{
  return add_element(parent, name, {{"w:val", value}});
}

std::string to_part_bytes(const pugi::xml_document& document)
{
  std::ostringstream out;
  out << R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      << "\r\n";
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

} // namespace qb::templating

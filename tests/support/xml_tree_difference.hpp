#pragma once

#include <cstddef>
#include <string>

#include <pugixml.hpp>

#include "docx/xml_tree.hpp"

namespace qb::test {

// Parses `bytes` with pugixml as docx/xml_part.cpp does (parse_default | parse_ws_pcdata_single |
// parse_doctype); true when it accepts them.
bool pugi_parse(const std::string& bytes, pugi::xml_document& xml);

// The first difference between pugixml's tree under `expected` and the XmlTree under `actual` ("" when none),
// compared element by element: name, attributes in order, text, children, parent, index range.
std::string difference(const pugi::xml_node& expected, docx::XmlElement actual);

// Every element's raw() bytes parse, alone, to the element pugixml built in the whole tree `whole` (what the
// properties cache relies on); checked for the first `limit` elements. "" when they all do.
std::string raw_difference(const docx::XmlTree& tree, const pugi::xml_document& whole, std::size_t limit);

} // namespace qb::test

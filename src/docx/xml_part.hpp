#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "docx/part_source.hpp"
#include "docx/xml_tree.hpp"

namespace qb::docx {

// A parsed XML part. Element and attribute names are canonicalised to the usual prefixes
// (w:, r:, m:, mc:, wp:, a:, pic:, wps:, v:, w14: ...) whatever prefixes the file declared, and
// Strict OOXML namespaces (purl.oclc.org/ooxml/...) are mapped to their Transitional equivalents, so
// readers match names like "w:p" and never look at namespace URIs.
struct XmlPart
{
  std::string name;   // part name, e.g. "word/document.xml"
  std::string buffer; // a copy of the bytes, which pugixml parses in place (the tree points into it)
  pugi::xml_document xml;
  bool strict = false; // the part used Strict OOXML namespaces
};

// Reads and parses `name` from `parts`. Throws InputError(too_many_elements) naming the part, before parsing,
// when it holds more than `max_elements` '<' bytes (ReadLimits::max_xml_elements); InputError(malformed_xml)
// naming the part and the 1-based line (pugixml's description goes into the detail). DOCTYPE declarations are
// refused as malformed; entities are never expanded beyond the five predefined ones. Ill-formed UTF-8 in text
// and attribute values becomes U+FFFD, one per ill-formed sequence (docs/hostile-inputs.md), so everything
// downstream holds valid UTF-8.
std::unique_ptr<XmlPart> read_xml_part(const PartSource& parts, std::string_view name,
                                       std::size_t max_elements = ReadLimits{}.max_xml_elements);

// Same, for bytes already in memory (the fuzz targets and tests use it). `file` labels errors.
std::unique_ptr<XmlPart> parse_xml_part(std::string bytes, std::string_view name, const std::string& file,
                                        std::size_t max_elements = ReadLimits{}.max_xml_elements);

// A part read into an XmlTree, for the readers of stories (the body, notes): names canonicalised as in
// XmlPart, the same errors, limits and UTF-8 repair. Parts Word and WPS write are read without pugixml; any
// other is parsed by pugixml first (see XmlTree).
struct TreePart
{
  std::string name;
  XmlTree tree;
  bool strict = false; // the part used Strict OOXML namespaces
};

// As read_xml_part and parse_xml_part, into a TreePart.
std::unique_ptr<TreePart> read_tree_part(const PartSource& parts, std::string_view name,
                                         std::size_t max_elements = ReadLimits{}.max_xml_elements);
std::unique_ptr<TreePart> parse_tree_part(std::string bytes, std::string_view name, const std::string& file,
                                          std::size_t max_elements = ReadLimits{}.max_xml_elements);

} // namespace qb::docx

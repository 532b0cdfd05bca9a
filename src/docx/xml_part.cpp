#include "docx/xml_part.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <unicode/utf8.h>

#include "core/input_error.hpp"
#include "docx/part_scan.hpp"
#include "docx/xml_canonical.hpp"
#include "text/utf8.hpp"

namespace qb::docx {

namespace {

// parse_ws_pcdata_single keeps whitespace-only text when it is an element's only child, which is exactly
// <w:t xml:space="preserve">  </w:t>, without creating nodes for the indentation of pretty-printed parts.
// parse_doctype makes a DOCTYPE visible so that it can be refused (pugixml would otherwise skip it).
constexpr unsigned k_parse_options = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;

std::int64_t line_at(std::string_view bytes, std::ptrdiff_t offset)
{
  const std::size_t end =
      std::min(bytes.size(), static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)));
  return 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), '\n');
}

// True when every byte of `bytes` belongs to a well-formed UTF-8 sequence.
bool well_formed_utf8(std::string_view bytes)
{
  const char* data = bytes.data();
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t offset = 0;
  while (offset < length) {
    if (text::next_utf8(data, offset, length) < 0) {
      return false;
    }
  }
  return true;
}

// `text` with each ill-formed sequence, as U8_NEXT delimits it, replaced by U+FFFD: the counter counts each
// such sequence as one character either way, and every report (JSON, XML, XLSX) needs valid UTF-8.
std::string repaired_utf8(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  const char* data = text.data();
  const auto length = static_cast<std::int64_t>(text.size());
  std::int64_t offset = 0;
  while (offset < length) {
    const std::int64_t start = offset;
    UChar32 c = 0;
    U8_NEXT(data, offset, length, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(data + start, static_cast<std::size_t>(offset - start));
    }
  }
  return out;
}

// Repairs the text and attribute values of the whole tree, walked without recursion (trees may be deep).
void repair_utf8(pugi::xml_document& xml)
{
  pugi::xml_node node = xml.first_child();
  while (node) {
    if ((node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) &&
        !well_formed_utf8(node.value())) {
      node.set_value(repaired_utf8(node.value()).c_str());
    }
    for (pugi::xml_attribute attribute : node.attributes()) {
      if (!well_formed_utf8(attribute.value())) {
        attribute.set_value(repaired_utf8(attribute.value()).c_str());
      }
    }
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
    }
    if (node) {
      node = node.next_sibling();
    }
  }
}

// Refused before a tree is built: a node for each element (about 100 bytes a node in pugixml: 60 MB of
// <w:p/> made 1 GB).
void refuse_too_many_elements(const PartScan& scan, std::size_t max_elements, std::string_view name,
                              const std::string& file)
{
  if (scan.tags > max_elements) {
    throw InputError(InputErrorCode::too_many_elements, file,
                     std::to_string(scan.tags) + " > " + std::to_string(max_elements), std::string(name));
  }
}

} // namespace

std::unique_ptr<XmlPart> parse_xml_part(std::string bytes, std::string_view name, const std::string& file,
                                        std::size_t max_elements)
{
  const PartScan scan = scan_part(bytes);
  refuse_too_many_elements(scan, max_elements, name, file);
  auto part = std::make_unique<XmlPart>();
  part->name = std::string(name);
  // The copy pugixml's load_buffer would make: the bytes as read still give an error its line and tell
  // whether prefixes need canonicalising, after pugixml has parsed the copy in place.
  part->buffer = bytes;
  const pugi::xml_parse_result result =
      part->xml.load_buffer_inplace(part->buffer.data(), part->buffer.size(), k_parse_options);
  if (!result) {
    throw InputError(InputErrorCode::malformed_xml, file, result.description(), part->name,
                     line_at(bytes, result.offset));
  }
  for (pugi::xml_node node : part->xml.children()) {
    if (node.type() == pugi::node_doctype) {
      // A DTD can declare entities (billion laughs, external files); OOXML parts never have one.
      throw InputError(InputErrorCode::malformed_xml, file, "a DOCTYPE declaration is not allowed in OOXML",
                       part->name, line_at(bytes, node.offset_debug()));
    }
  }
  if (!scan.well_formed_utf8) {
    repair_utf8(part->xml); // pugixml passes ill-formed UTF-8 through unchecked
  }
  if (needs_canonicalising(bytes)) {
    bytes = std::string(); // the tree is all that is needed from here on
    part->strict = canonicalise(part->xml);
  }
  return part;
}

std::unique_ptr<TreePart> parse_tree_part(std::string bytes, std::string_view name, const std::string& file,
                                          std::size_t max_elements)
{
  const PartScan scan = scan_part(bytes);
  refuse_too_many_elements(scan, max_elements, name, file);
  if (scan.well_formed_utf8 && !needs_canonicalising(bytes)) {
    if (auto tree = XmlTree::parse_or_keep(bytes, scan.tags)) {
      return std::make_unique<TreePart>(TreePart{std::string(name), std::move(*tree), false});
    }
  }
  // Anything else (an error to report, UTF-8 to repair, prefixes to canonicalise, XML beyond what Word
  // writes) goes through pugixml, exactly as the other parts do.
  const auto part = parse_xml_part(std::move(bytes), name, file, max_elements);
  return std::make_unique<TreePart>(TreePart{part->name, XmlTree::from_pugi(part->xml), part->strict});
}

std::unique_ptr<TreePart> read_tree_part(const PartSource& parts, std::string_view name,
                                         std::size_t max_elements)
{
  return parse_tree_part(parts.read(name), name, parts.file(), max_elements);
}

std::unique_ptr<XmlPart> read_xml_part(const PartSource& parts, std::string_view name,
                                       std::size_t max_elements)
{
  return parse_xml_part(parts.read(name), name, parts.file(), max_elements);
}

} // namespace qb::docx

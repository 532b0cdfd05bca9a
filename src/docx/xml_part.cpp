#include "docx/xml_part.hpp"

#include <algorithm>
#include <cstddef>

#include "core/input_error.hpp"
#include "docx/xml_canonical.hpp"

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

} // namespace

std::unique_ptr<XmlPart> parse_xml_part(std::string bytes, std::string_view name, const std::string& file)
{
  auto part = std::make_unique<XmlPart>();
  part->name = std::string(name);
  const pugi::xml_parse_result result = part->xml.load_buffer(bytes.data(), bytes.size(), k_parse_options);
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
  if (needs_canonicalising(bytes)) {
    bytes = std::string(); // the tree is all that is needed from here on
    part->strict = canonicalise(part->xml);
  }
  return part;
}

std::unique_ptr<XmlPart> read_xml_part(const PartSource& parts, std::string_view name)
{
  return parse_xml_part(parts.read(name), name, parts.file());
}

} // namespace qb::docx

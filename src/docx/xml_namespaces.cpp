#include "docx/xml_namespaces.hpp"

#include <array>

namespace qb::docx {

namespace {

struct Entry
{
  std::string_view prefix;
  std::string_view transitional;
  std::string_view strict; // "" when Strict uses the same URI
};

// Prefixes as Word writes them. The package namespaces (relationships, content types, app.xml) are
// read unprefixed, as they are always written with a default namespace.
constexpr std::array k_namespaces{
    Entry{"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
          "http://purl.oclc.org/ooxml/wordprocessingml/main"},
    Entry{"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships"},
    Entry{"m", "http://schemas.openxmlformats.org/officeDocument/2006/math",
          "http://purl.oclc.org/ooxml/officeDocument/math"},
    Entry{"mc", "http://schemas.openxmlformats.org/markup-compatibility/2006", ""},
    Entry{"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
          "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"},
    Entry{"a", "http://schemas.openxmlformats.org/drawingml/2006/main",
          "http://purl.oclc.org/ooxml/drawingml/main"},
    Entry{"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture",
          "http://purl.oclc.org/ooxml/drawingml/picture"},
    Entry{"c", "http://schemas.openxmlformats.org/drawingml/2006/chart",
          "http://purl.oclc.org/ooxml/drawingml/chart"},
    Entry{"dgm", "http://schemas.openxmlformats.org/drawingml/2006/diagram",
          "http://purl.oclc.org/ooxml/drawingml/diagram"},
    Entry{"sl", "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
          "http://purl.oclc.org/ooxml/schemaLibrary/main"},
    Entry{"wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", ""},
    Entry{"wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", ""},
    Entry{"wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", ""},
    Entry{"wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", ""},
    Entry{"wpi", "http://schemas.microsoft.com/office/word/2010/wordprocessingInk", ""},
    Entry{"wne", "http://schemas.microsoft.com/office/word/2006/wordml", ""},
    Entry{"w14", "http://schemas.microsoft.com/office/word/2010/wordml", ""},
    Entry{"w15", "http://schemas.microsoft.com/office/word/2012/wordml", ""},
    Entry{"w16", "http://schemas.microsoft.com/office/word/2018/wordml", ""},
    Entry{"w16cex", "http://schemas.microsoft.com/office/word/2018/wordml/cex", ""},
    Entry{"w16cid", "http://schemas.microsoft.com/office/word/2016/wordml/cid", ""},
    Entry{"w16se", "http://schemas.microsoft.com/office/word/2015/wordml/symex", ""},
    Entry{"a14", "http://schemas.microsoft.com/office/drawing/2010/main", ""},
    Entry{"v", "urn:schemas-microsoft-com:vml", ""},
    Entry{"o", "urn:schemas-microsoft-com:office:office", ""},
    Entry{"w10", "urn:schemas-microsoft-com:office:word", ""},
    Entry{"x", "urn:schemas-microsoft-com:office:excel", ""},
    Entry{"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", ""},
    Entry{"dc", "http://purl.org/dc/elements/1.1/", ""},
    Entry{"dcterms", "http://purl.org/dc/terms/", ""},
    Entry{"dcmitype", "http://purl.org/dc/dcmitype/", ""},
    Entry{"xsi", "http://www.w3.org/2001/XMLSchema-instance", ""},
    Entry{"vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
          "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"},
    Entry{"", "http://schemas.openxmlformats.org/package/2006/relationships", ""},
    Entry{"", "http://schemas.openxmlformats.org/package/2006/content-types", ""},
    Entry{"", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
          "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"},
};

} // namespace

std::optional<KnownNamespace> find_namespace(std::string_view uri)
{
  for (const Entry& entry : k_namespaces) {
    if (uri == entry.transitional) {
      return KnownNamespace{entry.prefix, entry.transitional, false};
    }
    if (!entry.strict.empty() && uri == entry.strict) {
      return KnownNamespace{entry.prefix, entry.transitional, true};
    }
  }
  return std::nullopt;
}

bool is_canonical_prefix(std::string_view prefix)
{
  if (prefix.empty()) {
    return false;
  }
  for (const Entry& entry : k_namespaces) {
    if (entry.prefix == prefix) {
      return true;
    }
  }
  return false;
}

} // namespace qb::docx

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docx/part_source.hpp"

namespace qb::docx {

// One relationship from a part's .rels file, with its target resolved to a part name.
struct Relationship
{
  std::string id;
  std::string type;      // full relationship type URI (Strict URIs mapped to Transitional ones)
  std::string target;    // resolved part name ("word/styles.xml"); empty for external targets
  bool external = false; // TargetMode="External" (a hyperlink or an absolute URL): never read
};

// The relationships of `source_part` ("" for the package itself, read from _rels/.rels). Targets are resolved
// against the source part's folder ("../x", "/word/x.xml", "%20" escapes, backslash separators). Internal
// targets that would leave the package ("../../etc/passwd") or name no part of it are dropped, so every
// returned internal target can be read. A missing .rels file gives an empty list; a malformed one throws
// InputError(malformed_xml).
std::vector<Relationship> read_relationships(const PartSource& parts, std::string_view source_part);

// The package's own relationships (read_relationships(parts, "")), read once and kept by `parts`: finding the
// main document and reading the package properties each need them. Throws as read_relationships does (and
// again on the next call: nothing is kept then).
const std::vector<Relationship>& package_relationships(const PartSource& parts);

// The target of the first internal relationship whose type ends with `type_suffix` (e.g. "/styles"), if any.
std::optional<std::string> find_target(const std::vector<Relationship>& relationships,
                                       std::string_view type_suffix);

} // namespace qb::docx

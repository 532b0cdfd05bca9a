#pragma once

#include <string_view>

#include <pugixml.hpp>

namespace qb::docx {

// Cheap test on a part's raw bytes: false when every namespace declaration in it already binds a known URI to
// its canonical prefix (or an unknown URI to a non-canonical prefix) and no Strict URI is used, which is what
// Word and WPS write. Whatever the scan cannot read for sure (entities in a URI, odd syntax) answers true.
bool needs_canonicalising(std::string_view bytes);

// Renames every element and attribute of `xml` to the canonical prefixes of their namespaces, honouring
// nested and default declarations, rewrites the declarations (Strict URIs become Transitional ones) and the
// markup-compatibility attributes that list prefixes (mc:Ignorable, Requires...). Returns true when a Strict
// OOXML namespace was declared. Iterative: hostile nesting depth cannot overflow the stack.
bool canonicalise(pugi::xml_document& xml);

} // namespace qb::docx

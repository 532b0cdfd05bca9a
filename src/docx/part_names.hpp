#pragma once

#include <string>
#include <string_view>

namespace qb::docx {

// OPC part names compare ASCII case-insensitively; this is the key both PartSource implementations index by:
// lower-cased ASCII, without a leading slash ("/Word/Document.xml" -> "word/document.xml").
std::string part_key(std::string_view name);

// part_key(name) == key, without building the key.
bool has_part_key(std::string_view name, std::string_view key);

} // namespace qb::docx

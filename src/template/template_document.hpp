#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/localized_text.hpp"

namespace qb::docx {
class MemoryParts;
}
namespace qb::rules {
struct Ruleset;
}

namespace qb::templating {

// The template .docx as package parts, in the order they are zipped.
struct TemplatePackage
{
  std::vector<std::pair<std::string, std::string>> parts; // name, bytes

  // The zip archive: byte-identical for the same rule set and language (fixed entry times).
  std::string zip_bytes() const;
  // The same parts, unzipped, for reading the template back (its self-check).
  docx::MemoryParts memory_parts(const std::string& label) const;
};

// Builds a template that passes every document rule of `ruleset` (docs/template.md): the parts in order
// with their headings, styles derived from the rule set, guidance text per part in `lang`, an example table
// with its caption above and a picture with its caption below, the page the rule set asks for. Throws
// TemplateError when a part's name is not matched by its own heading patterns.
TemplatePackage build_template(const rules::Ruleset& ruleset, Lang lang);

} // namespace qb::templating

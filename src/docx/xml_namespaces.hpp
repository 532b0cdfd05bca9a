#pragma once

#include <optional>
#include <string_view>

namespace qb::docx {

// What qbcheck knows of a namespace URI: the prefix readers use for it and the Transitional URI it stands
// for.
struct KnownNamespace
{
  std::string_view prefix; // canonical prefix; "" for the package namespaces readers match unprefixed
  std::string_view transitional_uri; // equal to the URI looked up unless that was a Strict one
  bool strict = false;               // the URI looked up is a Strict OOXML (purl.oclc.org) one
};

// The canonical prefix for `uri`, Transitional or Strict; nullopt for a namespace qbcheck does not know.
std::optional<KnownNamespace> find_namespace(std::string_view uri);

// True when `prefix` is the canonical prefix of some known namespace (so a file must not use it for another).
bool is_canonical_prefix(std::string_view prefix);

} // namespace qb::docx

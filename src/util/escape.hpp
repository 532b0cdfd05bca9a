#pragma once

#include <string>
#include <string_view>

namespace qb::util {

// `text` as one RFC 4180 CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

// `text` with & < > " ' replaced by entities, safe inside HTML text and attribute values.
std::string html_escape(std::string_view text);

// GitHub Actions workflow-command escaping: the message escapes % CR LF; a property value also : and ,.
std::string github_message(std::string_view text);
std::string github_property(std::string_view text);

// A file path as an RFC 3986 URI reference, as SARIF's artifactLocation.uri requires: a relative path stays
// relative (resolved by the consumer against the repository root), an absolute one becomes a file:// URI;
// backslashes become slashes and every byte outside the unreserved set and '/' is percent-encoded (UTF-8 file
// names included).
std::string file_uri(std::string_view path);

} // namespace qb::util

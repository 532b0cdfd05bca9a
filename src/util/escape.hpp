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

} // namespace qb::util

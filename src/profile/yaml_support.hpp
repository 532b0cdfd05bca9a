#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace YAML {
class Node;
}

// Strict YAML helpers shared by the profile loader and the SME table loader (yaml-cpp stays inside profile/).
// Every helper reports problems as Diagnostics with file:line:col and never throws.
namespace qb::profile::detail {

// The 1-based line:col of `node` in `file` (0:0 when the node has no mark).
SourceLocation location_of(const YAML::Node& node, const std::string& file);

// Parses `text`; a syntax error becomes one diagnostic (with the parser's line:col) and the result is
// nullopt.
std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics);

// The scalar's text, or "" for a non-scalar.
std::string scalar_text(const YAML::Node& node);

// A finite number written as a YAML scalar ("860", "52000.5", "-120"); nullopt for anything else.
std::optional<double> parse_number(const YAML::Node& node);
// true/false (also yes/no, on/off as YAML 1.1 reads them); nullopt for anything else.
std::optional<bool> parse_bool(const YAML::Node& node);
// A four-digit year within 1900..2100; nullopt for anything else.
std::optional<int> parse_year(std::string_view text);
// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

// Checks the keys of mapping `map`: each key must be in `known` (a near-miss gets "did you mean"), and no key
// may appear twice. `known` is listed in the message when nothing is near.
void check_keys(const YAML::Node& map, const std::vector<std::string_view>& known, const std::string& file,
                std::vector<Diagnostic>& diagnostics);

// The entry of `known` nearest to `word` when it is a plausible typo (util::closest_match), else empty.
std::string nearest(std::string_view word, const std::vector<std::string_view>& known);

// A number for messages: integers without decimals ("52000"), others with up to 2 decimals ("1234.5").
std::string format_number(double value);

} // namespace qb::profile::detail

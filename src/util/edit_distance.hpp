#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qb::util {

// Edit distance between `a` and `b` (optimal string alignment: insertions, deletions, substitutions and
// swaps of two adjacent characters all cost 1, so "wrod" is 1 from "word"), counted in Unicode code points of
// the UTF-8 input. Invalid UTF-8 bytes count as one code point each.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is near enough to be a likely typo: at most 2 edits, and fewer than
// half of the longer word's length (so "id" does not suggest "kind"). Ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Every candidate within `max_distance` edits of `word`, nearest first (ties keep candidate order).
std::vector<std::string> near_matches(std::string_view word, const std::vector<std::string>& candidates,
                                      std::size_t max_distance);

} // namespace qb::util

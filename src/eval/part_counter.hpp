#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "eval/outline.hpp"
#include "eval/part_inclusion.hpp"
#include "model/document.hpp"
#include "text/counter.hpp"

namespace qb::eval {

// The 字 count of part `part_id` in `mode`: every paragraph of its span except its heading (the title part:
// its one paragraph), filtered by `inclusion`; text boxes and notes are attributed by their anchor. Hidden
// text is never counted (text::count_paragraph). A part the outline does not have counts zero: callers check
// Outline::find first and report a missing part as such. Every part is counted in both modes on the first
// call for an inclusion, and the outline remembers the figures (Outline::part_counts).
text::Counts count_part(const model::Document& document, const Outline& outline, std::string_view part_id,
                        text::CountingMode mode, const PartInclusion& inclusion = {});

// The counts of every part of `outline` (by position in Outline::parts()) in both modes (by CountingMode),
// in one pass over the paragraphs: what count_part gives for each part and mode.
std::vector<std::array<text::Counts, 2>>
count_all_parts(const model::Document& document, const Outline& outline, const PartInclusion& inclusion);

} // namespace qb::eval

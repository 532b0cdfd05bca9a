#pragma once

#include <vector>

#include "eval/outline.hpp"
#include "model/document.hpp"
#include "rules/ruleset.hpp"

namespace qb::eval {

// Finds the rule set's parts in `document` (REQUIREMENTS D):
// - the title part is the first main-story paragraph with visible text outside tables, unless that paragraph
//   is a part heading (then the document has no title); its span is that one paragraph;
// - a part's heading is a main-story paragraph outside tables whose heading_key() matches one of the part's
//   patterns (ICU regex, searched); the first matching paragraph per part wins, a paragraph heads one part;
// - each part runs from after its heading to the next found heading (or the end of the main story).
// Parts come out in document order; parts not found are absent. Bad patterns are skipped (the loader rejects
// them before this runs).
Outline build_outline(const model::Document& document,
                      const std::vector<rules::RulesetData::PartDefinition>& parts);

} // namespace qb::eval

#pragma once

#include <string>

#include "core/result.hpp"

// Catalogue lookups shared by the report writers.
namespace qb::report {

std::string label(std::string_view id, Lang lang);
std::string status_label(DocumentStatus status, Lang lang);
std::string level_label(Level level, Lang lang);
std::string outcome_label(Outcome outcome, Lang lang);
// "摘要 第 3 段「……」" / "Abstract, paragraph 3 “…”" for a location (part name from `parts`, if found).
std::string describe_location(const DocumentLocation& location, const std::vector<PartCount>& parts, Lang lang);
// The catalogue line "规则集：…" for the run's rule set.
std::string ruleset_line(const RulesetInfo& ruleset, Lang lang);

} // namespace qb::report

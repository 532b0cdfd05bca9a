#pragma once

#include <string>

#include "core/result.hpp"
#include "report/run_summary.hpp"

// Catalogue lookups shared by the report writers.
namespace qb::report {

std::string label(std::string_view id, Lang lang);
std::string status_label(DocumentStatus status, Lang lang);
std::string level_label(Level level, Lang lang);
std::string outcome_label(Outcome outcome, Lang lang);
// "摘要 第 3 段「……」" / "Abstract, paragraph 3 “…”" for a location (part name from `parts`, if found).
std::string describe_location(const DocumentLocation& location, const std::vector<PartCount>& parts,
                              Lang lang);
// What a result says: its message, except for a pass, which shows the rule's title — unless it is an
// info-level rule whose message is the information itself (e.g. the SME class and why).
const std::string& result_text(const RuleResult& result, Lang lang);
// True for results a report lists in full rather than by id only: anything but a pass, and informative
// passes.
bool is_shown_in_full(const RuleResult& result);

// The catalogue line "规则集：…" for the run's rule set.
std::string ruleset_line(const RulesetInfo& ruleset, Lang lang);

// The catalogue line "共检查 N 份…" every report ends (or, in HTML, begins) with.
std::string verdict_line(const RunSummary& summary, Lang lang);

} // namespace qb::report

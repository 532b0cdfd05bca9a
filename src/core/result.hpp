#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/localized_text.hpp"

namespace qb {

// How serious a failed rule is. Stable strings: "error", "warning", "info".
enum class Level { error, warning, info };

// What became of one rule on one document. Stable strings: "pass", "fail", "not_checked", "waived".
enum class Outcome { pass, fail, not_checked, waived };

// Whole-document verdict. Stable strings: "pass", "fail", "error" (the file could not be read).
enum class DocumentStatus { pass, fail, error };

std::string_view to_string(Level level);
std::string_view to_string(Outcome outcome);
std::string_view to_string(DocumentStatus status);

// Where in the document a finding points. `part` is a part id ("summary") or empty for the whole document.
struct DocumentLocation
{
  std::string part;
  std::optional<std::size_t>
      paragraph;       // 1-based index among the document's paragraphs (Document::paragraphs)
  std::string excerpt; // up to ~30 characters of the paragraph's text
  LocalizedText place; // whole, naming the part: "企业概况，表格 1 第 2 行第 3 列" / "Enterprise overview,
                       // table 1, ..."; may be empty
};

// One rule's outcome on one document (or on a batch, for batch rules).
struct RuleResult
{
  std::string rule_id; // stable, e.g. "summary.length"
  std::string kind;    // the rule kind, e.g. "part_length"
  Level level = Level::error;
  Outcome outcome = Outcome::pass;
  LocalizedText title;   // what the rule checks, one line
  LocalizedText message; // the rule's message with placeholders filled in (fail / not_checked)
  std::string actual;    // display value, e.g. "512"
  std::string expected;  // display value, e.g. "≤ 500"
  std::vector<DocumentLocation> locations; // the first offending places
  std::string source;                      // the clause, e.g. "附件2 一（一）2"
  LocalizedText waiver_reason;             // set when outcome == waived
};

// One part's 字 count against its limit, for the per-part table of every report.
struct PartCount
{
  std::string part_id;
  LocalizedText name;                // 摘要 / Abstract
  std::optional<std::int64_t> count; // nullopt when the part is missing
  std::optional<std::int64_t> limit; // nullopt when the rule set sets none
};

// The reason a document has status `error`.
struct DocumentError
{
  std::string code;      // "input.legacy_doc", "profile.invalid", ...
  LocalizedText message; // one clear line naming the file and what to do
};

// Everything the reports need about one input file.
struct DocumentResult
{
  std::string file; // as given on the command line / found in the folder
  DocumentStatus status = DocumentStatus::pass;
  std::optional<DocumentError> error;
  std::string counting_mode;       // "word" or "wps"
  std::vector<PartCount> parts;    // in outline order
  std::vector<RuleResult> results; // sorted: by outcome (fail first), level, then rule order in the rule set
  std::string profile_file;        // the applicant profile used, or empty when none was found
  std::string recommender;         // from the profile, for batch rules and clerk tables; may be empty
};

// One part the rule set requires, for the per-part columns of the clerk's tables.
struct PartInfo
{
  std::string id;
  LocalizedText name;
  std::optional<std::int64_t> limit; // nullopt when the rule set sets none
};

// Identifies the rule set in reports.
struct RulesetInfo
{
  std::string id;
  LocalizedText title;
  std::string source; // the notice it encodes
  std::string file;   // "<built-in>" or the path it was loaded from
  std::string counting_mode;
  std::vector<PartInfo> parts; // in the required order; every readable document's PartCounts follow it
};

// A note about the run that is not a rule result: a skipped lock file, an expired waiver.
struct RunNotice
{
  std::string code; // "batch.lock_file_skipped", "waiver.expired", "waiver.unused"
  LocalizedText message;
};

// The outcome of `check` or `batch`.
struct RunResult
{
  RulesetInfo ruleset;
  std::vector<DocumentResult> documents; // in a stable order (sorted by path for batch)
  std::vector<RuleResult> batch_results; // rules over all documents (one submission per recommender)
  std::vector<RunNotice> notices;
};

} // namespace qb

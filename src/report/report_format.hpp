#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "report/run_summary.hpp"

namespace qb::report {

// How a report is rendered, whatever its format.
struct ReportOptions
{
  Lang lang = Lang::zh;
  bool color = false; // ANSI colour (text format only; decided by --color and whether stdout is a terminal)
  std::string tool_version; // e.g. "0.1.0"
};

// What only the end of a run knows.
struct RunEnd
{
  const std::vector<RuleResult>& batch_results; // rules over all documents
  const std::vector<RunNotice>& notices;
  const RunSummary& summary;
};

// A report written while the run goes on: opened with the rule set, then given each document in order, then
// finished. A stream keeps nothing per document beyond what its format must write later, and what it must
// write later goes to a temporary file (report/spool.hpp), so a batch of any size runs in flat memory.
// Writers never compute the exit status or change the results.
class ReportStream
{
public:
  virtual ~ReportStream() = default;
  virtual void add_document(const DocumentResult& document) = 0;
  virtual void finish(const RunEnd& end) = 0;
};

// Opens a report of one format on `out`; the format may write its opening at once.
using ReportOpener = std::unique_ptr<ReportStream> (*)(const RulesetInfo& ruleset,
                                                       const ReportOptions& options, std::ostream& out);

// One row of the format table.
struct FormatEntry
{
  std::string_view name;        // the --format value
  std::string_view description; // one line, English
  ReportOpener open;
  bool binary = false; // xlsx: refuses to write to a terminal
};

// Every output format (one file each under report/), in the order --help lists them.
const std::vector<FormatEntry>& format_table();

// The row for `name`, or null.
const FormatEntry* find_format(std::string_view name);

// The format names, for help texts and "did you mean".
std::vector<std::string> format_names();

// Writes a whole run at once through `format`'s stream: the same bytes as streaming it.
void write_report(const FormatEntry& format, const RunResult& run, const ReportOptions& options,
                  std::ostream& out);

} // namespace qb::report

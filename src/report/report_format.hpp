#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace qb::report {

// How a report is rendered, whatever its format.
struct ReportOptions
{
  Lang lang = Lang::zh;
  bool color = false; // ANSI colour (text format only; decided by --color and whether stdout is a terminal)
  std::string tool_version; // e.g. "0.1.0"
};

// Writes `run` to `out` in one format. Writers never compute the exit status or change the results.
using ReportWriter = void (*)(const RunResult& run, const ReportOptions& options, std::ostream& out);

// One row of the format table.
struct FormatEntry
{
  std::string_view name;        // the --format value
  std::string_view description; // one line, English
  ReportWriter write;
  bool binary = false; // xlsx: refuses to write to a terminal
};

// Every output format (one file each under report/), in the order --help lists them.
const std::vector<FormatEntry>& format_table();

// The row for `name`, or null.
const FormatEntry* find_format(std::string_view name);

// The format names, for help texts and "did you mean".
std::vector<std::string> format_names();

} // namespace qb::report

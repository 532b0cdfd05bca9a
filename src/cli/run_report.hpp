#pragma once

#include <fstream>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/common_options.hpp"
#include "cli/exit_status.hpp"
#include "report/report_format.hpp"

namespace qb::cli {

// The report of a `check` or `batch` run, written while it runs: opened before the first document, given
// each document in order, finished with the batch results and notices. Besides the report it keeps only the
// run's tallies, so memory does not grow with the number of documents.
class RunReport
{
public:
  // Opens --output (or stdout) and the format's stream. Says why on `err` and returns null when it cannot:
  // the output file cannot be created, or a binary format would go to a terminal.
  static std::unique_ptr<RunReport> open(const CommonOptions& options, const RunOptions& run_options,
                                         const RulesetInfo& ruleset, std::ostream& err);

  // Whether the report goes to a terminal (a progress bar would mix with it).
  bool to_terminal() const { return m_to_terminal; }

  void add(const DocumentResult& document);

  // Adds the batch results, the notices and the waiver notices, ends the report and returns the exit status
  // (exit_invalid when the report could not be written).
  int finish(const std::vector<RuleResult>& batch_results, std::vector<RunNotice> notices,
             const CheckSettings& settings);

  RunReport(const RunReport&) = delete;
  RunReport& operator=(const RunReport&) = delete;
  ~RunReport();

private:
  RunReport(const CommonOptions& options, const RunOptions& run_options, std::ostream& err);
  void failed(const std::exception& error);

  std::string m_output; // --output, or "" for stdout
  Lang m_lang;
  std::ostream& m_err;
  std::ofstream m_file;
  std::ostream* m_out = nullptr;
  bool m_to_terminal = false;
  std::unique_ptr<report::ReportStream> m_stream;
  report::RunSummary m_summary;
  ExitStatus m_status;
  std::optional<std::string> m_failure; // why the report could not be written
};

} // namespace qb::cli

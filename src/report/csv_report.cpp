// CSV for clerks: one row per document. A UTF-8 byte-order mark makes Excel and WPS read the Chinese right.
#include "report/formats.hpp"
#include "report/summary_table.hpp"
#include "util/escape.hpp"

namespace qb::report {
namespace {

void write_row(const std::vector<std::string>& cells, std::ostream& out)
{
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      out << ',';
    }
    out << util::csv_field(cells[i]);
  }
  out << "\r\n"; // RFC 4180 line ends, which Excel expects
}

} // namespace

void write_csv_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  const auto table = build_summary_table(run, options.lang);
  out << "\xEF\xBB\xBF";
  write_row(table.header, out);
  for (const auto& row : table.rows) {
    write_row(row, out);
  }
}

} // namespace qb::report

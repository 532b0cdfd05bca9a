// An Excel workbook for clerks: sheet 1 the one-row-per-document summary, sheet 2 every finding.
// libxlsxwriter 1.1.4 (Debian 12) writes only to a file, so the workbook goes to a private temporary file
// that is then copied to the output stream.
#include <cstdio>
#include <fstream>
#include <stdexcept>

#include <unistd.h>
#include <xlsxwriter.h>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/summary_table.hpp"

namespace qb::report {
namespace {

class TemporaryFile
{
public:
  TemporaryFile()
  {
    char pattern[] = "/tmp/qbcheck-XXXXXX.xlsx";
    const int fd = mkstemps(pattern, 5);
    if (fd < 0) {
      throw std::runtime_error("cannot create a temporary file for the xlsx report");
    }
    close(fd);
    m_path = pattern;
  }
  ~TemporaryFile() { std::remove(m_path.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return m_path; }

private:
  std::string m_path;
};

void write_summary_sheet(lxw_workbook* workbook, const RunResult& run, Lang lang)
{
  const auto table = build_summary_table(run, lang);
  auto* sheet = workbook_add_worksheet(workbook, label("report.sheet.summary", lang).c_str());
  auto* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xDDE4FF);
  auto* failed = workbook_add_format(workbook);
  format_set_font_color(failed, LXW_COLOR_RED);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), header);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const auto& cell = table.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      const bool numeric = c >= table.first_part_column && c < table.first_part_column + table.part_columns;
      if (numeric && !cell.empty() && cell.find_first_not_of("0123456789") == std::string::npos) {
        worksheet_write_number(sheet, row, col, std::stod(cell), nullptr);
      } else {
        worksheet_write_string(sheet, row, col, cell.c_str(),
                               c == 1 && table.statuses[r] != DocumentStatus::pass ? failed : nullptr);
      }
    }
  }
  worksheet_set_column(sheet, 0, 0, 40, nullptr);
  worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(table.header.size()), 14, nullptr);
  if (!table.rows.empty()) {
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.header.size() - 1));
  }
  worksheet_freeze_panes(sheet, 1, 1);
}

void write_findings_sheet(lxw_workbook* workbook, const RunResult& run, Lang lang)
{
  auto* sheet = workbook_add_worksheet(workbook, label("report.sheet.findings", lang).c_str());
  auto* header = workbook_add_format(workbook);
  format_set_bold(header);
  const std::vector<std::string> columns{
      label("report.column.file", lang),    label("report.column.rule", lang),
      label("report.column.level", lang),   label("report.column.outcome", lang),
      label("report.column.message", lang), label("report.column.where", lang),
      label("report.column.source", lang)};
  for (std::size_t c = 0; c < columns.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].c_str(), header);
  }
  lxw_row_t row = 1;
  for (const auto& document : run.documents) {
    for (const auto& result : document.results) {
      if (result.outcome == Outcome::pass) {
        continue;
      }
      const std::string where = result.locations.empty()
                                    ? std::string()
                                    : describe_location(result.locations.front(), document.parts, lang);
      const std::vector<std::string> cells{document.file,
                                           result.rule_id,
                                           level_label(result.level, lang),
                                           outcome_label(result.outcome, lang),
                                           result.message.in(lang),
                                           where,
                                           result.source};
      for (std::size_t c = 0; c < cells.size(); ++c) {
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
      }
      ++row;
    }
  }
  worksheet_set_column(sheet, 0, 0, 40, nullptr);
  worksheet_set_column(sheet, 1, 1, 28, nullptr);
  worksheet_set_column(sheet, 4, 4, 70, nullptr);
  worksheet_set_column(sheet, 5, 5, 40, nullptr);
  worksheet_freeze_panes(sheet, 1, 0);
}

} // namespace

void write_xlsx_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  TemporaryFile file;
  auto* workbook = workbook_new(file.path().c_str());
  if (!workbook) {
    throw std::runtime_error("cannot start the xlsx workbook");
  }
  write_summary_sheet(workbook, run, options.lang);
  write_findings_sheet(workbook, run, options.lang);
  if (workbook_close(workbook) != LXW_NO_ERROR) {
    throw std::runtime_error("cannot write the xlsx workbook");
  }
  std::ifstream in(file.path(), std::ios::binary);
  out << in.rdbuf();
}

} // namespace qb::report

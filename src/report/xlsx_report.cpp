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

void write_strings(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& cells,
                   lxw_format* format)
{
  for (std::size_t c = 0; c < cells.size(); ++c) {
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), cells[c].c_str(), format);
  }
}

// The workbook in libxlsxwriter's constant-memory mode: each row goes to the worksheet's temporary file
// once the next row starts, so rows must come in order (they do: one summary row and the findings of each
// document as it comes) and a batch of any size costs no memory.
class XlsxReport final : public ReportStream
{
public:
  XlsxReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_ruleset(ruleset)
    , m_lang(options.lang)
    , m_columns(summary_columns(ruleset, options.lang))
    , m_out(out)
  {
    lxw_workbook_options workbook_options{};
    workbook_options.constant_memory = LXW_TRUE;
    m_workbook = workbook_new_opt(m_file.path().c_str(), &workbook_options);
    if (!m_workbook) {
      throw std::runtime_error("cannot start the xlsx workbook");
    }
    auto* header = workbook_add_format(m_workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4FF);
    m_failed = workbook_add_format(m_workbook);
    format_set_font_color(m_failed, LXW_COLOR_RED);
    m_summary = workbook_add_worksheet(m_workbook, label("report.sheet.summary", m_lang).c_str());
    worksheet_set_column(m_summary, 0, 0, 40, nullptr);
    worksheet_set_column(m_summary, 1, static_cast<lxw_col_t>(m_columns.header.size()), 14, nullptr);
    worksheet_freeze_panes(m_summary, 1, 1);
    write_strings(m_summary, 0, m_columns.header, header);

    auto* bold = workbook_add_format(m_workbook);
    format_set_bold(bold);
    m_findings = workbook_add_worksheet(m_workbook, label("report.sheet.findings", m_lang).c_str());
    worksheet_set_column(m_findings, 0, 0, 40, nullptr);
    worksheet_set_column(m_findings, 1, 1, 28, nullptr);
    worksheet_set_column(m_findings, 4, 4, 70, nullptr);
    worksheet_set_column(m_findings, 5, 5, 40, nullptr);
    worksheet_freeze_panes(m_findings, 1, 0);
    write_strings(m_findings, 0,
                  {label("report.column.file", m_lang), label("report.column.rule", m_lang),
                   label("report.column.level", m_lang), label("report.column.outcome", m_lang),
                   label("report.column.message", m_lang), label("report.column.where", m_lang),
                   label("report.column.source", m_lang)},
                  bold);
  }

  ~XlsxReport() override
  {
    if (m_workbook) {
      workbook_close(m_workbook); // frees it; the file is removed with m_file
    }
  }

  XlsxReport(const XlsxReport&) = delete;
  XlsxReport& operator=(const XlsxReport&) = delete;

  void add_document(const DocumentResult& document) override
  {
    add_summary_row(document);
    add_findings(document);
  }

  void finish(const RunEnd& /*end*/) override
  {
    if (m_summary_rows > 0) {
      worksheet_autofilter(m_summary, 0, 0, static_cast<lxw_row_t>(m_summary_rows),
                           static_cast<lxw_col_t>(m_columns.header.size() - 1));
    }
    const auto status = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (status != LXW_NO_ERROR) {
      throw std::runtime_error("cannot write the xlsx workbook");
    }
    std::ifstream in(m_file.path(), std::ios::binary);
    m_out << in.rdbuf();
  }

private:
  void add_summary_row(const DocumentResult& document)
  {
    const auto row = static_cast<lxw_row_t>(++m_summary_rows);
    const auto cells = summary_row(document, m_ruleset, m_lang);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const auto& cell = cells[c];
      const auto col = static_cast<lxw_col_t>(c);
      if (m_columns.is_part_column(c) && !cell.empty() &&
          cell.find_first_not_of("0123456789") == std::string::npos) {
        worksheet_write_number(m_summary, row, col, std::stod(cell), nullptr);
      } else {
        worksheet_write_string(m_summary, row, col, cell.c_str(),
                               c == 1 && document.status != DocumentStatus::pass ? m_failed : nullptr);
      }
    }
  }

  void add_findings(const DocumentResult& document)
  {
    for (const auto& result : document.results) {
      if (result.outcome == Outcome::pass) {
        continue;
      }
      const std::string where = result.locations.empty()
                                    ? std::string()
                                    : describe_location(result.locations.front(), document.parts, m_lang);
      write_strings(m_findings, static_cast<lxw_row_t>(++m_findings_rows),
                    {document.file, result.rule_id, level_label(result.level, m_lang),
                     outcome_label(result.outcome, m_lang), result.message.in(m_lang), where, result.source},
                    nullptr);
    }
  }

  RulesetInfo m_ruleset;
  Lang m_lang;
  SummaryColumns m_columns;
  std::ostream& m_out;
  TemporaryFile m_file;
  lxw_workbook* m_workbook = nullptr;
  lxw_worksheet* m_summary = nullptr;
  lxw_worksheet* m_findings = nullptr;
  lxw_format* m_failed = nullptr;
  std::size_t m_summary_rows = 0;
  std::size_t m_findings_rows = 0;
};

} // namespace

std::unique_ptr<ReportStream> open_xlsx_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out)
{
  return std::make_unique<XlsxReport>(ruleset, options, out);
}

} // namespace qb::report

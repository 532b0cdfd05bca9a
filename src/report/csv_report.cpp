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

class CsvReport final : public ReportStream
{
public:
  CsvReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_ruleset(ruleset)
    , m_lang(options.lang)
    , m_out(out)
  {
    m_out << "\xEF\xBB\xBF";
    write_row(summary_columns(ruleset, m_lang).header, m_out);
  }

  void add_document(const DocumentResult& document) override
  {
    write_row(summary_row(document, m_ruleset, m_lang), m_out);
  }

  void finish(const RunEnd& /*end*/) override {}

private:
  RulesetInfo m_ruleset;
  Lang m_lang;
  std::ostream& m_out;
};

} // namespace

std::unique_ptr<ReportStream> open_csv_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                              std::ostream& out)
{
  return std::make_unique<CsvReport>(ruleset, options, out);
}

} // namespace qb::report

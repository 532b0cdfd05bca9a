// A single self-contained HTML page (no external assets): the clerk's summary table, sortable by clicking a
// column heading, then the findings of each document in a <details> block.
#include <fmt/format.h>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/spool.hpp"
#include "report/summary_table.hpp"
#include "rules/message_catalog.hpp"
#include "util/escape.hpp"

namespace qb::report {
namespace {

constexpr const char* k_style = R"(
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.5em}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}
th{background:#eef;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.pass td.status{color:#080}tr.fail td.status{color:#c00;font-weight:bold}
tr.error td.status{color:#a60;font-weight:bold}.over{color:#c00;font-weight:bold}details{margin:.5em 0}summary{cursor:pointer}
li.fail.error{color:#c00}li.fail.warning{color:#a60}li.not_checked,li.waived{color:#666}.meta{color:#666;font-size:.9em}
)";

// Sorts the summary table by the clicked column: numeric when both cells are numbers, else by locale text.
constexpr const char* k_script = R"(
document.querySelectorAll('table.sortable th').forEach(function(th, column){
  th.addEventListener('click', function(){
    var table = th.closest('table'), body = table.tBodies[0];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function(h){ h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function(a, b){
      var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'zh-CN');
      return ascending ? order : -order;
    });
    rows.forEach(function(row){ body.appendChild(row); });
  });
});
)";

void write_table_row(const DocumentResult& document, std::size_t index, const RulesetInfo& ruleset, Lang lang,
                     const SummaryColumns& columns, std::ostream& out)
{
  const auto row = summary_row(document, ruleset, lang);
  out << "<tr class=\"" << to_string(document.status) << "\">";
  for (std::size_t c = 0; c < row.size(); ++c) {
    const bool numeric = columns.is_part_column(c);
    std::string cls = c == 1 ? "status" : (numeric ? "num" : "");
    if (numeric) {
      const auto* part = find_part(document, ruleset.parts[c - columns.first_part_column].id);
      if (part && part->count && part->limit && *part->count > *part->limit) {
        cls += " over";
      }
    }
    out << "<td" << (cls.empty() ? "" : " class=\"" + cls + "\"") << ">";
    if (c == 0) {
      out << "<a href=\"#doc-" << index << "\">" << util::html_escape(row[c]) << "</a>";
    } else {
      out << util::html_escape(row[c]);
    }
    out << "</td>";
  }
  out << "</tr>\n";
}

void write_result_item(const RuleResult& result, const DocumentResult& document, Lang lang, std::ostream& out)
{
  out << "<li class=\"" << to_string(result.outcome) << ' ' << to_string(result.level) << "\"><b>"
      << util::html_escape(result.rule_id) << "</b> ["
      << util::html_escape(outcome_label(result.outcome, lang)) << " · "
      << util::html_escape(level_label(result.level, lang)) << "] "
      << util::html_escape(result_text(result, lang));
  for (const auto& location : result.locations) {
    out << "<br><span class=\"meta\">"
        << util::html_escape(rules::message("report.location",
                                            {{"where", describe_location(location, document.parts, lang)}})
                                 .in(lang))
        << "</span>";
  }
  if (!result.source.empty()) {
    out << "<br><span class=\"meta\">"
        << util::html_escape(rules::message("report.source", {{"source", result.source}}).in(lang))
        << "</span>";
  }
  out << "</li>\n";
}

void write_document_details(const DocumentResult& document, std::size_t index, Lang lang, std::ostream& out)
{
  out << "<details id=\"doc-" << index << "\"" << (document.status == DocumentStatus::pass ? "" : " open")
      << "><summary>" << util::html_escape(document.file) << " — "
      << util::html_escape(status_label(document.status, lang)) << "</summary>\n";
  if (document.error) {
    out << "<p>" << util::html_escape(document.error->message.in(lang)) << "</p></details>\n";
    return;
  }
  out << "<ul>\n";
  for (const auto& result : document.results) {
    write_result_item(result, document, lang, out);
  }
  out << "</ul></details>\n";
}

void write_run_end(const RunEnd& end, Lang lang, std::ostream& out)
{
  if (!end.batch_results.empty()) {
    out << "<h2>" << util::html_escape(label("report.batch.heading", lang)) << "</h2><ul>\n";
    const DocumentResult none;
    for (const auto& result : end.batch_results) {
      write_result_item(result, none, lang, out);
    }
    out << "</ul>\n";
  }
  if (!end.notices.empty()) {
    out << "<h2>" << util::html_escape(label("report.notices.heading", lang)) << "</h2><ul>\n";
    for (const auto& notice : end.notices) {
      out << "<li>" << util::html_escape(notice.message.in(lang)) << "</li>\n";
    }
    out << "</ul>\n";
  }
}

// The page opens with the verdict, which needs every document: the table rows and the details wait in spools.
class HtmlReport final : public ReportStream
{
public:
  HtmlReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_ruleset(ruleset)
    , m_options(options)
    , m_columns(summary_columns(ruleset, options.lang))
    , m_out(out)
  {
  }

  void add_document(const DocumentResult& document) override
  {
    write_table_row(document, m_index, m_ruleset, m_options.lang, m_columns, m_rows.out());
    write_document_details(document, m_index, m_options.lang, m_details.out());
    ++m_index;
  }

  void finish(const RunEnd& end) override
  {
    const auto lang = m_options.lang;
    const auto title = label("report.html.title", lang);
    m_out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::zh ? "zh-CN" : "en")
          << "\"><head><meta charset=\"utf-8\">"
          << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
          << util::html_escape(title) << "</title><style>" << k_style << "</style></head><body>\n";
    m_out << "<h1>" << util::html_escape(title) << "</h1>\n<p class=\"meta\">"
          << util::html_escape(ruleset_line(m_ruleset, lang)) << "<br>"
          << util::html_escape(
                 rules::message("report.html.generated", {{"version", m_options.tool_version}}).in(lang))
          << "</p>\n<p id=\"verdict\"><b>" << util::html_escape(verdict_line(end.summary, lang))
          << "</b></p>\n<p class=\"meta\">" << util::html_escape(label("report.html.sort_hint", lang))
          << "</p>\n";
    m_out << "<table class=\"sortable\" id=\"summary\"><thead><tr>";
    for (const auto& heading : m_columns.header) {
      m_out << "<th>" << util::html_escape(heading) << "</th>";
    }
    m_out << "</tr></thead><tbody>\n";
    m_rows.copy_to(m_out);
    m_out << "</tbody></table>\n";
    m_out << "<h2>" << util::html_escape(label("report.html.details", lang)) << "</h2>\n";
    m_details.copy_to(m_out);
    write_run_end(end, lang, m_out);
    m_out << "<script>" << k_script << "</script>\n</body></html>\n";
  }

private:
  RulesetInfo m_ruleset;
  ReportOptions m_options;
  SummaryColumns m_columns;
  std::ostream& m_out;
  Spool m_rows;
  Spool m_details;
  std::size_t m_index = 0;
};

} // namespace

std::unique_ptr<ReportStream> open_html_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out)
{
  return std::make_unique<HtmlReport>(ruleset, options, out);
}

} // namespace qb::report

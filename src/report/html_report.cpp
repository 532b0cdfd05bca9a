// A single self-contained HTML page (no external assets): the clerk's summary table, sortable by clicking a
// column heading, then the findings of each document in a <details> block.
#include <fmt/format.h>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/run_summary.hpp"
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

void write_summary_table(const RunResult& run, Lang lang, std::ostream& out)
{
  const auto table = build_summary_table(run, lang);
  out << "<table class=\"sortable\" id=\"summary\"><thead><tr>";
  for (const auto& heading : table.header) {
    out << "<th>" << util::html_escape(heading) << "</th>";
  }
  out << "</tr></thead><tbody>\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const auto& document = run.documents[r];
    out << "<tr class=\"" << to_string(table.statuses[r]) << "\">";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool numeric = c >= table.first_part_column && c < table.first_part_column + table.part_columns;
      std::string cls = c == 1 ? "status" : (numeric ? "num" : "");
      if (numeric) {
        const auto& part = document.parts.size() > c - table.first_part_column
                               ? document.parts[c - table.first_part_column]
                               : PartCount{};
        if (part.count && part.limit && *part.count > *part.limit) {
          cls += " over";
        }
      }
      out << "<td" << (cls.empty() ? "" : " class=\"" + cls + "\"") << ">";
      if (c == 0) {
        out << "<a href=\"#doc-" << r << "\">" << util::html_escape(row[c]) << "</a>";
      } else {
        out << util::html_escape(row[c]);
      }
      out << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
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

void write_details(const RunResult& run, Lang lang, std::ostream& out)
{
  out << "<h2>" << util::html_escape(label("report.html.details", lang)) << "</h2>\n";
  for (std::size_t i = 0; i < run.documents.size(); ++i) {
    const auto& document = run.documents[i];
    out << "<details id=\"doc-" << i << "\"" << (document.status == DocumentStatus::pass ? "" : " open")
        << "><summary>" << util::html_escape(document.file) << " — "
        << util::html_escape(status_label(document.status, lang)) << "</summary>\n";
    if (document.error) {
      out << "<p>" << util::html_escape(document.error->message.in(lang)) << "</p></details>\n";
      continue;
    }
    out << "<ul>\n";
    for (const auto& result : document.results) {
      write_result_item(result, document, lang, out);
    }
    out << "</ul></details>\n";
  }
  if (!run.batch_results.empty()) {
    out << "<h2>" << util::html_escape(label("report.batch.heading", lang)) << "</h2><ul>\n";
    const DocumentResult none;
    for (const auto& result : run.batch_results) {
      write_result_item(result, none, lang, out);
    }
    out << "</ul>\n";
  }
  if (!run.notices.empty()) {
    out << "<h2>" << util::html_escape(label("report.notices.heading", lang)) << "</h2><ul>\n";
    for (const auto& notice : run.notices) {
      out << "<li>" << util::html_escape(notice.message.in(lang)) << "</li>\n";
    }
    out << "</ul>\n";
  }
}

} // namespace

void write_html_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  const auto lang = options.lang;
  const auto title = label("report.html.title", lang);
  const auto summary = summarize(run);
  out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::zh ? "zh-CN" : "en")
      << "\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
      << util::html_escape(title) << "</title><style>" << k_style << "</style></head><body>\n";
  out << "<h1>" << util::html_escape(title) << "</h1>\n<p class=\"meta\">"
      << util::html_escape(ruleset_line(run.ruleset, lang)) << "<br>"
      << util::html_escape(
             rules::message("report.html.generated", {{"version", options.tool_version}}).in(lang))
      << "</p>\n<p id=\"verdict\"><b>"
      << util::html_escape(rules::message("report.verdict", {{"documents", std::to_string(summary.documents)},
                                                             {"passed", std::to_string(summary.passed)},
                                                             {"failed", std::to_string(summary.failed)},
                                                             {"errors", std::to_string(summary.errors)}})
                               .in(lang))
      << "</b></p>\n<p class=\"meta\">" << util::html_escape(label("report.html.sort_hint", lang))
      << "</p>\n";
  write_summary_table(run, lang, out);
  write_details(run, lang, out);
  out << "<script>" << k_script << "</script>\n</body></html>\n";
}

} // namespace qb::report

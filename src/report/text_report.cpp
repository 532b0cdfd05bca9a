// The default report: per document, failures first with what to do and by how much, then the passes in a
// compact list, then one verdict line. Colour only when ReportOptions::color is set (a terminal).
#include <algorithm>

#include <fmt/format.h>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/run_summary.hpp"
#include "rules/message_catalog.hpp"
#include "text/display_width.hpp"

namespace qb::report {
namespace {

struct Palette
{
  const char* red = "";
  const char* yellow = "";
  const char* green = "";
  const char* dim = "";
  const char* bold = "";
  const char* reset = "";
};

// "text（note）" in Chinese, "text (note)" in English.
std::string parenthesized(const std::string& text, const std::string& note, Lang lang)
{
  return lang == Lang::zh ? text + "（" + note + "）" : text + " (" + note + ")";
}

Palette palette(bool color)
{
  if (!color) {
    return {};
  }
  return {"\033[31m", "\033[33m", "\033[32m", "\033[2m", "\033[1m", "\033[0m"};
}

const char* outcome_mark(const RuleResult& result)
{
  switch (result.outcome) {
  case Outcome::fail:
    return result.level == Level::error ? "✗" : (result.level == Level::warning ? "!" : "i");
  case Outcome::not_checked: return "-";
  case Outcome::waived: return "~";
  case Outcome::pass: return result.level == Level::info ? "i" : "✓";
  }
  return "?";
}

const char* outcome_color(const RuleResult& result, const Palette& p)
{
  if (result.outcome == Outcome::fail) {
    return result.level == Level::error ? p.red : (result.level == Level::warning ? p.yellow : p.dim);
  }
  return p.dim;
}

void write_part_counts(const DocumentResult& document, const ReportOptions& options, const Palette& p,
                       std::ostream& out)
{
  if (document.parts.empty()) {
    return;
  }
  out << "  "
      << parenthesized(label("report.counts.heading", options.lang), document.counting_mode, options.lang)
      << '\n';
  std::size_t width = 0;
  for (const auto& part : document.parts) {
    width = std::max(width, text::display_width(part.name.in(options.lang)));
  }
  for (const auto& part : document.parts) {
    out << "    " << text::pad_to_width(part.name.in(options.lang), width + 2);
    if (!part.count) {
      out << p.red << label("report.counts.missing", options.lang) << p.reset << '\n';
      continue;
    }
    out << fmt::format("{:>5}", *part.count);
    if (part.limit) {
      out << fmt::format(" / {:<5}", *part.limit);
      if (*part.count > *part.limit) {
        out << ' ' << p.red
            << rules::message("report.counts.over", {{"excess", std::to_string(*part.count - *part.limit)}})
                   .in(options.lang)
            << p.reset;
      } else {
        out << ' ' << p.dim
            << rules::message("report.counts.within", {{"left", std::to_string(*part.limit - *part.count)}})
                   .in(options.lang)
            << p.reset;
      }
    }
    out << '\n';
  }
}

void write_finding(const RuleResult& result, const DocumentResult& document, const ReportOptions& options,
                   const Palette& p, std::ostream& out)
{
  const auto lang = options.lang;
  const auto badge = result.outcome == Outcome::fail || result.outcome == Outcome::pass
                         ? level_label(result.level, lang)
                         : outcome_label(result.outcome, lang);
  out << "  " << outcome_color(result, p) << outcome_mark(result) << " [" << badge << "] " << p.reset
      << p.bold << result.rule_id << p.reset << "  " << result.message.in(lang) << '\n';
  for (const auto& location : result.locations) {
    out << "      " << p.dim
        << rules::message("report.location", {{"where", describe_location(location, document.parts, lang)}})
               .in(lang)
        << p.reset << '\n';
  }
  if (result.outcome == Outcome::waived) {
    out << "      "
        << rules::message("report.waived_reason", {{"reason", result.waiver_reason.in(lang)}}).in(lang)
        << '\n';
  }
  if (!result.source.empty()) {
    out << "      " << p.dim << rules::message("report.source", {{"source", result.source}}).in(lang)
        << p.reset << '\n';
  }
}

void write_document(const DocumentResult& document, const ReportOptions& options, const Palette& p,
                    std::ostream& out)
{
  const auto lang = options.lang;
  const char* color = document.status == DocumentStatus::pass ? p.green : p.red;
  out << p.bold << document.file << p.reset << "  " << color << status_label(document.status, lang)
      << p.reset;
  if (document.error) {
    out << '\n' << "  " << document.error->message.in(lang) << "\n\n";
    return;
  }
  const auto counts = tally(document);
  const auto tally_text =
      rules::message("report.document.tally", {{"errors", std::to_string(counts.failed_errors)},
                                               {"warnings", std::to_string(counts.failed_warnings)},
                                               {"not_checked", std::to_string(counts.not_checked)}})
          .in(lang);
  out << parenthesized("", tally_text, lang) << '\n';
  out << "  "
      << (document.profile_file.empty()
              ? label("report.profile.none", lang)
              : rules::message("report.profile.used", {{"file", document.profile_file}}).in(lang))
      << '\n';
  write_part_counts(document, options, p, out);
  std::vector<std::string> passed;
  for (const auto& result : document.results) {
    if (is_shown_in_full(result)) {
      write_finding(result, document, options, p, out);
    } else {
      passed.push_back(result.rule_id);
    }
  }
  if (!passed.empty()) {
    out << "  " << p.green << "✓ " << p.reset << p.dim
        << rules::message("report.passed_list", {{"count", std::to_string(passed.size())},
                                                 {"ids", fmt::format("{}", fmt::join(passed, ", "))}})
               .in(lang)
        << p.reset << '\n';
  }
  out << '\n';
}

class TextReport final : public ReportStream
{
public:
  TextReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_options(options)
    , m_palette(palette(options.color))
    , m_out(out)
  {
    m_out << m_palette.dim << ruleset_line(ruleset, options.lang) << m_palette.reset << "\n\n";
  }

  void add_document(const DocumentResult& document) override
  {
    write_document(document, m_options, m_palette, m_out);
  }

  void finish(const RunEnd& end) override
  {
    const auto& p = m_palette;
    const auto lang = m_options.lang;
    if (!end.batch_results.empty()) {
      m_out << p.bold << label("report.batch.heading", lang) << p.reset << '\n';
      const DocumentResult none;
      for (const auto& result : end.batch_results) {
        write_finding(result, none, m_options, p, m_out);
      }
      m_out << '\n';
    }
    if (!end.notices.empty()) {
      m_out << p.bold << label("report.notices.heading", lang) << p.reset << '\n';
      for (const auto& notice : end.notices) {
        m_out << "  - " << notice.message.in(lang) << '\n';
      }
      m_out << '\n';
    }
    m_out << p.bold << verdict_line(end.summary, lang) << p.reset << '\n';
  }

private:
  ReportOptions m_options;
  Palette m_palette;
  std::ostream& m_out;
};

} // namespace

std::unique_ptr<ReportStream> open_text_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                               std::ostream& out)
{
  return std::make_unique<TextReport>(ruleset, options, out);
}

} // namespace qb::report

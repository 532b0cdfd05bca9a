// JUnit XML (the dialect GitLab, Jenkins and GitHub test reporters read): a testsuite per document and a
// testcase per rule. Error-level failures are <failure>; unreadable documents are <error>; not-checked and
// waived rules are <skipped>; warnings pass, with their message in <system-out>, so CI stays green on them.
#include <pugixml.hpp>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/run_summary.hpp"
#include "rules/message_catalog.hpp"

namespace qb::report {
namespace {

std::string details(const RuleResult& result, const DocumentResult& document, Lang lang)
{
  std::string text = result.message.in(lang);
  for (const auto& location : result.locations) {
    text += "\n" +
            rules::message("report.location", {{"where", describe_location(location, document.parts, lang)}})
                .in(lang);
  }
  if (!result.source.empty()) {
    text += "\n" + rules::message("report.source", {{"source", result.source}}).in(lang);
  }
  return text;
}

struct SuiteTotals
{
  int tests = 0, failures = 0, errors = 0, skipped = 0;
};

void add_testcase(pugi::xml_node suite, const RuleResult& result, const DocumentResult& document,
                  const std::string& classname, Lang lang, SuiteTotals& totals)
{
  auto testcase = suite.append_child("testcase");
  testcase.append_attribute("name") = result.rule_id.c_str();
  testcase.append_attribute("classname") = classname.c_str();
  ++totals.tests;
  switch (result.outcome) {
  case Outcome::pass:
    if (is_shown_in_full(result)) {
      testcase.append_child("system-out").text() = result_text(result, lang).c_str();
    }
    break;
  case Outcome::fail:
    if (result.level == Level::error) {
      auto failure = testcase.append_child("failure");
      failure.append_attribute("message") = result.message.in(lang).c_str();
      failure.append_attribute("type") = "error";
      failure.text() = details(result, document, lang).c_str();
      ++totals.failures;
    } else {
      testcase.append_child("system-out").text() =
          (level_label(result.level, lang) + ": " + details(result, document, lang)).c_str();
    }
    break;
  case Outcome::not_checked:
  case Outcome::waived: {
    auto skipped = testcase.append_child("skipped");
    const auto& why = result.outcome == Outcome::waived ? result.waiver_reason : result.message;
    skipped.append_attribute("message") = (outcome_label(result.outcome, lang) + ": " + why.in(lang)).c_str();
    ++totals.skipped;
    break;
  }
  }
}

void set_totals(pugi::xml_node suite, const SuiteTotals& totals)
{
  suite.append_attribute("tests") = totals.tests;
  suite.append_attribute("failures") = totals.failures;
  suite.append_attribute("errors") = totals.errors;
  suite.append_attribute("skipped") = totals.skipped;
}

} // namespace

void write_junit_report(const RunResult& run, const ReportOptions& options, std::ostream& out)
{
  pugi::xml_document xml;
  auto declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  auto suites = xml.append_child("testsuites");
  suites.append_attribute("name") = ("qbcheck " + run.ruleset.id).c_str();
  SuiteTotals all;
  const auto add_suite = [&](const std::string& name, auto&& fill) {
    auto suite = suites.append_child("testsuite");
    suite.append_attribute("name") = name.c_str();
    SuiteTotals totals;
    fill(suite, totals);
    set_totals(suite, totals);
    all.tests += totals.tests;
    all.failures += totals.failures;
    all.errors += totals.errors;
    all.skipped += totals.skipped;
  };
  for (const auto& document : run.documents) {
    add_suite(document.file, [&](pugi::xml_node suite, SuiteTotals& totals) {
      const auto classname = "qbcheck." + document.file;
      if (document.error) {
        auto testcase = suite.append_child("testcase");
        testcase.append_attribute("name") = "document.readable";
        testcase.append_attribute("classname") = classname.c_str();
        auto error = testcase.append_child("error");
        error.append_attribute("message") = document.error->message.in(options.lang).c_str();
        error.append_attribute("type") = document.error->code.c_str();
        ++totals.tests;
        ++totals.errors;
        return;
      }
      for (const auto& result : document.results) {
        add_testcase(suite, result, document, classname, options.lang, totals);
      }
    });
  }
  if (!run.batch_results.empty()) {
    const DocumentResult none;
    add_suite("batch", [&](pugi::xml_node suite, SuiteTotals& totals) {
      for (const auto& result : run.batch_results) {
        add_testcase(suite, result, none, "qbcheck.batch", options.lang, totals);
      }
    });
  }
  set_totals(suites, all);
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

} // namespace qb::report

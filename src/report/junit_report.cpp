// JUnit XML (the dialect GitLab, Jenkins and GitHub test reporters read): a testsuite per document and a
// testcase per rule. Error-level failures are <failure>; unreadable documents are <error>; not-checked and
// waived rules are <skipped>; warnings pass, with their message in <system-out>, so CI stays green on them.
#include <sstream>

#include <pugixml.hpp>

#include "report/formats.hpp"
#include "report/labels.hpp"
#include "report/spool.hpp"
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

void add_totals(SuiteTotals& all, const SuiteTotals& more)
{
  all.tests += more.tests;
  all.failures += more.failures;
  all.errors += more.errors;
  all.skipped += more.skipped;
}

// The root's totals are known only at the end, so each <testsuite> is written to a spool as its document
// comes, indented as the root's child, and placed under the root when the run finishes.
class JunitReport final : public ReportStream
{
public:
  JunitReport(const RulesetInfo& ruleset, const ReportOptions& options, std::ostream& out)
    : m_name("qbcheck " + ruleset.id)
    , m_lang(options.lang)
    , m_out(out)
  {
  }

  void add_document(const DocumentResult& document) override
  {
    write_suite(document.file, [&](pugi::xml_node suite, SuiteTotals& totals) {
      const auto classname = "qbcheck." + document.file;
      if (document.error) {
        auto testcase = suite.append_child("testcase");
        testcase.append_attribute("name") = "document.readable";
        testcase.append_attribute("classname") = classname.c_str();
        auto error = testcase.append_child("error");
        error.append_attribute("message") = document.error->message.in(m_lang).c_str();
        error.append_attribute("type") = document.error->code.c_str();
        ++totals.tests;
        ++totals.errors;
        return;
      }
      for (const auto& result : document.results) {
        add_testcase(suite, result, document, classname, m_lang, totals);
      }
    });
  }

  void finish(const RunEnd& end) override
  {
    if (!end.batch_results.empty()) {
      const DocumentResult none;
      write_suite("batch", [&](pugi::xml_node suite, SuiteTotals& totals) {
        for (const auto& result : end.batch_results) {
          add_testcase(suite, result, none, "qbcheck.batch", m_lang, totals);
        }
      });
    }
    pugi::xml_document xml;
    auto declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    auto suites = xml.append_child("testsuites");
    suites.append_attribute("name") = m_name.c_str();
    set_totals(suites, m_all);
    std::ostringstream head;
    xml.save(head, "  ", pugi::format_default, pugi::encoding_utf8);
    if (m_suites.empty()) {
      m_out << head.str(); // <testsuites ... />
      return;
    }
    // pugixml writes the childless root as "<testsuites ... />\n": open it instead, as it would with
    // children.
    auto text = head.str();
    const std::string_view empty_end = " />\n";
    text.replace(text.size() - empty_end.size(), empty_end.size(), ">\n");
    m_out << text;
    m_suites.copy_to(m_out);
    m_out << "</testsuites>\n";
  }

private:
  template <typename Fill> void write_suite(const std::string& name, Fill&& fill)
  {
    pugi::xml_document xml;
    auto suite = xml.append_child("testsuite");
    suite.append_attribute("name") = name.c_str();
    SuiteTotals totals;
    fill(suite, totals);
    set_totals(suite, totals);
    add_totals(m_all, totals);
    suite.print(m_suites.out(), "  ", pugi::format_default, pugi::encoding_utf8, 1);
  }

  std::string m_name;
  Lang m_lang;
  std::ostream& m_out;
  SuiteTotals m_all;
  Spool m_suites;
};

} // namespace

std::unique_ptr<ReportStream> open_junit_report(const RulesetInfo& ruleset, const ReportOptions& options,
                                                std::ostream& out)
{
  return std::make_unique<JunitReport>(ruleset, options, out);
}

} // namespace qb::report

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("junit report counts tests, failures, errors and skips per suite", "[report]")
{
  const auto text = render("junit", sample_run());
  pugi::xml_document xml;
  REQUIRE(xml.load_string(text.c_str()));
  const auto suites = xml.child("testsuites");
  CHECK(suites.attribute("tests").as_int() == 8);
  CHECK(suites.attribute("failures").as_int() == 2); // the error-level failure and the batch rule
  CHECK(suites.attribute("errors").as_int() == 1);   // the unreadable document
  CHECK(suites.attribute("skipped").as_int() == 2);  // not checked and waived

  const auto failing = suites.find_child_by_attribute("testsuite", "name", "申报/a,\"b\"<x>.docx");
  REQUIRE(failing);
  CHECK(failing.attribute("tests").as_int() == 5);
  CHECK(failing.attribute("failures").as_int() == 1);
  const auto length = failing.find_child_by_attribute("testcase", "name", "summary.length");
  CHECK(std::string(length.child("failure").attribute("message").value()).find("<b>&") != std::string::npos);
  // A warning passes (CI stays green) but keeps its message.
  const auto style = failing.find_child_by_attribute("testcase", "name", "style.body");
  CHECK_FALSE(style.child("failure"));
  CHECK(std::string(style.child("system-out").text().get()).find("正文字体") != std::string::npos);

  const auto broken = suites.find_child_by_attribute("testsuite", "name", "c.doc");
  CHECK(std::string(broken.child("testcase").child("error").attribute("type").value()) == "input.legacy_doc");
  CHECK(suites.find_child_by_attribute("testsuite", "name", "batch"));
}

TEST_CASE("every junit testsuite's counts match its testcases", "[report]")
{
  const auto text = render("junit", sample_run(), Lang::en);
  pugi::xml_document xml;
  REQUIRE(xml.load_string(text.c_str()));
  for (const auto suite : xml.child("testsuites").children("testsuite")) {
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    for (const auto testcase : suite.children("testcase")) {
      ++tests;
      failures += testcase.child("failure") ? 1 : 0;
      errors += testcase.child("error") ? 1 : 0;
      skipped += testcase.child("skipped") ? 1 : 0;
    }
    INFO(suite.attribute("name").value());
    CHECK(suite.attribute("tests").as_int() == tests);
    CHECK(suite.attribute("failures").as_int() == failures);
    CHECK(suite.attribute("errors").as_int() == errors);
    CHECK(suite.attribute("skipped").as_int() == skipped);
  }
}

#include <sstream>

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

// Formats whose layout allows it write each document as it comes, before the run ends.
TEST_CASE("text, csv and github reports write a document as soon as it is added", "[report]")
{
  const auto run = sample_run();
  for (const char* format : {"text", "csv", "github"}) {
    std::ostringstream out;
    auto stream =
        report::find_format(format)->open(run.ruleset, report::ReportOptions{Lang::en, false, "1"}, out);
    stream->add_document(run.documents[0]);
    INFO(format);
    CHECK(out.str().find("summary.length") != std::string::npos);
  }
}

// The clerk's table has the same columns in every batch, even one where no document could be read.
TEST_CASE("the summary table's part columns come from the rule set", "[report]")
{
  auto run = sample_run();
  run.documents.erase(run.documents.begin(), run.documents.begin() + 2); // only the unreadable one is left
  const auto csv = render("csv", run, Lang::en);
  CHECK(csv.find("File,Status,Recommender,Abstract (≤500),Overview (≤1000),Failed rules,Error") !=
        std::string::npos);
  CHECK(csv.find("c.doc,ERROR,,,,,c.doc: a Word 97-2003 file") != std::string::npos);
  const auto html = render("html", run, Lang::en);
  CHECK(html.find("<th>Abstract (≤500)</th>") != std::string::npos);
}

TEST_CASE("every format writes a run of many documents, in order", "[report]")
{
  auto run = sample_run();
  const auto document = run.documents[0];
  run.documents.clear();
  for (int i = 0; i < 300; ++i) {
    auto copy = document;
    copy.file = "doc-" + std::to_string(1000 + i) + ".docx";
    run.documents.push_back(copy);
  }
  for (const auto& format : report::format_table()) {
    const auto text = render(std::string(format.name).c_str(), run);
    INFO(format.name);
    if (format.binary) {
      CHECK(text.substr(0, 2) == "PK");
      continue;
    }
    const auto first = text.find("doc-1000.docx");
    const auto middle = text.find("doc-1150.docx");
    const auto last = text.find("doc-1299.docx");
    REQUIRE(first != std::string::npos);
    CHECK(first < middle);
    CHECK(middle < last);
  }
}

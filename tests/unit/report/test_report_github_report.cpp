#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("github annotations escape properties and messages", "[report]")
{
  const auto text = render("github", sample_run());
  // file=... is a property: ',' and ':' are escaped; the message escapes '%' and line ends.
  CHECK(text.find("::error file=申报/a%2C\"b\"<x>.docx,title=summary.length::") != std::string::npos);
  CHECK(text.find("超出 12 字 <b>&\"50%25\"%0Anext") != std::string::npos);
  CHECK(text.find("::warning file=申报/a%2C\"b\"<x>.docx,title=style.body::") != std::string::npos);
}

TEST_CASE("github annotations cover errors, batch rules and notices, never passes", "[report]")
{
  const auto text = render("github", sample_run(), Lang::en);
  CHECK(text.find("::error file=c.doc,title=input.legacy_doc::c.doc%3A a Word") == std::string::npos);
  CHECK(text.find("::error file=c.doc,title=input.legacy_doc::c.doc: a Word 97-2003 file") !=
        std::string::npos);
  CHECK(text.find("title=batch.one_per_recommender") != std::string::npos);
  CHECK(text.find("::notice title=batch.lock_file_skipped::") != std::string::npos);
  CHECK(text.find("title.length") == std::string::npos);
  CHECK(text.find("page.size") == std::string::npos); // waived: not annotated
  // Every line is a workflow command, except the verdict at the end.
  std::istringstream lines(text);
  std::string line, last;
  int commands = 0;
  while (std::getline(lines, line)) {
    commands += line.starts_with("::") ? 1 : 0;
    last = line;
  }
  CHECK(commands == 5);
  CHECK(last.starts_with("Verdict: 3 documents"));
}

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("csv report starts with a byte-order mark and quotes what needs it", "[report]")
{
  const auto text = render("csv", sample_run());
  REQUIRE(text.size() > 3);
  CHECK(text.substr(0, 3) == "\xEF\xBB\xBF");
  CHECK(text.find("\"申报/a,\"\"b\"\"<x>.docx\"") != std::string::npos);
  CHECK(text.find("\r\n") != std::string::npos);
}

TEST_CASE("csv report has one row per document with counts and failed rules", "[report]")
{
  const auto text = render("csv", sample_run(), Lang::en);
  std::vector<std::string> rows;
  std::size_t start = 3;
  for (auto end = text.find("\r\n", start); end != std::string::npos; end = text.find("\r\n", start)) {
    rows.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == "File,Status,Recommender,Abstract (≤500),Overview (≤1000),Failed rules,Error");
  CHECK(rows[1].ends_with(",FAIL,,512,449,summary.length style.body,"));
  CHECK(rows[2] == "b.docx,PASS,,374,missing,,");
  CHECK(rows[3] == "c.doc,ERROR,,,,,c.doc: a Word 97-2003 file");
}

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("xlsx report is a zip package", "[report]")
{
  const auto bytes = render("xlsx", sample_run());
  REQUIRE(bytes.size() > 1000);
  CHECK(bytes.substr(0, 2) == "PK");
  CHECK(bytes.find("xl/worksheets/sheet1.xml") != std::string::npos);
  CHECK(bytes.find("xl/worksheets/sheet2.xml") != std::string::npos);
  CHECK(report::find_format("xlsx")->binary);
}

TEST_CASE("xlsx report of an empty run is still a workbook", "[report]")
{
  const auto bytes = render("xlsx", RunResult{});
  CHECK(bytes.substr(0, 2) == "PK");
}

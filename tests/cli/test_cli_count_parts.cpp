#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/cli_runner.hpp"

using namespace qb::test;

TEST_CASE("count shows each part against its limit and how much to cut", "[cli][count]")
{
  const auto run = run_qbcheck("count samples/summary-too-long.docx");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("512 / 500") != std::string::npos);
  CHECK(run.out.find("超出 12 字") != std::string::npos);
  CHECK(run.out.find("449 / 500") != std::string::npos);
}

TEST_CASE("count --json gives every part's figures and null for a missing part", "[cli][count]")
{
  const auto run = run_qbcheck("count samples/missing-part.docx --json");
  REQUIRE(run.exit_code == 0);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["parts"]["overview"].is_null());
  CHECK(json["parts"]["summary"]["words"] == 374);
  CHECK(json["parts"]["method"]["words"] == 3275);
  CHECK(json["parts"]["title"]["words"] == 27);
}

TEST_CASE("count with an invalid rule file reports its diagnostics and exits 2", "[cli][count]")
{
  ScratchDir dir("count-rules");
  {
    std::ofstream(dir.path / "bad.yaml") << "ruleset: {id: x}\nrulez: []\n";
  }
  const auto run =
      run_qbcheck("count samples/compliant.docx --rules " + shell_quote((dir.path / "bad.yaml").string()));
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("bad.yaml:") != std::string::npos);
}

// End-to-end: command-line errors, rule and config files, waivers and --fail-on, through the real binary.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/command_table.hpp"
#include "cli_runner.hpp"

using namespace qb::test;

namespace {

const std::filesystem::path k_samples = std::filesystem::path(QBCHECK_SOURCE_DIR) / "samples";

void write_text(const std::filesystem::path& path, const std::string& text)
{
  std::ofstream(path, std::ios::binary) << text;
}

nlohmann::json result_of(const nlohmann::json& report, const std::string& rule)
{
  for (const auto& result : report["documents"][0]["results"]) {
    if (result["rule"] == rule) {
      return result;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("an unknown format is refused with a did-you-mean and exit 2", "[cli]")
{
  const auto zh = run_qbcheck("check samples/compliant.docx --format jsn");
  CHECK(zh.exit_code == qb::cli::exit_invalid);
  CHECK(zh.out.empty());
  CHECK(zh.err.find("--format：未知的格式“jsn”，您是否要找“json”？") != std::string::npos);
  const auto en = run_qbcheck("check samples/compliant.docx --format jsn --lang en");
  CHECK(en.err.find("did you mean 'json'?") != std::string::npos);
}

TEST_CASE("a wrong command line exits 2", "[cli]")
{
  CHECK(run_qbcheck("check samples/compliant.docx --lang fr").exit_code == qb::cli::exit_invalid);
  CHECK(run_qbcheck("check samples/compliant.docx --no-such-option").exit_code == qb::cli::exit_invalid);
  CHECK(run_qbcheck("check").exit_code == qb::cli::exit_invalid);
  CHECK(run_qbcheck("batch samples --jobs 0").exit_code == qb::cli::exit_invalid);
}

TEST_CASE("an unreadable input exits 2 with the catalogue message", "[cli]")
{
  const auto result = run_qbcheck("check no-such-file.docx --lang en");
  CHECK(result.exit_code == qb::cli::exit_invalid);
  CHECK(result.out.find("no-such-file.docx: no such file.") != std::string::npos);
}

TEST_CASE("an invalid rule file prints every diagnostic with its line and exits 2", "[cli]")
{
  ScratchDir scratch("rules");
  const auto rules = scratch.path / "bad-rules.yaml";
  write_text(rules, "id: x\nrules: [unclosed\n");
  const auto result = run_qbcheck("check samples/compliant.docx --rules " + shell_quote(rules.string()));
  CHECK(result.exit_code == qb::cli::exit_invalid);
  CHECK(result.out.empty());
  CHECK(result.err.find(rules.string() + ":") != std::string::npos);
}

TEST_CASE("the nearest .qbcheck.yaml sets levels and waivers, and unused waivers are reported", "[cli]")
{
  ScratchDir scratch("config");
  std::filesystem::create_directories(scratch.path / "docs");
  std::filesystem::copy_file(k_samples / "letter-landscape.docx", scratch.path / "docs" / "a.docx");
  write_text(scratch.path / ".qbcheck.yaml", "levels:\n"
                                             "  page.orientation: warning\n"
                                             "waivers:\n"
                                             "  - rule: page.size\n"
                                             "    files: 'docs/*.docx'\n"
                                             "    reason: 局方同意使用 Letter 纸\n"
                                             "    by: 李四\n"
                                             "  - rule: summary.length\n"
                                             "    files: '*'\n"
                                             "    reason: 不再需要\n"
                                             "  - rule: style.body\n"
                                             "    files: '*'\n"
                                             "    reason: 已过期\n"
                                             "    until: 2020-01-01\n");
  const auto result = run_qbcheck("check docs/a.docx --format json", scratch.path);
  INFO(result.err);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(result_of(json, "page.size")["outcome"] == "waived");
  CHECK(result_of(json, "page.size")["waiver_reason"] == "局方同意使用 Letter 纸（李四 批准）");
  CHECK(result_of(json, "page.orientation")["level"] == "warning");
  CHECK(json["documents"][0]["status"] == "pass");
  CHECK(result.exit_code == qb::cli::exit_ok);
  REQUIRE(json["notices"].size() == 2);
  CHECK(json["notices"][0]["code"] == "waiver.unused");
  CHECK(json["notices"][1]["code"] == "waiver.expired");

  // --fail-on warning makes the remaining warning fail the run.
  CHECK(run_qbcheck("check docs/a.docx --fail-on warning", scratch.path).exit_code == qb::cli::exit_failed);
}

TEST_CASE("a config naming an unknown rule is refused with did-you-mean", "[cli]")
{
  ScratchDir scratch("typo");
  std::filesystem::copy_file(k_samples / "compliant.docx", scratch.path / "a.docx");
  write_text(scratch.path / ".qbcheck.yaml", "levels:\n  page.sise: off\n");
  const auto result = run_qbcheck("check a.docx --lang en", scratch.path);
  CHECK(result.exit_code == qb::cli::exit_invalid);
  CHECK(
      result.err.find(".qbcheck.yaml:2:3: the rule set has no rule 'page.sise'; did you mean 'page.size'?") !=
      std::string::npos);
}

TEST_CASE("an invalid profile is the document's error, exit 2", "[cli]")
{
  ScratchDir scratch("profile");
  std::filesystem::copy_file(k_samples / "compliant.docx", scratch.path / "a.docx");
  write_text(scratch.path / "profile.yaml", "name: [unclosed\n");
  const auto result = run_qbcheck("check a.docx --format json", scratch.path);
  CHECK(result.exit_code == qb::cli::exit_invalid);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["documents"][0]["error"]["code"] == "profile.invalid");
}

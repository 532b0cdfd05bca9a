// End-to-end: `qbcheck template` and `qbcheck init` through the real binary; the results checked with
// `qbcheck check` as a writer would run it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "cli/command_table.hpp"
#include "cli_runner.hpp"
#include "unit/template/template_rulesets.hpp"

using namespace qb::test;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> k_init_files{"申报材料.docx",  "profile.yaml",
                                            ".qbcheck.yaml",  ".github/workflows/qbcheck.yml",
                                            ".gitlab-ci.yml", "README.md"};

void write_text(const fs::path& path, const std::string& text)
{
  std::ofstream(path, std::ios::binary) << text;
}

// The outcome of `rule` in a one-document JSON report, or "" when the rule is not in it.
std::string outcome_of(const std::string& json, const std::string& rule)
{
  const auto report = nlohmann::json::parse(json);
  for (const auto& result : report["documents"][0]["results"]) {
    if (result["rule"] == rule) {
      return result["outcome"];
    }
  }
  return "";
}

std::map<std::string, std::string> snapshot(const fs::path& dir)
{
  std::map<std::string, std::string> files;
  for (const auto& name : k_init_files) {
    files[name] = read_all(dir / name);
  }
  return files;
}

} // namespace

TEST_CASE("qbcheck template writes a document that passes check, warnings included", "[cli][template]")
{
  ScratchDir dir("template");
  const auto made = run_qbcheck("template out.docx", dir.path);
  REQUIRE(made.exit_code == qb::cli::exit_ok);
  CHECK(made.out.find("已写出 out.docx") != std::string::npos);
  CHECK(made.err.empty());
  const auto checked = run_qbcheck("check out.docx --fail-on warning --format json", dir.path);
  CHECK(checked.exit_code == qb::cli::exit_ok);
  CHECK(outcome_of(checked.out, "style.body") == "pass");
  CHECK(outcome_of(checked.out, "caption.figure_position") == "pass");
  CHECK(outcome_of(checked.out, "eligibility.legal_person") == "not_checked"); // no profile: never passed
  CHECK(run_qbcheck("template out-en.docx --lang en", dir.path).exit_code == qb::cli::exit_ok);
  CHECK(run_qbcheck("check out-en.docx --fail-on warning", dir.path).exit_code == qb::cli::exit_ok);
}

TEST_CASE("qbcheck template follows --rules: other fonts pass that set and fail the built-in one",
          "[cli][template]")
{
  ScratchDir dir("template-other");
  write_text(dir.path / "other.yaml", other_fonts_ruleset_text());
  REQUIRE(run_qbcheck("template other.docx --rules other.yaml", dir.path).exit_code == qb::cli::exit_ok);
  CHECK(run_qbcheck("check other.docx --rules other.yaml --fail-on warning", dir.path).exit_code ==
        qb::cli::exit_ok);
  const auto builtin = run_qbcheck("check other.docx --format json", dir.path);
  CHECK(builtin.exit_code == qb::cli::exit_failed);
  CHECK(outcome_of(builtin.out, "style.body") == "fail");
}

TEST_CASE("qbcheck template never overwrites without --force; bad rules exit 2", "[cli][template]")
{
  ScratchDir dir("template-force");
  write_text(dir.path / "mine.docx", "my work");
  const auto refused = run_qbcheck("template mine.docx", dir.path);
  CHECK(refused.exit_code == qb::cli::exit_invalid);
  CHECK(refused.err.find("mine.docx") != std::string::npos);
  CHECK(read_all(dir.path / "mine.docx") == "my work");
  CHECK(run_qbcheck("template mine.docx --force", dir.path).exit_code == qb::cli::exit_ok);
  CHECK(read_all(dir.path / "mine.docx").substr(0, 2) == "PK");

  write_text(dir.path / "bad.yaml", "ruleset: [");
  const auto bad = run_qbcheck("template x.docx --rules bad.yaml", dir.path);
  CHECK(bad.exit_code == qb::cli::exit_invalid);
  CHECK(bad.err.find("bad.yaml:") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path / "x.docx"));
}

TEST_CASE("qbcheck init writes a complete repository whose document passes check", "[cli][template][init]")
{
  ScratchDir dir("init");
  const auto made = run_qbcheck("init repo", dir.path);
  REQUIRE(made.exit_code == qb::cli::exit_ok);
  for (const auto& name : k_init_files) {
    CHECK(fs::is_regular_file(dir.path / "repo" / name));
    CHECK(made.out.find(name) != std::string::npos);
  }
  // profile.yaml lies beside the document: its blank fields leave the eligibility rules not checked.
  const auto checked = run_qbcheck("check 申报材料.docx --format json", dir.path / "repo");
  CHECK(checked.exit_code == qb::cli::exit_ok);
  CHECK(outcome_of(checked.out, "eligibility.profitable_3y") == "not_checked");
  CHECK(run_qbcheck("batch . --fail-on warning", dir.path / "repo").exit_code == qb::cli::exit_ok);

  const YAML::Node github = YAML::LoadFile((dir.path / "repo/.github/workflows/qbcheck.yml").string());
  CHECK(github["jobs"]["check"]["steps"].IsSequence());
  const YAML::Node gitlab = YAML::LoadFile((dir.path / "repo/.gitlab-ci.yml").string());
  CHECK(gitlab["qbcheck"]["artifacts"]["reports"]["junit"].as<std::string>() == "qbcheck-junit.xml");
}

TEST_CASE("qbcheck init refuses to overwrite without --force and is idempotent with it",
          "[cli][template][init]")
{
  ScratchDir dir("init-force");
  REQUIRE(run_qbcheck("init repo", dir.path).exit_code == qb::cli::exit_ok);
  const auto first = snapshot(dir.path / "repo");
  fs::remove(dir.path / "repo" / "README.md");
  write_text(dir.path / "repo" / "profile.yaml", "name: 我的公司\n");
  const auto refused = run_qbcheck("init repo", dir.path);
  CHECK(refused.exit_code == qb::cli::exit_invalid);
  CHECK(refused.err.find("profile.yaml") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path / "repo" / "README.md")); // nothing written
  CHECK(read_all(dir.path / "repo" / "profile.yaml") == "name: 我的公司\n");

  REQUIRE(run_qbcheck("init repo --force", dir.path).exit_code == qb::cli::exit_ok);
  CHECK(snapshot(dir.path / "repo") == first);
  REQUIRE(run_qbcheck("init repo --force", dir.path).exit_code == qb::cli::exit_ok);
  CHECK(snapshot(dir.path / "repo") == first);
}

TEST_CASE("qbcheck init --rules puts the rule file in the repository and check uses it",
          "[cli][template][init]")
{
  ScratchDir dir("init-rules");
  write_text(dir.path / "other.yaml", other_fonts_ruleset_text());
  REQUIRE(run_qbcheck("init repo --rules other.yaml", dir.path).exit_code == qb::cli::exit_ok);
  CHECK(read_all(dir.path / "repo/rules/other.yaml") == other_fonts_ruleset_text());
  CHECK(read_all(dir.path / "repo/.qbcheck.yaml").find("\nrules: rules/other.yaml\n") != std::string::npos);
  // The nearest .qbcheck.yaml names the copied set: the 楷体 template passes it.
  CHECK(run_qbcheck("check 申报材料.docx --fail-on warning", dir.path / "repo").exit_code ==
        qb::cli::exit_ok);
}

TEST_CASE("--help lists template and init", "[cli][template]")
{
  const auto help = run_qbcheck("--help");
  CHECK(help.out.find("template") != std::string::npos);
  CHECK(help.out.find("init") != std::string::npos);
}

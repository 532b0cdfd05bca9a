// Hostile YAML and rule files (docs/hostile-inputs.md): alias bombs in every kind of YAML file qbcheck
// reads, and a regular expression that backtracks catastrophically.
#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "eval/evaluator.hpp"
#include "profile/profile.hpp"
#include "rules/project_config.hpp"
#include "rules/ruleset.hpp"
#include "unit/hostile/hostile_support.hpp"

using namespace qb;
using namespace qb::test;

namespace {

// Twenty anchors, each a list of two aliases of the one before: walking the last expands to 2^20 leaves.
std::string doubling_aliases(std::string_view key)
{
  std::string yaml = "l0: &l0 [lol, lol]\n";
  for (int i = 1; i < 20; ++i) {
    const std::string name = "l" + std::to_string(i);
    const std::string previous = "*l" + std::to_string(i - 1);
    yaml += name + ": &" + name + " [" + previous + ", " + previous + "]\n";
  }
  return yaml + std::string(key) + ": *l19\n";
}

std::vector<std::string> english(const LoadError& error)
{
  std::vector<std::string> lines;
  for (const auto& diagnostic : error.diagnostics()) {
    lines.push_back(format_diagnostic(diagnostic, Lang::en));
  }
  return lines;
}

const std::string k_refusal = ":1:1: the file expands to more than 100000 nodes";

} // namespace

TEST_CASE("a doubling alias chain is refused in a rule file, a profile and a project config", "[hostile]")
{
  SECTION("rule file")
  {
    try {
      rules::load_ruleset_text(doubling_aliases("rules"), "bomb.yaml");
      FAIL("the rule file loaded");
    } catch (const LoadError& error) {
      const auto lines = english(error);
      REQUIRE(lines.size() == 1);
      CHECK(lines[0].starts_with("bomb.yaml" + k_refusal));
    }
  }
  SECTION("profile")
  {
    try {
      profile::load_profile_text(doubling_aliases("name"), "bomb.profile.yaml");
      FAIL("the profile loaded");
    } catch (const LoadError& error) {
      const auto lines = english(error);
      REQUIRE(lines.size() == 1);
      CHECK(lines[0].starts_with("bomb.profile.yaml" + k_refusal));
      CHECK(format_diagnostic(error.diagnostics()[0], Lang::zh).find("别名炸弹") != std::string::npos);
    }
  }
  SECTION("project config")
  {
    try {
      rules::load_project_config_text(doubling_aliases("waivers"), ".qbcheck.yaml");
      FAIL("the config loaded");
    } catch (const LoadError& error) {
      const auto lines = english(error);
      REQUIRE(lines.size() == 1);
      CHECK(lines[0].starts_with(".qbcheck.yaml" + k_refusal));
    }
  }
}

TEST_CASE("aliases that stay small are still allowed", "[hostile]")
{
  // Ten doublings: 1,024 leaves, well inside the budget; the profile reads the alias like any list.
  std::string yaml = "x0: &x0 [a, a]\n";
  for (int i = 1; i < 10; ++i) {
    yaml += "x" + std::to_string(i) + ": &x" + std::to_string(i) + " [*x" + std::to_string(i - 1) + ", *x" +
            std::to_string(i - 1) + "]\n";
  }
  try {
    profile::load_profile_text(yaml, "small.profile.yaml");
  } catch (const LoadError& error) {
    // Unknown keys, not the alias guard.
    for (const auto& line : english(error)) {
      CHECK(line.find("more than 100000 nodes") == std::string::npos);
    }
  }
}

TEST_CASE("a catastrophically backtracking pattern in a rule file ends as not checked, naming it",
          "[hostile]")
{
  // (a+)+$ against 40 a's and a b: exponential backtracking that ICU's time limit stops.
  const std::string rule_file = R"(ruleset: {id: t, title: {zh: 测试, en: Test}, counting_mode: word}
parts:
  - {id: title, name: {zh: 标题, en: Title}, title: true}
rules:
  - id: title.backtrack
    kind: text_pattern
    level: error
    title: {zh: 回溯, en: Backtracking}
    message: {zh: "不符：{failed}", en: "no: {failed}"}
    scope: title
    must_match: ["^(a+)+$"]
)";
  const auto ruleset = rules::load_ruleset_text(rule_file, "backtrack.yaml");
  const auto parts = DocxBuilder().body(paragraph(std::string(40, 'a') + "b")).parts();
  const auto document = docx::load_document(parts);
  const auto result = eval::evaluate_document(*ruleset, document, nullptr);
  REQUIRE(result.results.size() == 1);
  CHECK(result.results[0].rule_id == "title.backtrack");
  CHECK(result.results[0].outcome == Outcome::not_checked);
  CHECK(result.results[0].message.en.find("^(a+)+$") != std::string::npos);
}

TEST_CASE("a heading pattern that times out is given up for the rest of the document", "[hostile]")
{
  // Every body paragraph is tried against every heading pattern. One that backtracks without end costs a
  // time-out (about 0.2 s) per paragraph, minutes over a long document; after its first time-out it is
  // dropped for that document, so the later "aaaa", which it would match at once, heads no part.
  const std::string rule_file = R"(ruleset: {id: t, title: {zh: 测试, en: Test}, counting_mode: word}
parts:
  - {id: title, name: {zh: 标题, en: Title}, title: true}
  - {id: summary, name: {zh: 摘要, en: Abstract}, headings: ["^(a+)+$"]}
rules:
  - id: sections.missing
    kind: section_outline
    level: error
    title: {zh: 部分齐全, en: Parts present}
    message: {zh: "缺少：{section}", en: "missing: {section}"}
    check: missing
)";
  const auto ruleset = rules::load_ruleset_text(rule_file, "headings.yaml");
  const auto parts = DocxBuilder()
                         .body(paragraph("标题") + paragraph(std::string(40, 'a') + "b") + paragraph("aaaa"))
                         .parts();
  const auto result = eval::evaluate_document(*ruleset, docx::load_document(parts), nullptr);
  REQUIRE(result.results.size() == 1);
  CHECK(result.results[0].outcome == Outcome::fail);
  CHECK(result.results[0].message.en == "missing: Abstract");
}

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sys/wait.h>

#include "rules/ruleset.hpp"
#include "support/scratch_folder.hpp"
#include "unit/eval/ruleset_fixture.hpp"

using namespace qb;

namespace {

// The diagnostics of loading `yaml` as "t.yaml", formatted in English, one per line.
std::vector<std::string> load_errors(const std::string& yaml)
{
  try {
    rules::load_ruleset_text(yaml, "t.yaml");
  } catch (const LoadError& e) {
    std::vector<std::string> lines;
    for (const auto& d : e.diagnostics()) {
      lines.push_back(format_diagnostic(d, Lang::en));
    }
    return lines;
  }
  return {};
}

std::string all(const std::vector<std::string>& lines)
{
  std::string text;
  for (const auto& line : lines) {
    text += line + "\n";
  }
  return text;
}

const std::string k_five_mistakes = R"(ruleset:
  id: t
  title: T
  counting_mode: wrod
parts:
  - {id: summary, name: 摘要, headings: ["^摘要("]}
rules:
  - id: a
    kind: part_lenght
    level: error
    title: A
  - id: a
    kind: section_outline
    level: fatal
    title: B
    check: missing
    colour: red
)";

} // namespace

TEST_CASE("a rule file with five different mistakes reports all five with their lines", "[rules]")
{
  const auto errors = load_errors(k_five_mistakes);
  INFO(all(errors));
  REQUIRE(errors.size() == 6);
  CHECK(errors[0] == "t.yaml:4:18: 'counting_mode' has the invalid value 'wrod'; did you mean 'word'? "
                     "Allowed: word, wps.");
  CHECK(errors[1].starts_with("t.yaml:6:"));
  CHECK(errors[1].find("invalid regular expression '^摘要(': U_REGEX_MISMATCHED_PAREN") != std::string::npos);
  CHECK(errors[2].starts_with("t.yaml:9:11: unknown rule kind 'part_lenght'; did you mean 'part_length'?"));
  CHECK(errors[3] == "t.yaml:12:9: duplicate rule id 'a', first defined on line 8.");
  CHECK(errors[4] == "t.yaml:14:12: 'level' has the invalid value 'fatal'; allowed: error, warning, info.");
  CHECK(errors[5].starts_with("t.yaml:17:5: unknown key 'colour'."));
}

TEST_CASE("a YAML syntax error is reported with its line", "[rules]")
{
  const auto errors = load_errors("ruleset:\n  id: t\n  title: [unclosed\nparts: []\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("t.yaml:4:"));
  CHECK(errors[0].find("YAML syntax error") != std::string::npos);
}

TEST_CASE("missing sections and unknown top-level keys are reported", "[rules]")
{
  const auto errors = load_errors("ruleset: {id: t, title: T}\nrule: []\n");
  INFO(all(errors));
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "t.yaml:1:1: missing required key 'parts'.");
  CHECK(errors[1] == "t.yaml:1:1: missing required key 'rules'.");
  CHECK(errors[2] == "t.yaml:2:1: unknown key 'rule'; did you mean 'rules'?");
}

TEST_CASE("a rule without id, kind or level is reported once per key", "[rules]")
{
  const auto errors = load_errors(test::k_fixture_header + "rules:\n  - title: x\n"); // line 12
  INFO(all(errors));
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "t.yaml:12:5: missing required key 'id'.");
  CHECK(errors[1] == "t.yaml:12:5: missing required key 'kind'.");
  CHECK(errors[2] == "t.yaml:12:5: missing required key 'level'.");
}

TEST_CASE("an unknown kind far from any lists the kinds", "[rules]")
{
  const auto errors = load_errors(test::k_fixture_header +
                                  "rules:\n  - {id: a, kind: frobnicate, level: info, title: A, x: 1}\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("unknown rule kind 'frobnicate'. Kinds: ") != std::string::npos);
  CHECK(errors[0].find("part_length") != std::string::npos);
}

TEST_CASE("wrong parameter types and unknown part ids are reported", "[rules]")
{
  const auto errors = load_errors(test::k_fixture_header + R"(rules:
  - id: a
    kind: part_length
    level: error
    title: A
    part: sumary
    max: many
)");
  INFO(all(errors));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].starts_with("t.yaml:16:11:"));
  CHECK(errors[0].find("sumary") != std::string::npos);
  CHECK(errors[1] == "t.yaml:17:10: 'max' must be a whole number, not 'many'.");
}

TEST_CASE("duplicate keys and duplicate part ids are reported", "[rules]")
{
  const auto errors = load_errors(R"(ruleset: {id: t, title: T, id: u}
parts:
  - {id: summary, name: 摘要, headings: [x]}
  - {id: summary, name: 摘要2, headings: [y]}
rules: []
)");
  INFO(all(errors));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == "t.yaml:1:28: duplicate key 'id', already defined on line 1.");
  CHECK(errors[1] == "t.yaml:4:10: duplicate part id 'summary', first defined on line 3.");
}

TEST_CASE("duplicate keys are found alike in small and large maps", "[rules]")
{
  // Up to 32 keys are compared directly, more through a hash table: the same findings either way.
  for (const int keys : {8, 32, 33, 200}) {
    INFO(keys);
    std::string yaml = "ruleset: {id: t, title: T}\nparts: []\nrules: []\nextra:\n";
    for (int i = 0; i < keys; ++i) {
      yaml += "  k" + std::to_string(i % 5) + (i % 7 == 0 ? "" : std::to_string(i)) + ": 1\n";
    }
    yaml += "  ? [a]\n  : 1\n  ? [b]\n  : 2\n";
    std::vector<std::string> expected{
        "t.yaml:4:1: unknown key 'extra'. Keys allowed here: ruleset, parts, rules."};
    std::map<std::string, int> first;
    for (int i = 0; i < keys; ++i) {
      const std::string key = "k" + std::to_string(i % 5) + (i % 7 == 0 ? "" : std::to_string(i));
      if (auto [it, fresh] = first.emplace(key, 5 + i); !fresh) {
        expected.push_back("t.yaml:" + std::to_string(5 + i) + ":3: duplicate key '" + key +
                           "', already defined on line " + std::to_string(it->second) + ".");
      }
    }
    expected.push_back("t.yaml:" + std::to_string(5 + keys + 2) +
                       ":5: duplicate key '', already defined on line " + std::to_string(5 + keys) + ".");
    CHECK(all(load_errors(yaml)) == all(expected));
  }
}

TEST_CASE("an alias bomb is refused quickly", "[rules]")
{
  std::string yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'j'; ++name) {
    yaml += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 9; ++i) {
      yaml += std::string(i ? ", *" : "*") + previous;
    }
    yaml += "]\n";
    previous = name;
  }
  const auto start = std::chrono::steady_clock::now();
  const auto errors = load_errors(yaml);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("more than 100000 nodes") != std::string::npos);
}

TEST_CASE("a valid rule file loads its header, parts and rules in order", "[rules]")
{
  const auto ruleset = test::fixture_ruleset(R"(rules:
  - {id: sections.missing, kind: section_outline, level: error, title: T, check: missing}
  - {id: summary.length, kind: part_length, level: warning, title: T, part: summary, max: 500, source: "附件2"}
)");
  CHECK(ruleset->info.id == "test");
  CHECK(ruleset->info.title.en == "Test");
  CHECK(ruleset->info.counting_mode == "word");
  CHECK(ruleset->info.file == "fixture.yaml");
  REQUIRE(ruleset->data.parts.size() == 5);
  CHECK(ruleset->data.parts[0].is_title);
  CHECK(ruleset->data.parts[1].limit == std::optional<std::int64_t>(500));
  REQUIRE(ruleset->rules.size() == 2);
  CHECK(ruleset->rules[1]->spec().id == "summary.length");
  CHECK(ruleset->rules[1]->spec().level == Level::warning);
  CHECK(ruleset->rules[1]->spec().source == "附件2");
  CHECK(ruleset->rules[1]->spec().where.line == 13);
  CHECK(ruleset->data.size_names.at("小四") == 12.0);
  CHECK(ruleset->data.sme_table_file == "sme-2011.yaml");
}

TEST_CASE("data files beside a rule file replace the built-in copies", "[rules]")
{
  const test::ScratchFolder dir("engine-loader-test");
  std::ofstream(dir / "rules.yaml") << test::k_fixture_header << "rules: []\n";
  std::ofstream(dir / "sizes.yaml") << "sizes: {小四: 11.5}\n";
  const auto ruleset = rules::load_ruleset(dir / "rules.yaml");
  CHECK(ruleset->data.parse_size("小四") == Approx(11.5));
  CHECK(ruleset->data.font_aliases.count("宋体") == 1); // fonts.yaml: the built-in copy
  CHECK(ruleset->info.file == (dir / "rules.yaml").string());
  std::ofstream(dir / "sizes.yaml") << "sizes: {小四: big}\n";
  try {
    rules::load_ruleset(dir / "rules.yaml");
    FAIL("expected a LoadError");
  } catch (const LoadError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].where.file == (dir / "sizes.yaml").string());
    CHECK(e.diagnostics()[0].where.line == 1);
  }
}

TEST_CASE("an unreadable rule file is a load error naming it", "[rules]")
{
  try {
    rules::load_ruleset("/nonexistent/rules.yaml");
    FAIL("expected a LoadError");
  } catch (const LoadError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].message.en.find("/nonexistent/rules.yaml") != std::string::npos);
  }
}

TEST_CASE("the built-in rule set loads with the outline and length rules", "[rules]")
{
  const auto ruleset = rules::builtin_ruleset();
  REQUIRE(ruleset != nullptr);
  CHECK(ruleset->info.id == "caq-2020");
  CHECK(ruleset->info.file == "<built-in>");
  CHECK(ruleset->data.parts.size() == 5);
  std::vector<std::string> ids;
  for (const auto& rule : ruleset->rules) {
    ids.push_back(rule->spec().id);
  }
  for (const char* id : {"title.length", "summary.length", "overview.length", "method.length",
                         "results.length", "sections.missing", "sections.order", "length.other_mode"}) {
    INFO(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
}

TEST_CASE("the built-in rule set has every rule id the issue lists", "[builtin]")
{
  const auto ruleset = rules::builtin_ruleset();
  std::vector<std::string> ids;
  for (const auto& rule : ruleset->rules) {
    ids.push_back(rule->spec().id);
  }
  for (const char* id : {"title.length",
                         "title.naming",
                         "summary.length",
                         "overview.length",
                         "method.length",
                         "results.length",
                         "sections.missing",
                         "sections.order",
                         "results.three_years",
                         "content.figures_or_tables",
                         "page.size",
                         "page.orientation",
                         "style.title",
                         "style.summary_heading",
                         "style.body",
                         "style.line_spacing",
                         "caption.table_position",
                         "caption.figure_position",
                         "caption.numbering",
                         "caption.style",
                         "revisions.present",
                         "comments.present",
                         "hidden_text.present",
                         "eligibility.legal_person",
                         "eligibility.profitable_3y",
                         "eligibility.clean_record",
                         "eligibility.commit_sharing",
                         "eligibility.recommender",
                         "eligibility.mature_method",
                         "eligibility.sme_class",
                         "submission.deadline",
                         "batch.one_per_recommender"}) {
    INFO(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
}

namespace {

// Runs `qbcheck <args>` and returns its exit status and standard output.
std::pair<int, std::string> run_qbcheck(const std::string& args)
{
  std::string output;
  FILE* pipe = popen((std::string("\"") + QBCHECK_BINARY + "\" " + args + " 2>/dev/null").c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) {
    output.append(buffer, n);
  }
  const int status = pclose(pipe);
  return {WEXITSTATUS(status), output};
}

} // namespace

TEST_CASE("rules lint prints every diagnostic and exits 2, or OK with the rule count", "[rules]")
{
  const test::ScratchFolder dir("engine-lint");
  const auto bad = dir / "bad.yaml";
  std::ofstream(bad) << k_five_mistakes;
  const auto [bad_status, bad_output] = run_qbcheck("rules lint --lang en " + bad.string());
  CHECK(bad_status == 2);
  CHECK(
      bad_output.find(bad.string() + ":9:11: unknown rule kind 'part_lenght'; did you mean 'part_length'?") !=
      std::string::npos);
  CHECK(std::count(bad_output.begin(), bad_output.end(), '\n') == 6);
  const auto builtin = std::string(QBCHECK_SOURCE_DIR) + "/rules/caq-2020.yaml";
  const auto [ok_status, ok_output] = run_qbcheck("rules lint --lang en " + builtin);
  CHECK(ok_status == 0);
  CHECK(ok_output.starts_with("OK: " + std::to_string(rules::builtin_ruleset()->rules.size()) + " rules"));
}

TEST_CASE("rules list prints one line per rule and rules kinds the kind table", "[rules]")
{
  const auto [status, output] = run_qbcheck("rules list --lang en");
  CHECK(status == 0);
  CHECK(static_cast<std::size_t>(std::count(output.begin(), output.end(), '\n')) ==
        rules::builtin_ruleset()->rules.size());
  CHECK(output.find("summary.length") != std::string::npos);
  const auto [kinds_status, kinds_output] = run_qbcheck("rules kinds");
  CHECK(kinds_status == 0);
  CHECK(kinds_output.find("part_length") != std::string::npos);
}

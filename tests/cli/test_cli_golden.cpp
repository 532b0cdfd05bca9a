// End-to-end: the real binary on every sample document, each format compared with its golden file under
// tests/data/golden/<sample>.<format>. To refresh the golden files after an intended change, run
// `scripts/update-golden` (or `QBCHECK_UPDATE_GOLDEN=1 make test`) and review the diff.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/command_table.hpp"
#include "cli_runner.hpp"

using namespace qb::test;

namespace {

const std::filesystem::path k_source_dir = QBCHECK_SOURCE_DIR;

struct Expected
{
  std::set<std::string> fails;
  std::map<std::string, std::optional<std::int64_t>> counts;
};

std::vector<std::string> split_list(const std::string& text)
{
  std::vector<std::string> items;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) {
    const auto first = item.find_first_not_of(' ');
    if (first != std::string::npos) {
      items.push_back(item.substr(first, item.find_last_not_of(' ') - first + 1));
    }
  }
  return items;
}

// samples/expected.yaml has one flow-style line per sample (written by scripts/make_samples.py).
std::map<std::string, Expected> expected_findings()
{
  std::map<std::string, Expected> expected;
  std::istringstream lines(read_all(k_source_dir / "samples" / "expected.yaml"));
  const std::regex line_pattern(R"(^([a-z-]+): \{fails: \[(.*)\], counts: \{(.*)\}\}$)");
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (!std::regex_match(line, match, line_pattern)) {
      continue;
    }
    auto& entry = expected[match[1]];
    for (const auto& id : split_list(match[2])) {
      entry.fails.insert(id);
    }
    for (const auto& pair : split_list(match[3])) {
      const auto colon = pair.find(':');
      const auto value = pair.substr(colon + 2);
      entry.counts[pair.substr(0, colon)] =
          value == "null" ? std::nullopt : std::optional<std::int64_t>(std::stoll(value));
    }
  }
  return expected;
}

// The report as stored in golden files: the version string replaced, so a release does not change them.
std::string normalised(const std::string& report)
{
  return replace_all(report, QBCHECK_VERSION, "<version>");
}

void compare_with_golden(const std::string& sample, const std::string& format, const std::string& actual)
{
  const auto golden = k_source_dir / "tests" / "data" / "golden" / (sample + "." + format);
  if (std::getenv("QBCHECK_UPDATE_GOLDEN")) {
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    WARN("updated " << golden.string());
    return;
  }
  INFO("golden file " << golden.string() << " (refresh with scripts/update-golden)");
  REQUIRE(std::filesystem::exists(golden));
  CHECK(actual == read_all(golden));
}

const std::vector<std::string> k_text_formats{"text", "json", "junit", "sarif", "github", "csv", "html"};

} // namespace

TEST_CASE("every sample's report in every format matches its golden file", "[cli][golden]")
{
  const auto expected = expected_findings();
  REQUIRE(expected.size() == 8);
  for (const auto& [sample, findings] : expected) {
    for (const auto& format : k_text_formats) {
      INFO(sample << " --format " << format);
      const auto result = run_qbcheck("check samples/" + sample + ".docx --color never --format " + format);
      CHECK(result.err.empty());
      CHECK(result.exit_code == (findings.fails.empty() ? qb::cli::exit_ok : qb::cli::exit_failed));
      compare_with_golden(sample, format, normalised(result.out));
    }
  }
}

TEST_CASE("every sample fails exactly its expected rules with the expected counts", "[cli]")
{
  for (const auto& [sample, findings] : expected_findings()) {
    INFO(sample);
    const auto result = run_qbcheck("check samples/" + sample + ".docx --format json");
    REQUIRE(result.exit_code != qb::cli::exit_invalid);
    const auto json = nlohmann::json::parse(result.out);
    const auto& document = json["documents"][0];
    std::set<std::string> failed;
    for (const auto& rule : document["results"]) {
      // expected.yaml lists error and warning failures (hidden_text.present is a warning in caq-2020).
      if (rule["outcome"] == "fail" && rule["level"] != "info") {
        failed.insert(rule["rule"].get<std::string>());
      }
    }
    CHECK(failed == findings.fails);
    for (const auto& [part, count] : findings.counts) {
      INFO(part);
      const auto& actual = document["counts"]["parts"][part];
      if (count) {
        CHECK(actual == *count);
      } else {
        CHECK(actual.is_null());
      }
    }
  }
}

TEST_CASE("the default command checks a file and --output writes the report there", "[cli]")
{
  ScratchDir scratch("output");
  const auto report = scratch.path / "report.xlsx";
  const auto plain = run_qbcheck("samples/compliant.docx --color never");
  CHECK(plain.exit_code == qb::cli::exit_ok);
  CHECK(plain.out == run_qbcheck("check samples/compliant.docx --color never").out);
  const auto written =
      run_qbcheck("check samples/compliant.docx --format xlsx --output " + shell_quote(report.string()));
  CHECK(written.exit_code == qb::cli::exit_ok);
  CHECK(written.out.empty());
  CHECK(read_all(report).substr(0, 2) == "PK");
}

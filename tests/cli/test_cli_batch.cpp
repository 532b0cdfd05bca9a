// End-to-end: `qbcheck batch` over a folder mixing good, failing and unreadable files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/command_table.hpp"
#include "cli_runner.hpp"

using namespace qb::test;

namespace {

const std::filesystem::path k_samples = std::filesystem::path(QBCHECK_SOURCE_DIR) / "samples";

void write_bytes(const std::filesystem::path& path, const std::string& bytes)
{
  std::ofstream(path, std::ios::binary) << bytes;
}

// good, failing and unreadable files, a lock file and an unrelated file, in two levels of folders.
void fill_mixed_folder(const std::filesystem::path& root)
{
  std::filesystem::create_directories(root / "sub");
  std::filesystem::copy_file(k_samples / "compliant.docx", root / "compliant.docx");
  std::filesystem::copy_file(k_samples / "summary-too-long.docx", root / "summary-too-long.docx");
  std::filesystem::copy_file(k_samples / "wrong-fonts.docx", root / "sub" / "wrong-fonts.docx");
  std::string ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole2.resize(4096, '\0');
  write_bytes(root / "legacy.doc", ole2);
  write_bytes(root / "sub" / "scan.pdf", "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n%%EOF\n");
  write_bytes(root / "empty.docx", "");
  write_bytes(root / "~$mpliant.docx", std::string("\x0C刘晓燕", 10));
  write_bytes(root / "readme.txt", "not an application\n");
}

} // namespace

TEST_CASE("batch reports every file of a mixed folder, sorted, and never stops on a bad one", "[cli]")
{
  ScratchDir scratch("batch");
  fill_mixed_folder(scratch.path);
  const auto result = run_qbcheck("batch . --jobs 2 --format json", scratch.path);
  INFO(result.err);
  CHECK(result.exit_code == qb::cli::exit_invalid); // unreadable inputs make the run exit 2
  const auto json = nlohmann::json::parse(result.out);
  std::vector<std::pair<std::string, std::string>> seen;
  for (const auto& document : json["documents"]) {
    seen.emplace_back(document["file"].get<std::string>(), document.contains("error")
                                                               ? document["error"]["code"].get<std::string>()
                                                               : document["status"].get<std::string>());
  }
  const std::vector<std::pair<std::string, std::string>> expected{
      {"./compliant.docx", "pass"},         {"./empty.docx", "input.empty_file"},
      {"./legacy.doc", "input.legacy_doc"}, {"./sub/scan.pdf", "input.pdf"},
      {"./sub/wrong-fonts.docx", "fail"},   {"./summary-too-long.docx", "fail"},
  };
  CHECK(seen == expected);
  REQUIRE(json["notices"].size() == 1);
  CHECK(json["notices"][0]["code"] == "batch.lock_file_skipped");
  CHECK(json["notices"][0]["message"].get<std::string>().find("~$mpliant.docx") != std::string::npos);
  CHECK(json["summary"]["documents"] == 6);
  CHECK(json["summary"]["errors"] == 3);
}

TEST_CASE("batch output is identical whatever the number of jobs", "[cli]")
{
  ScratchDir scratch("jobs");
  fill_mixed_folder(scratch.path);
  for (const char* format : {"json", "text", "csv"}) {
    INFO(format);
    const auto one =
        run_qbcheck(std::string("batch . --color never --jobs 1 --format ") + format, scratch.path);
    const auto eight =
        run_qbcheck(std::string("batch . --color never --jobs 8 --format ") + format, scratch.path);
    CHECK(one.exit_code == eight.exit_code);
    CHECK_FALSE(one.out.empty());
    CHECK(one.out == eight.out);
    CHECK(one.err.empty()); // no progress bar when stderr is not a terminal
  }
}

TEST_CASE("batch of a folder of good documents exits by their results", "[cli]")
{
  ScratchDir scratch("good");
  std::filesystem::copy_file(k_samples / "compliant.docx", scratch.path / "a.docx");
  CHECK(run_qbcheck("batch .", scratch.path).exit_code == qb::cli::exit_ok);
  std::filesystem::copy_file(k_samples / "letter-landscape.docx", scratch.path / "b.docx");
  CHECK(run_qbcheck("batch .", scratch.path).exit_code == qb::cli::exit_failed);
}

// Reports are written while the batch runs, so an output that cannot be written is found before any file is
// checked, and one that fails part-way (a full disk) is still an error, never a silent truncated report.
TEST_CASE("a report that cannot be written is exit 2 with the catalogue message", "[cli]")
{
  const auto missing = run_qbcheck("batch samples --format json --output /nonexistent-folder/report.json");
  CHECK(missing.exit_code == qb::cli::exit_invalid);
  CHECK(missing.out.empty());
  CHECK(missing.err.find("/nonexistent-folder/report.json") != std::string::npos);

  const auto full = run_qbcheck("batch samples --format json --output /dev/full --lang en");
  CHECK(full.exit_code == qb::cli::exit_invalid);
  CHECK(full.err.find("cannot write the report to /dev/full") != std::string::npos);
}

TEST_CASE("a batch checked on several jobs reports the same bytes as on one", "[cli]")
{
  ScratchDir scratch("batch-jobs");
  fill_mixed_folder(scratch.path);
  for (int copy = 0; copy < 6; ++copy) {
    std::filesystem::copy_file(k_samples / "summary-too-long.docx",
                               scratch.path / ("copy-" + std::to_string(copy) + ".docx"));
  }
  for (const char* format : {"json", "text", "junit", "sarif", "html", "csv"}) {
    const std::string arguments = std::string("batch . --format ") + format + " --jobs ";
    const auto one = run_qbcheck(arguments + "1", scratch.path);
    const auto four = run_qbcheck(arguments + "4", scratch.path);
    INFO(format);
    CHECK(one.exit_code == four.exit_code);
    CHECK(one.out == four.out);
  }
}

// With several jobs the documents are read while the rule set loads; a run refused then (a broken rule file,
// an output that cannot be created) must still end at once with exit 2 and nothing reported.
TEST_CASE("a batch refused before checking ends with exit 2 on one job or several", "[cli]")
{
  ScratchDir scratch("refused");
  fill_mixed_folder(scratch.path);
  for (int copy = 0; copy < 20; ++copy) {
    std::filesystem::copy_file(k_samples / "compliant.docx",
                               scratch.path / ("copy-" + std::to_string(copy) + ".docx"));
  }
  write_bytes(scratch.path / "broken-rules.yaml", "rules: [\n");
  for (const char* jobs : {"1", "2", "8"}) {
    INFO("jobs " << jobs);
    const auto rules = run_qbcheck(
        std::string("batch . --format json --rules broken-rules.yaml --jobs ") + jobs, scratch.path);
    CHECK(rules.exit_code == qb::cli::exit_invalid);
    CHECK(rules.out.empty());
    CHECK(rules.err.find("broken-rules.yaml") != std::string::npos);

    const auto output = run_qbcheck(
        std::string("batch . --format json --output /nonexistent-folder/report.json --jobs ") + jobs,
        scratch.path);
    CHECK(output.exit_code == qb::cli::exit_invalid);
    CHECK(output.out.empty());
    CHECK(output.err.find("/nonexistent-folder/report.json") != std::string::npos);
  }
}

// The counter against the statistics Word and WPS stored in real documents (../shared/corpus/real). For the
// files COUNTING.md lists as genuine, the main story's count must equal app.xml exactly; for every other file
// the figures are printed so drift stays visible.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "docx/load_document.hpp"
#include "text/counter.hpp"

using namespace qb;

namespace {

const std::filesystem::path k_corpus = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";

struct ManifestRow
{
  std::string file;
  std::string application;
  std::optional<std::int64_t> words;
  std::optional<std::int64_t> characters;
  std::optional<std::int64_t> characters_with_spaces;
};

std::vector<std::string> split_tabs(const std::string& line)
{
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) {
    fields.push_back(field);
  }
  if (!line.empty() && line.back() == '\t') {
    fields.emplace_back();
  }
  return fields;
}

std::optional<std::int64_t> number(const std::string& field)
{
  if (field.empty()) {
    return std::nullopt;
  }
  return std::stoll(field);
}

// MANIFEST.tsv: file, source_repo, source_path, commit, application, app_version, words, characters,
// characters_with_spaces, paragraphs, pages.
std::vector<ManifestRow> read_manifest()
{
  std::ifstream in(k_corpus / "MANIFEST.tsv");
  REQUIRE(in);
  std::vector<ManifestRow> rows;
  std::string line;
  std::getline(in, line); // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    const auto fields = split_tabs(line);
    if (fields.size() < 9) {
      continue;
    }
    rows.push_back({fields[0], fields[4], number(fields[6]), number(fields[7]), number(fields[8])});
  }
  return rows;
}

// What COUNTING.md says is genuine in a file's app.xml.
enum class Genuine { none, words_only, all_three };

struct Expectation
{
  const char* number; // the file name's two-digit prefix
  text::CountingMode mode;
  Genuine genuine;
};

constexpr Expectation k_expectations[] = {
    {"10", text::CountingMode::word, Genuine::all_three},
    {"11", text::CountingMode::word, Genuine::words_only},
    {"12", text::CountingMode::word, Genuine::all_three},
    {"13", text::CountingMode::wps, Genuine::all_three},
    {"14", text::CountingMode::wps, Genuine::all_three},
    {"15", text::CountingMode::wps, Genuine::all_three},
    {"16", text::CountingMode::wps, Genuine::all_three},
    {"17", text::CountingMode::wps, Genuine::all_three},
    {"18", text::CountingMode::wps, Genuine::all_three},
    {"19", text::CountingMode::wps, Genuine::words_only},
    {"20", text::CountingMode::wps, Genuine::all_three},
    {"21", text::CountingMode::wps, Genuine::all_three},
};

const Expectation* expectation_for(const std::string& file)
{
  for (const auto& expectation : k_expectations) {
    if (file.rfind(expectation.number, 0) == 0 && file.size() > 2 && file[2] == '-') {
      return &expectation;
    }
  }
  return nullptr;
}

text::CountingMode mode_of_writer(const ManifestRow& row)
{
  return row.application.rfind("WPS", 0) == 0 ? text::CountingMode::wps : text::CountingMode::word;
}

std::string figures(const text::Counts& counts)
{
  return std::to_string(counts.words) + " " + std::to_string(counts.characters) + " " +
         std::to_string(counts.characters_with_spaces);
}

std::string stored_figures(const ManifestRow& row)
{
  const auto show = [](const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : std::string("-");
  };
  return show(row.words) + " " + show(row.characters) + " " + show(row.characters_with_spaces);
}

} // namespace

TEST_CASE("main-story counts equal the genuine app.xml statistics of the real corpus", "[corpus][count]")
{
  const auto rows = read_manifest();
  std::size_t checked = 0;
  for (const auto& row : rows) {
    const auto* expectation = expectation_for(row.file);
    if (expectation == nullptr) {
      continue;
    }
    ++checked;
    INFO(row.file << " (" << text::to_string(expectation->mode) << " mode)");
    const auto document = docx::load_document(k_corpus / row.file);
    const auto counts = text::count_document(document, expectation->mode).main;
    REQUIRE(row.words);
    CHECK(counts.words == *row.words);
    if (expectation->genuine == Genuine::all_three) {
      REQUIRE(row.characters);
      REQUIRE(row.characters_with_spaces);
      CHECK(counts.characters == *row.characters);
      CHECK(counts.characters_with_spaces == *row.characters_with_spaces);
    }
  }
  CHECK(checked == std::size(k_expectations));
}

TEST_CASE("counts of the other corpus files are printed beside their stored statistics", "[corpus][count]")
{
  const auto rows = read_manifest();
  REQUIRE(rows.size() >= std::size(k_expectations));
  std::cout
      << "file | mode | ours: words characters with-spaces (textboxes+notes words) | stored by writer\n";
  for (const auto& row : rows) {
    if (expectation_for(row.file) != nullptr) {
      continue;
    }
    const auto mode = mode_of_writer(row);
    const auto document = docx::load_document(k_corpus / row.file);
    const auto counts = text::count_document(document, mode);
    const auto others = counts.textboxes.words + counts.footnotes.words + counts.endnotes.words;
    std::cout << row.file << " | " << text::to_string(mode) << " | " << figures(counts.main) << " (+"
              << others << ") | " << stored_figures(row) << '\n';
    CHECK(counts.main.words == counts.main.asian + counts.main.non_asian_words);
  }
}

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "docx/open_package.hpp"
#include "docx/package_properties.hpp"
#include "docx/xml_part.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

const std::filesystem::path k_corpus = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";

// MANIFEST.tsv: file name -> stored Words column.
std::map<std::string, std::string> manifest_words()
{
  std::ifstream in(k_corpus / "MANIFEST.tsv");
  std::string line;
  std::getline(in, line);
  std::vector<std::string> header;
  std::stringstream head(line);
  for (std::string cell; std::getline(head, cell, '\t');) {
    header.push_back(cell);
  }
  std::map<std::string, std::string> words;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, '\t');) {
      cells.push_back(cell);
    }
    for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) {
      if (header[i] == "words") {
        words[cells[0]] = cells[i];
      }
    }
  }
  return words;
}

bool is_xml(const std::string& name)
{
  const auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends(".xml") || ends(".rels");
}

} // namespace

TEST_CASE("every real corpus document opens and every XML part parses", "[corpus][package]")
{
  const auto words = manifest_words();
  REQUIRE(words.size() >= 40);
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(k_corpus)) {
    if (entry.path().extension() != ".docx") {
      continue;
    }
    const std::string name = entry.path().filename().string();
    INFO(name);
    ++documents;
    const auto package = open_package(entry.path());
    const std::string main = find_main_document(*package);
    CHECK(package->has(main));
    for (const std::string& part : package->names()) {
      if (is_xml(part)) {
        INFO(part);
        CHECK_NOTHROW(read_xml_part(*package, part));
      }
    }
    const auto stored = read_stored_statistics(*package);
    REQUIRE(words.count(name) == 1);
    if (words.at(name).empty()) {
      CHECK_FALSE(stored.words);
    } else {
      CHECK(stored.words == std::stoll(words.at(name)));
    }
  }
  CHECK(documents == words.size());
}

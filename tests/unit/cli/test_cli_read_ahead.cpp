#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/read_ahead.hpp"

using namespace qb;

namespace {

// Every sample document, and a path that is no file, several times over.
std::vector<std::filesystem::path> sample_files()
{
  std::vector<std::filesystem::path> files;
  for (int round = 0; round < 3; ++round) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(QBCHECK_SOURCE_DIR) / "samples")) {
      if (entry.path().extension() == ".docx") {
        files.push_back(entry.path());
      }
    }
    files.emplace_back("/nonexistent/missing.docx");
  }
  return files;
}

// What a check of `loaded` reports, as text, for comparing two ways of reading the same file.
std::string outcome(cli::LoadedFile&& loaded)
{
  if (!loaded.document) {
    return loaded.file.string() + " " + loaded.failure->error->code;
  }
  return loaded.file.string() + " " + std::to_string(loaded.document->paragraphs.size()) + " paragraphs";
}

} // namespace

TEST_CASE("documents read ahead are those a later read gives, each taken once", "[cli]")
{
  const auto files = sample_files();
  const docx::ReadLimits limits;
  cli::ReadAhead read_ahead(files, limits, 2, files.size() - 2);
  read_ahead.finish();
  std::size_t taken = 0;
  for (std::size_t index = 0; index < files.size(); ++index) {
    INFO(files[index]);
    auto loaded = read_ahead.take(index);
    if (index >= files.size() - 2) {
      CHECK_FALSE(loaded); // beyond `most`
      continue;
    }
    REQUIRE(loaded);
    ++taken;
    CHECK(outcome(std::move(*loaded)) == outcome(cli::load_file(files[index], limits)));
    CHECK_FALSE(read_ahead.take(index)); // taken once
  }
  CHECK(taken == files.size() - 2);
}

TEST_CASE("a read-ahead stopped early leaves the first documents read and no gap", "[cli]")
{
  const auto files = sample_files();
  cli::ReadAhead read_ahead(files, docx::ReadLimits{}, 2, files.size());
  read_ahead.stop();
  // Every index a thread claimed was read to the end before stop() returned, and indices are claimed in
  // order.
  std::size_t index = 0;
  while (index < files.size() && read_ahead.take(index)) {
    ++index;
  }
  for (std::size_t rest = index; rest < files.size(); ++rest) {
    CHECK_FALSE(read_ahead.take(rest));
  }
  CHECK_FALSE(read_ahead.take(files.size())); // past the end
}

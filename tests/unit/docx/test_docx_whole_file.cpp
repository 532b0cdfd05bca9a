#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>

#include "core/input_error.hpp"
#include "docx/open_package.hpp"
#include "docx/whole_file.hpp"
#include "support/scratch_folder.hpp"

using namespace qb::docx;

namespace {

} // namespace

TEST_CASE("read_whole_file reads a small regular file and declines anything else", "[package]")
{
  const qb::test::ScratchFolder scratch("whole-file-test");
  const auto file = scratch / "bytes.bin";
  std::string content(100000, '\0');
  for (std::size_t i = 0; i < content.size(); ++i) {
    content[i] = static_cast<char>(i * 7 + i / 251);
  }
  std::ofstream(file, std::ios::binary) << content;

  SECTION("a file within the limit, to its last byte")
  {
    const auto bytes = read_whole_file(file, content.size());
    REQUIRE(bytes);
    CHECK(*bytes == content);
  }
  SECTION("an empty file")
  {
    std::ofstream(scratch / "empty.bin", std::ios::binary).flush();
    const auto bytes = read_whole_file(scratch / "empty.bin", 10);
    REQUIRE(bytes);
    CHECK(bytes->empty());
  }
  SECTION("a file one byte over the limit")
  {
    CHECK_FALSE(read_whole_file(file, content.size() - 1));
  }
  SECTION("a missing file, a folder and a FIFO (without waiting for a writer)")
  {
    CHECK_FALSE(read_whole_file(scratch / "missing.bin", 1000));
    CHECK_FALSE(read_whole_file(scratch.path(), 1u << 30));
    const auto fifo = scratch / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_FALSE(read_whole_file(fifo, 1000));
  }
}

namespace {

// What opening `path` gives: each part's bytes, or the error's code and detail.
std::vector<std::string> open_outcome(const std::filesystem::path& path, std::uint64_t max_file_in_memory)
{
  qb::docx::ReadLimits limits;
  limits.max_file_in_memory = max_file_in_memory;
  std::vector<std::string> outcome;
  try {
    const auto opened = open_package_with_main(path, limits);
    outcome.push_back(opened.main_part);
    for (const auto& name : opened.parts->names()) {
      outcome.push_back(name + "=" + opened.parts->read(name));
    }
  } catch (const qb::InputError& error) {
    outcome.push_back(std::string(to_string(error.code())) + " " + error.file() + ": " + error.detail());
  }
  return outcome;
}

} // namespace

TEST_CASE("a package read whole and one read in place give the same parts and the same errors", "[package]")
{
  const qb::test::ScratchFolder scratch("whole-file-test");
  const auto samples = std::filesystem::path(QBCHECK_SOURCE_DIR) / "samples";
  std::ifstream in(samples / "compliant.docx", std::ios::binary);
  const std::string docx((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(docx.size() > 1000);
  std::string corrupt_data = docx;
  corrupt_data[corrupt_data.find("word/document.xml") + 200] ^= 0x55;
  std::string bad_directory_offset = docx;
  bad_directory_offset[bad_directory_offset.rfind("PK\x05\x06") + 16] ^= 0x7F;
  const std::vector<std::pair<std::string, std::string>> files{
      {"whole.docx", docx},
      {"truncated.docx", docx.substr(0, docx.size() / 2)},
      {"corrupt-data.docx", corrupt_data},
      {"bad-directory-offset.docx", bad_directory_offset},
  };
  for (const auto& [name, bytes] : files) {
    INFO(name);
    const auto path = scratch / name;
    std::ofstream(path, std::ios::binary) << bytes;
    const auto whole = open_outcome(path, 16u << 20);
    CHECK(whole == open_outcome(path, 0));
    CHECK_FALSE(whole.empty());
  }
}

// The two cases above ran, under ctest -j2, in one fixed folder at once: one removed the other's files.
TEST_CASE("scratch folders of the same purpose are different folders, each removed when done", "[package]")
{
  std::filesystem::path first_path;
  {
    const qb::test::ScratchFolder first("whole-file-test");
    const qb::test::ScratchFolder second("whole-file-test");
    first_path = first.path();
    CHECK(first.path() != second.path());
    CHECK(std::filesystem::is_directory(first.path()));
    CHECK(std::filesystem::is_empty(second.path()));
    std::ofstream(first / "inside.bin") << "x";
  }
  CHECK_FALSE(std::filesystem::exists(first_path));
}

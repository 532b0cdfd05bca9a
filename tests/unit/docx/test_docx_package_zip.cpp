#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>

#include <sys/resource.h>

#include "core/input_error.hpp"
#include "docx/memory_parts.hpp"
#include "docx/package_writer.hpp"
#include "docx/zip_package.hpp"
#include "support/docx_builder.hpp"
#include "support/zip_headers.hpp"

using namespace qb;
using namespace qb::docx;
using qb::test::get16;
using qb::test::get32;

namespace {

// Makes the local and central headers of entry `name` claim `size` uncompressed bytes: a lying header.
int patch_uncompressed_size(std::string& zip, const std::string& name, std::uint32_t size)
{
  return test::patch_entry_headers(zip, name, test::ZipHeaderField::uncompressed_size, size);
}

void replace_all(std::string& bytes, const std::string& from, const std::string& to)
{
  for (std::size_t at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + to.size())) {
    bytes.replace(at, from.size(), to);
  }
}

long peak_rss_kib()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

InputError open_error(const std::filesystem::path& path, const ReadLimits& limits = {})
{
  try {
    ZipPackage package(path, limits);
  } catch (const InputError& error) {
    return error;
  }
  FAIL("the package opened");
  throw;
}

InputError read_error(const ZipPackage& package, const std::string& name)
{
  try {
    package.read(name);
  } catch (const InputError& error) {
    return error;
  }
  FAIL("the part was read");
  throw;
}

} // namespace

TEST_CASE("a written package reads back part by part, in archive order", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  const std::string text(100000, 'x');
  writer.add("[Content_Types].xml", "<Types/>");
  writer.add("word/document.xml", text);
  writer.add("word/media/image1.png", std::string("\x89PNG\r\n\x1a\n", 8));
  writer.add("[Content_Types].xml", "<Types a=\"1\"/>"); // replaces, keeps its place
  const std::string bytes = writer.to_bytes();
  CHECK(bytes.size() < text.size() / 10); // deflated
  writer.write(dir.file("a.docx"));

  ZipPackage package(dir.file("a.docx"), {});
  CHECK(package.file() == dir.file("a.docx").string());
  CHECK(package.names() ==
        std::vector<std::string>{"[Content_Types].xml", "word/document.xml", "word/media/image1.png"});
  CHECK(package.read("[Content_Types].xml") == "<Types a=\"1\"/>");
  CHECK(package.read("word/document.xml") == text);
  CHECK(package.has("WORD/Document.XML"));
  CHECK(package.read("/Word/document.xml") == text);
  CHECK_FALSE(package.has("word/styles.xml"));
  CHECK_THROWS_AS(package.read("word/styles.xml"), std::out_of_range);
  CHECK(package.duplicate_names().empty());
}

TEST_CASE("the builder's zip and its in-memory parts hold the same parts", "[package]")
{
  test::TempDir dir;
  const test::DocxBuilder builder = test::DocxBuilder().body(test::paragraph("a")).numbering("");
  ZipPackage zip(builder.write(dir.file("b.docx")), {});
  const MemoryParts memory = builder.parts("b.docx");
  REQUIRE(zip.names() == memory.names());
  for (const std::string& name : memory.names()) {
    CHECK(zip.read(name) == memory.read(name));
  }
  CHECK(memory.names().front() == "[Content_Types].xml");
}

TEST_CASE("memory parts replace a part added twice and refuse unknown names", "[package]")
{
  MemoryParts parts("m.docx");
  parts.add("word/document.xml", "a");
  parts.add("Word/Document.xml", "b");
  CHECK(parts.names() == std::vector<std::string>{"word/document.xml"});
  CHECK(parts.read("word/document.xml") == "b");
  CHECK(parts.file() == "m.docx");
  CHECK_THROWS_AS(parts.read("word/x.xml"), std::out_of_range);
}

TEST_CASE("a part whose header claims more than the cap is refused without inflating", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add("word/document.xml", std::string(3 << 20, 'a')); // 3 MiB
  writer.add("word/styles.xml", "<w:styles/>");
  writer.write(dir.file("big.docx"));
  ReadLimits limits;
  limits.max_part_bytes = 1 << 20;
  ZipPackage package(dir.file("big.docx"), limits);
  const InputError error = read_error(package, "word/document.xml");
  CHECK(error.code() == InputErrorCode::part_too_large);
  CHECK(error.part() == "word/document.xml");
  CHECK(error.detail() == "1 MiB");
  CHECK(package.read("word/styles.xml") == "<w:styles/>"); // the other parts are still readable
}

TEST_CASE("a part inflating past the cap is refused whatever its header says", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add("word/document.xml", std::string(3 << 20, 'a'));
  std::string zip = writer.to_bytes();
  REQUIRE(patch_uncompressed_size(zip, "word/document.xml", 1000) == 2);
  ReadLimits limits;
  limits.max_part_bytes = 1 << 20;
  ZipPackage package(dir.write("lying.docx", zip), limits);
  CHECK(read_error(package, "word/document.xml").code() == InputErrorCode::part_too_large);
}

TEST_CASE("a 500 MB zip bomb with a lying header is refused in bounded memory", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add_repeated("word/document.xml", "<w:p><w:r><w:t>bomb</w:t></w:r></w:p>", 500'000'000 / 36);
  std::string zip = writer.to_bytes();
  CHECK(zip.size() < 5'000'000);
  REQUIRE(patch_uncompressed_size(zip, "word/document.xml", 4096) == 2);
  ReadLimits limits;
  limits.max_part_bytes = 8 << 20;
  ZipPackage package(dir.write("bomb.docx", zip), limits);
  zip.clear();
  zip.shrink_to_fit();
  const long before = peak_rss_kib();
  CHECK(read_error(package, "word/document.xml").code() == InputErrorCode::part_too_large);
  // The read holds at most the cap (its buffer may double once while growing) plus one 64 KiB chunk.
  CHECK(peak_rss_kib() - before < 3 * 8 * 1024 + 1024);
}

TEST_CASE("a part whose data is corrupt is reported as a damaged zip", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "paragraph " + std::to_string(i) + " ";
  }
  writer.add("word/document.xml", text);
  std::string zip = writer.to_bytes();
  const std::size_t data = 30 + get16(zip, 26) + get16(zip, 28);
  REQUIRE(get32(zip, 18) > 200); // compressed size
  for (std::size_t i = data + 20; i < data + 120; ++i) {
    zip[i] = static_cast<char>(~zip[i]);
  }
  ZipPackage package(dir.write("corrupt.docx", zip), {});
  const InputError error = read_error(package, "word/document.xml");
  CHECK(error.code() == InputErrorCode::not_a_zip);
  CHECK_FALSE(error.detail().empty());
}

TEST_CASE("more entries than the limit are refused", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  for (int i = 0; i < 20; ++i) {
    writer.add("word/media/image" + std::to_string(i) + ".png", "x");
  }
  writer.write(dir.file("many.docx"));
  ReadLimits limits;
  limits.max_entries = 10;
  const InputError error = open_error(dir.file("many.docx"), limits);
  CHECK(error.code() == InputErrorCode::too_many_entries);
  CHECK(error.detail() == "20 > 10");
  limits.max_entries = 20;
  CHECK(ZipPackage(dir.file("many.docx"), limits).names().size() == 20);
}

TEST_CASE("a duplicated part name is read from its first entry and noted", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add("word/document.xml", "first");
  writer.add("word/documenX.xml", "second");
  std::string zip = writer.to_bytes();
  replace_all(zip, "word/documenX.xml", "word/document.xml");
  ZipPackage package(dir.write("dup.docx", zip), {});
  CHECK(package.names().size() == 2);
  CHECK(package.read("word/document.xml") == "first");
  CHECK(package.duplicate_names() == std::vector<std::string>{"word/document.xml"});
}

TEST_CASE("a truncated zip is not a zip, with libzip's reason", "[package]")
{
  test::TempDir dir;
  const std::string zip = test::DocxBuilder().body(test::paragraph("text")).zip_bytes();
  const InputError error = open_error(dir.write("half.docx", zip.substr(0, zip.size() / 2)));
  CHECK(error.code() == InputErrorCode::not_a_zip);
  CHECK_FALSE(error.detail().empty());
  CHECK(error.file() == dir.file("half.docx").string());
}

// Hostile zip archives (docs/hostile-inputs.md): headers that lie or overlap, thousands of entries, and a
// zip bomb met through load_document with the default limits. Each ends in a clear InputError naming the
// file (and the part), or in a defined reading, never in a crash or unbounded memory.
#include <catch2/catch.hpp>

#include "cli/input_error_message.hpp"
#include "docx/package_writer.hpp"
#include "docx/zip_package.hpp"
#include "unit/hostile/hostile_support.hpp"

using namespace qb;
using namespace qb::test;

namespace {

const std::string k_body = paragraph("第一段");

DocxBuilder minimal()
{
  return DocxBuilder().body(k_body);
}

} // namespace

TEST_CASE("a hand-written stored zip loads: the raw writer itself is sound", "[hostile]")
{
  TempDir dir;
  RawZip zip;
  add_parts(zip, minimal());
  const auto document = docx::load_document(dir.write("raw.docx", zip.finish()));
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "第一段");
}

TEST_CASE("two central entries sharing one local header: each is read as the central directory says",
          "[hostile]")
{
  // word/styles.xml's central entry points at word/document.xml's local header. libzip reads by the central
  // directory and checks the CRC, which matches: styles.xml reads as the document's bytes, has no w:styles
  // root, and the document loads with default styles. Defined, bounded, and no part is read twice as big.
  TempDir dir;
  const auto builder = minimal();
  const auto parts = builder.parts();
  const std::string document_xml = parts.read("word/document.xml");
  RawZip zip;
  std::uint32_t document_offset = 0;
  for (const auto& name : parts.names()) {
    if (name == "word/styles.xml") {
      continue;
    }
    const std::uint32_t offset = zip.local(name, parts.read(name));
    zip.central(name, offset, parts.read(name));
    if (name == "word/document.xml") {
      document_offset = offset;
    }
  }
  zip.central("word/styles.xml", document_offset, document_xml);
  const auto path = dir.write("shared-header.docx", zip.finish());
  const docx::ZipPackage package(path, {});
  CHECK(package.read("word/styles.xml") == document_xml);
  const auto document = docx::load_document(path);
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "第一段");
}

TEST_CASE("a local header whose sizes disagree with the central directory is read by the central one",
          "[hostile]")
{
  // The local header claims 3 bytes; the central directory (which libzip trusts) has the real size, and the
  // CRC confirms the data.
  TempDir dir;
  const auto parts = minimal().parts();
  RawZip zip;
  for (const auto& name : parts.names()) {
    LocalLie lie;
    if (name == "word/document.xml") {
      lie.size = 3;
    }
    zip.central(name, zip.local(name, parts.read(name), lie), parts.read(name));
  }
  const auto document = docx::load_document(dir.write("lying-size.docx", zip.finish()));
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "第一段");
}

TEST_CASE("a local header naming another part is read under its central name", "[hostile]")
{
  // libzip takes the name from the central directory and finds the data through the local header's own
  // lengths; the CRC confirms the data. The local header's name is never used as a part name.
  TempDir dir;
  const auto parts = minimal().parts();
  RawZip zip;
  for (const auto& name : parts.names()) {
    LocalLie lie;
    if (name == "word/document.xml") {
      lie.name = "../../etc/passwd.with-a-longer-name";
    }
    zip.central(name, zip.local(name, parts.read(name), lie), parts.read(name));
  }
  const auto path = dir.write("lying-name.docx", zip.finish());
  const docx::ZipPackage package(path, {});
  CHECK(package.names() == parts.names());
  const auto document = docx::load_document(path);
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "第一段");
}

TEST_CASE("a local header whose CRC lies is refused when its part is read", "[hostile]")
{
  TempDir dir;
  const auto parts = minimal().parts();
  RawZip zip;
  for (const auto& name : parts.names()) {
    const std::string data = parts.read(name);
    if (name == "word/document.xml") {
      // The central directory gives the CRC and size of other bytes: the data read does not match them.
      zip.central(name, zip.local(name, data), data + " ");
    } else {
      zip.entry(name, data);
    }
  }
  const auto path = dir.write("lying-crc.docx", zip.finish());
  const InputError error = load_error(path);
  CHECK(error.code() == InputErrorCode::not_a_zip);
  CHECK(error.part() == "word/document.xml");
}

TEST_CASE("a central entry pointing past the end or into the central directory is a damaged zip", "[hostile]")
{
  TempDir dir;
  const auto parts = minimal().parts();
  for (const std::uint32_t offset : {0x7FFFFFF0u, 0u}) {
    INFO(offset);
    RawZip zip;
    std::string document_xml;
    for (const auto& name : parts.names()) {
      if (name == "word/document.xml") {
        document_xml = parts.read(name);
        continue;
      }
      zip.entry(name, parts.read(name));
    }
    // Offset 0 is [Content_Types].xml's local header: a header of another name, size and CRC.
    zip.central("word/document.xml", offset, document_xml);
    const auto path = dir.write("bad-offset.docx", zip.finish());
    const InputError error = load_error(path);
    CHECK(error.code() == InputErrorCode::not_a_zip);
    CHECK(error.file() == path.string());
  }
}

TEST_CASE("thousands of zip entries load up to the limit and are refused past it", "[hostile]")
{
  TempDir dir;
  const auto parts = minimal().parts();
  const std::size_t limit = docx::ReadLimits{}.max_entries;
  const auto package_with = [&](std::size_t entries) {
    docx::PackageWriter writer;
    for (const auto& name : parts.names()) {
      writer.add(name, parts.read(name));
    }
    for (std::size_t i = parts.names().size(); i < entries; ++i) {
      writer.add("word/media/image" + std::to_string(i) + ".png", "x");
    }
    return writer.to_bytes();
  };
  const auto at_limit = docx::load_document(dir.write("at-limit.docx", package_with(limit)));
  CHECK(at_limit.paragraphs.size() == 1);
  const auto path = dir.write("past-limit.docx", package_with(limit + 1));
  const InputError error = load_error(path);
  CHECK(error.code() == InputErrorCode::too_many_entries);
  CHECK(error.detail() == std::to_string(limit + 1) + " > " + std::to_string(limit));
  CHECK(cli::input_error_message(error, path.string()).zh.find(path.string()) != std::string::npos);
}

TEST_CASE("a zip bomb in the main document or a linked part is refused with the default cap", "[hostile]")
{
  // 200 MB of paragraphs deflated to a few hundred KB, whichever part it is, is refused by the 64 MiB cap
  // before anything is inflated (its header says 200 MB). A header that lies is caught while inflating, one
  // 64 KiB chunk past the cap: test_docx_package_zip.cpp's 500 MB bomb.
  TempDir dir;
  const auto parts = minimal().parts();
  for (const std::string bomb : {"word/document.xml", "word/styles.xml"}) {
    INFO(bomb);
    docx::PackageWriter writer;
    for (const auto& name : parts.names()) {
      if (name == bomb) {
        writer.add_repeated(name, "<w:p><w:r><w:t>bomb</w:t></w:r></w:p>", 200'000'000 / 36);
      } else {
        writer.add(name, parts.read(name));
      }
    }
    const auto path = dir.write("bomb.docx", writer.to_bytes());
    const InputError error = load_error(path);
    CHECK(error.code() == InputErrorCode::part_too_large);
    CHECK(error.part() == bomb);
    CHECK(error.detail() == "64 MiB");
    CHECK(cli::input_error_message(error, path.string()).en.find(path.string()) != std::string::npos);
  }
}

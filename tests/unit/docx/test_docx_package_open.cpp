#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

#include <sys/stat.h>

#include "core/input_error.hpp"
#include "docx/file_sniffer.hpp"
#include "docx/open_package.hpp"
#include "docx/package_writer.hpp"
#include "support/docx_builder.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

void put32(std::string& bytes, std::size_t at, std::uint32_t value)
{
  for (int i = 0; i < 4; ++i) {
    bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
  }
}

void put_name(std::string& bytes, std::size_t entry, std::u16string_view name, char type)
{
  for (std::size_t i = 0; i < name.size(); ++i) {
    bytes[entry + 2 * i] = static_cast<char>(name[i] & 0xFF);
    bytes[entry + 2 * i + 1] = static_cast<char>(name[i] >> 8);
  }
  const std::size_t length = (name.size() + 1) * 2;
  bytes[entry + 64] = static_cast<char>(length);
  bytes[entry + 66] = type;
}

// A minimal OLE2 compound file with 512-byte sectors: sector 0 is the FAT, the directory starts in sector 1
// and continues in sector 2; `stream` is a directory entry in sector 2 (after the root in sector 1), and
// sector 3 is a data sector holding `data_text` in UTF-16LE.
std::string compound_file(std::u16string_view stream, std::u16string_view data_text = {})
{
  std::string bytes(512 * 5, '\0');
  bytes.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  bytes[24] = 0x3E;
  bytes[26] = 3;
  bytes[28] = '\xFE';
  bytes[29] = '\xFF';
  bytes[30] = 9; // 512-byte sectors
  bytes[32] = 6;
  put32(bytes, 44, 1);          // one FAT sector
  put32(bytes, 48, 1);          // first directory sector
  put32(bytes, 56, 4096);       // mini stream cut-off
  put32(bytes, 60, 0xFFFFFFFE); // no mini FAT
  put32(bytes, 68, 0xFFFFFFFE); // no DIFAT sectors
  for (std::size_t i = 0; i < 109; ++i) {
    put32(bytes, 76 + 4 * i, i == 0 ? 0 : 0xFFFFFFFF);
  }
  const std::size_t fat = 512;
  for (std::size_t i = 0; i < 128; ++i) {
    put32(bytes, fat + 4 * i, 0xFFFFFFFF);
  }
  put32(bytes, fat + 0, 0xFFFFFFFD); // sector 0: the FAT itself
  put32(bytes, fat + 4, 2);          // directory: sector 1 -> sector 2
  put32(bytes, fat + 8, 0xFFFFFFFE); // ... end
  put32(bytes, fat + 12, 0xFFFFFFFE);
  put_name(bytes, 512 * 2, u"Root Entry", 5);
  put_name(bytes, 512 * 3, stream, 2);
  for (std::size_t i = 0; i < data_text.size(); ++i) {
    bytes[512 * 4 + 2 * i] = static_cast<char>(data_text[i] & 0xFF);
  }
  return bytes;
}

InputError open_error(const std::filesystem::path& path, const ReadLimits& limits = {})
{
  try {
    open_package(path, limits);
  } catch (const InputError& error) {
    return error;
  }
  FAIL("the package opened");
  throw;
}

InputErrorCode open_code(const test::TempDir& dir, const std::string& name, const std::string& bytes)
{
  return open_error(dir.write(name, bytes)).code();
}

std::string package_rels(const std::string& type, const std::string& target)
{
  return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
         type + "\" Target=\"" + target + "\"/></Relationships>";
}

constexpr const char* k_office_document =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

} // namespace

TEST_CASE("a real .docx opens and names its main document", "[package]")
{
  test::TempDir dir;
  const auto path = test::DocxBuilder().body(test::paragraph("正文")).write(dir.file("good.docx"));
  const auto package = open_package(path);
  CHECK(package->file() == path.string());
  CHECK(find_main_document(*package) == "word/document.xml");
  CHECK_FALSE(sniff_file(path).refusal.has_value());
}

TEST_CASE("the main document is found through the relationship, wherever it is", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add("_rels/.rels", package_rels(k_office_document, "/content/main.xml"));
  writer.add("content/main.xml", "<w:document/>");
  writer.write(dir.file("moved.docx"));
  CHECK(find_main_document(*open_package(dir.file("moved.docx"))) == "content/main.xml");
}

TEST_CASE("a Strict document's main part is found through its Strict relationship", "[package]")
{
  test::TempDir dir;
  const auto path = test::DocxBuilder().strict().body(test::paragraph("x")).write(dir.file("strict.docx"));
  CHECK(find_main_document(*open_package(path)) == "word/document.xml");
}

TEST_CASE("a missing file, a folder and an empty file are told apart", "[package]")
{
  test::TempDir dir;
  const InputError missing = open_error(dir.file("nope.docx"));
  CHECK(missing.code() == InputErrorCode::not_found);
  CHECK(missing.file() == dir.file("nope.docx").string());
  CHECK(open_error(dir.path()).code() == InputErrorCode::is_directory);
  CHECK(open_code(dir, "empty.docx", "") == InputErrorCode::empty_file);
}

TEST_CASE("a path that cannot be resolved is unreadable with the system's reason", "[package]")
{
  test::TempDir dir;
  std::filesystem::create_symlink(dir.file("b"), dir.file("a"));
  std::filesystem::create_symlink(dir.file("a"), dir.file("b"));
  const InputError error = open_error(dir.file("a"));
  CHECK(error.code() == InputErrorCode::unreadable);
  CHECK_FALSE(error.detail().empty());
}

TEST_CASE("a FIFO or a device is unreadable, never opened", "[package]")
{
  test::TempDir dir;
  REQUIRE(mkfifo(dir.file("pipe.docx").c_str(), 0600) == 0);
  const InputError error = open_error(dir.file("pipe.docx"));
  CHECK(error.code() == InputErrorCode::unreadable);
  CHECK(error.detail() == "not a regular file");
  CHECK(open_error("/dev/null").code() == InputErrorCode::unreadable);
}

TEST_CASE("an OLE2 file is a legacy .doc unless its directory holds EncryptedPackage", "[package]")
{
  test::TempDir dir;
  CHECK(open_code(dir, "a.doc", compound_file(u"WordDocument")) == InputErrorCode::legacy_doc);
  CHECK(open_code(dir, "b.docx", compound_file(u"EncryptedPackage")) == InputErrorCode::encrypted);
  // The name in a data sector (a .doc whose text mentions it) is not a directory entry.
  CHECK(open_code(dir, "c.doc", compound_file(u"WordDocument", u"EncryptedPackage")) ==
        InputErrorCode::legacy_doc);
  // A bare signature with nothing valid behind it is still a legacy file, never a crash.
  CHECK(
      open_code(dir, "d.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0')) ==
      InputErrorCode::legacy_doc);
  std::string looping = compound_file(u"WordDocument");
  put32(looping, 512 + 8, 1); // directory chain 1 -> 2 -> 1 -> ...
  CHECK(open_code(dir, "e.doc", looping) == InputErrorCode::legacy_doc);
}

TEST_CASE("PDF, RTF, text and HTML are recognised from their first bytes", "[package]")
{
  test::TempDir dir;
  CHECK(open_code(dir, "a.docx", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") == InputErrorCode::pdf);
  CHECK(open_code(dir, "b.docx", "{\\rtf1\\ansi\\deff0 {\\fonttbl}") == InputErrorCode::rtf);
  CHECK(open_code(dir, "c.docx", "质量标杆申报材料\n第一部分") == InputErrorCode::plain_text);
  CHECK(open_code(dir, "d.docx", "<html><body>x</body></html>") == InputErrorCode::plain_text);
}

TEST_CASE("a truncated .docx is a damaged zip", "[package]")
{
  test::TempDir dir;
  const std::string zip = test::DocxBuilder().body(test::paragraph("text")).zip_bytes();
  const InputError error = open_error(dir.write("half.docx", zip.substr(0, zip.size() / 2)));
  CHECK(error.code() == InputErrorCode::not_a_zip);
  CHECK_FALSE(error.detail().empty());
  CHECK(open_code(dir, "pk.docx", "PK\x03\x04 and nothing else") == InputErrorCode::not_a_zip);
}

TEST_CASE("a zip without a main document is refused", "[package]")
{
  test::TempDir dir;
  PackageWriter plain;
  plain.add("notes.txt", "hello");
  plain.write(dir.file("plain.zip"));
  CHECK(open_error(dir.file("plain.zip")).code() == InputErrorCode::no_main_document);

  PackageWriter dangling;
  dangling.add("_rels/.rels", package_rels(k_office_document, "word/document.xml"));
  dangling.write(dir.file("dangling.docx"));
  CHECK(open_error(dir.file("dangling.docx")).code() == InputErrorCode::no_main_document);
}

TEST_CASE("an .xlsx is not a Word document", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add(
      "[Content_Types].xml",
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
  writer.add("_rels/.rels", package_rels(k_office_document, "xl/workbook.xml"));
  writer.add("xl/workbook.xml", "<workbook/>");
  writer.write(dir.file("book.xlsx"));
  const InputError error = open_error(dir.file("book.xlsx"));
  CHECK(error.code() == InputErrorCode::not_wordprocessing);
  CHECK(error.part() == "xl/workbook.xml");
  CHECK(error.detail().find("spreadsheetml") != std::string::npos);
}

TEST_CASE("a broken _rels/.rels is malformed XML naming that part", "[package]")
{
  test::TempDir dir;
  const auto path =
      test::DocxBuilder().part("_rels/.rels", "<Relationships>\n<Relationship").write(dir.file("rels.docx"));
  const InputError error = open_error(path);
  CHECK(error.code() == InputErrorCode::malformed_xml);
  CHECK(error.part() == "_rels/.rels");
  CHECK(error.line() == 2);
}

TEST_CASE("the entry limit applies when opening", "[package]")
{
  test::TempDir dir;
  const auto path = test::DocxBuilder().write(dir.file("small.docx"));
  ReadLimits limits;
  limits.max_entries = 3;
  CHECK(open_error(path, limits).code() == InputErrorCode::too_many_entries);
}

// The package's fast paths against the paths they replace: strings filled without zero-filling, the package
// relationships read once, part names looked up without building keys, files sniffed from the bytes read
// whole, the theme's and the style sheet's one-pass reads.

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "core/input_error.hpp"
#include "docx/file_sniffer.hpp"
#include "docx/memory_parts.hpp"
#include "docx/open_package.hpp"
#include "docx/package_writer.hpp"
#include "docx/part_names.hpp"
#include "docx/relationships.hpp"
#include "docx/string_fill.hpp"
#include "docx/style_sheet.hpp"
#include "docx/theme.hpp"
#include "docx/whole_file.hpp"
#include "docx/zip_package.hpp"
#include "support/docx_builder.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

std::string rels(const std::string& inner)
{
  return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + inner +
         "</Relationships>";
}

std::string rel(const std::string& id, const std::string& type, const std::string& target)
{
  return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/" +
         type + "\" Target=\"" + target + "\"/>";
}

void check_same(const std::vector<Relationship>& a, const std::vector<Relationship>& b)
{
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].id == b[i].id);
    CHECK(a[i].type == b[i].type);
    CHECK(a[i].target == b[i].target);
    CHECK(a[i].external == b[i].external);
  }
}

} // namespace

TEST_CASE("fill_string keeps the bytes in front, writes the rest and ends where the filler says", "[package]")
{
  std::string text = "abc";
  fill_string(text, 10, [](char* data, std::size_t size) noexcept {
    CHECK(std::string(data, 3) == "abc");
    CHECK(size == 10);
    for (std::size_t i = 3; i < 7; ++i) {
      data[i] = static_cast<char>('0' + i);
    }
    return std::size_t{7};
  });
  CHECK(text == "abc3456");
  // Growing past the capacity keeps the bytes too.
  fill_string(text, 100000, [](char* data, std::size_t size) noexcept {
    CHECK(std::string(data, 7) == "abc3456");
    data[size - 1] = 'z';
    std::fill(data + 7, data + size - 1, 'y');
    return size;
  });
  REQUIRE(text.size() == 100000);
  CHECK(text.substr(0, 8) == "abc3456y");
  CHECK(text.back() == 'z');
  CHECK(text[text.size()] == '\0');
  fill_string(text, 100000, [](char*, std::size_t) noexcept { return std::size_t{2}; });
  CHECK(text == "ab");
}

TEST_CASE("package relationships are read once and are what read_relationships reads", "[package]")
{
  MemoryParts parts;
  parts.add("word/document.xml", "<w:document/>");
  parts.add("docProps/app.xml", "<Properties/>");
  parts.add("_rels/.rels", rels(rel("rId1", "relationships/officeDocument", "word/document.xml") +
                                rel("rId2", "relationships/extended-properties", "/docProps/app.xml") +
                                rel("rId3", "relationships/custom-properties", "docProps/custom.xml")));
  const auto& kept = package_relationships(parts);
  check_same(kept, read_relationships(parts, ""));
  CHECK(&package_relationships(parts) == &kept); // the same list, not read again
  CHECK(find_target(kept, "/extended-properties") == std::optional<std::string>("docProps/app.xml"));
  CHECK_FALSE(find_target(kept, "/custom-properties")); // no such part

  // Adding a part forgets them: the custom properties now exist, and a replaced .rels is read again.
  parts.add("docProps/custom.xml", "<Properties/>");
  check_same(package_relationships(parts), read_relationships(parts, ""));
  CHECK(find_target(package_relationships(parts), "/custom-properties"));
  parts.add("_RELS/.rels", rels(rel("rId9", "relationships/officeDocument", "word/document.xml")));
  REQUIRE(package_relationships(parts).size() == 1);
  CHECK(package_relationships(parts)[0].id == "rId9");

  // A copy of the source keeps its own list.
  MemoryParts copy = parts;
  copy.add("_rels/.rels", rels(""));
  CHECK(package_relationships(copy).empty());
  CHECK(package_relationships(parts).size() == 1);
}

TEST_CASE("a malformed _rels/.rels throws on every call, nothing is kept", "[package]")
{
  MemoryParts parts;
  parts.add("_rels/.rels", "<Relationships><Relationship");
  CHECK_THROWS_AS(package_relationships(parts), InputError);
  CHECK_THROWS_AS(package_relationships(parts), InputError);
  parts.add("_rels/.rels", rels(""));
  CHECK(package_relationships(parts).empty());
}

TEST_CASE("part names are looked up by their keys without building them", "[package]")
{
  const std::vector<std::string> names{"word/document.xml",
                                       "/word/document.xml",
                                       "Word/Document.XML",
                                       "//word/document.xml",
                                       "",
                                       "/",
                                       "WORD/DOCUMENT.XML",
                                       "word/document.xm",
                                       "word/documenT.xml",
                                       "word/docüment.xml",
                                       "word/DOCÜMENT.xml",
                                       "//x",
                                       "/X",
                                       "//X",
                                       "x",
                                       "[Content_Types].xml",
                                       "[content_types].XML",
                                       "a",
                                       "A",
                                       "/a",
                                       "b",
                                       "\x80",
                                       "\xC0",
                                       "@",
                                       "`",
                                       "[",
                                       "{"};
  const PartKeyHash hash;
  const PartKeyEqual equal;
  for (const std::string& a : names) {
    const std::string key = part_key(a);
    for (const std::string& b : names) {
      INFO(a << " / " << b);
      const bool same = key == part_key(b);
      CHECK(equal(PartName{b}, key) == same);
      CHECK(equal(key, PartName{b}) == same);
      CHECK(equal(key, part_key(b)) == same);
      if (same) {
        CHECK(hash(PartName{b}) == hash(key));
      }
    }
    CHECK(hash(PartName{a}) == hash(key));
  }

  MemoryParts parts;
  for (const char* name : {"word/document.xml", "Word/Media/Image1.PNG", "[Content_Types].xml", "//x"}) {
    parts.add(name, name);
  }
  PackageWriter writer;
  for (const char* name : {"word/document.xml", "//x", "Word/Media/Image1.PNG", "[Content_Types].xml"}) {
    writer.add(name, name);
  }
  const std::string zip = writer.to_bytes();
  const ZipPackage package(zip, "memory.docx", {});
  for (const std::string& name : names) {
    const bool in_parts = part_key(name) == "word/document.xml" || part_key(name) == "[content_types].xml" ||
                          part_key(name) == "/x";
    CHECK(parts.has(name) == in_parts);
    bool in_package = false;
    for (const std::string& entry : package.names()) {
      in_package = in_package || part_key(entry) == part_key(name);
    }
    CHECK(package.has(name) == in_package);
    if (in_package) {
      CHECK(part_key(package.read(name)) == part_key(name)); // each entry holds its own name
    } else {
      CHECK_THROWS_AS(package.read(name), std::out_of_range);
    }
  }
  CHECK(parts.read("/WORD/media/image1.png") == "Word/Media/Image1.PNG");
  CHECK(package.read("/WORD/media/image1.png") == "Word/Media/Image1.PNG");
  CHECK(package.read("//X") == "//x");
}

TEST_CASE("a file read whole is sniffed as sniff_file sniffs it", "[package]")
{
  test::TempDir dir;
  const std::string zip = test::DocxBuilder().body(test::paragraph("x")).zip_bytes();
  const std::vector<std::string> contents{
      zip,
      "",
      "P",
      "PK\x03",
      "PK\x05\x06",
      std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'),
      std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A", 7),
      "%PDF-1.7\n",
      std::string(1019, ' ') + "%PDF-1.7", // within the first KiB
      std::string(1020, ' ') + "%PDF-1.7", // crosses it: plain text
      std::string(5000, 'x') + "%PDF-",
      "{\\rtf1",
      "\xEF\xBB\xBF{\\rtf1",
      "\xEF\xBB\xBF{\\rt",
      "质量标杆申报材料",
  };
  int index = 0;
  for (const std::string& bytes : contents) {
    const auto path = dir.write("f" + std::to_string(index++) + ".docx", bytes);
    INFO(path);
    const auto whole = read_whole_file(path, 1 << 20);
    REQUIRE(whole);
    CHECK_FALSE(sniff_status(path));
    const Sniff fast = sniff_head(path, *whole);
    const Sniff slow = sniff_file(path);
    CHECK(fast.refusal == slow.refusal);
    CHECK(fast.detail == slow.detail);
  }
  REQUIRE(sniff_status(dir.file("none.docx")));
  CHECK(sniff_status(dir.file("none.docx"))->refusal == InputErrorCode::not_found);
  CHECK(sniff_status(dir.path())->refusal == InputErrorCode::is_directory);
  CHECK(sniff_status("/dev/null")->refusal == InputErrorCode::unreadable);
}

TEST_CASE("a file larger than what is read whole opens and is refused as a small one", "[package]")
{
  test::TempDir dir;
  const std::string zip = test::DocxBuilder().body(test::paragraph("x")).zip_bytes();
  ReadLimits small;
  small.max_file_in_memory = 16; // every file here is read in place and sniffed from the file system
  const auto good = dir.write("good.docx", zip);
  CHECK(open_package_with_main(good, small).main_part == open_package_with_main(good).main_part);
  for (const std::string& bytes :
       {std::string("%PDF-1.7 and more than sixteen bytes"), std::string("short")}) {
    const auto path = dir.write("bad.docx", bytes);
    for (const ReadLimits& limits : {small, ReadLimits{}}) {
      try {
        open_package_with_main(path, limits);
        FAIL("opened");
      } catch (const InputError& error) {
        CHECK(error.code() == (bytes[0] == '%' ? InputErrorCode::pdf : InputErrorCode::plain_text));
      }
    }
  }
}

namespace {

// The theme's fonts as child() reads them: the reference for Theme's one-pass read.
std::string reference_font(const pugi::xml_node& theme, std::string_view theme_font, std::string_view script)
{
  const pugi::xml_node scheme = theme.child("a:themeElements").child("a:fontScheme");
  const pugi::xml_node fonts =
      scheme.child(theme_font.substr(0, 5) == "major" ? "a:majorFont" : "a:minorFont");
  const std::string_view slot = theme_font.substr(5);
  if (slot == "HAnsi" || slot == "Ascii") {
    return fonts.child("a:latin").attribute("typeface").as_string();
  }
  if (slot == "Bidi") {
    return fonts.child("a:cs").attribute("typeface").as_string();
  }
  for (const pugi::xml_node& font : fonts.children("a:font")) {
    if (!script.empty() && font.attribute("script").as_string() == script &&
        !std::string_view(font.attribute("typeface").as_string()).empty()) {
      return font.attribute("typeface").as_string();
    }
  }
  return fonts.child("a:ea").attribute("typeface").as_string();
}

} // namespace

TEST_CASE("the theme's fonts read in one pass are those child() finds", "[styles]")
{
  // Repeated elements (the first counts), entries before and after the slots, empty and missing typefaces,
  // repeated attributes, other elements in between.
  const char* xml = R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:themeElements><a:fontScheme>
<a:majorFont><a:font script="Hans" typeface=""/><a:font script="Hans" typeface="H2"/><x:y/>
<a:latin typeface="L1" typeface="L0"/><a:latin typeface="L2"/><a:cs/><a:cs typeface="C2"/>
<a:ea typeface="E1"/><a:font script="Jpan" script="Hang" typeface="J1"/><a:ea typeface="E2"/>
<a:font typeface="none"/></a:majorFont>
<a:minorFont><a:ea typeface=""/><a:latin typeface="ML"/><a:font script="Hant" typeface="T1"/>
<a:font script="Hant" typeface="T2"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>)";
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml));
  const Theme theme(doc.document_element());
  for (const char* font : {"majorHAnsi", "majorAscii", "majorBidi", "majorEastAsia", "minorHAnsi",
                           "minorAscii", "minorBidi", "minorEastAsia"}) {
    for (const char* script : {"", "Hans", "Hant", "Jpan", "Hang", "Arab"}) {
      INFO(font << " " << script);
      CHECK(theme.font(font, script) == reference_font(doc.document_element(), font, script));
    }
  }
  CHECK(theme.font("majorHAnsi", "") == "L1");
  CHECK(theme.font("majorEastAsia", "Hans") == "H2");
  CHECK(theme.font("majorEastAsia", "Jpan") == "J1");
  CHECK(theme.font("majorEastAsia", "Hang") == "E1");
  CHECK(theme.font("majorBidi", "").empty());
  CHECK(theme.font("minorEastAsia", "Hant") == "T1");
}

TEST_CASE("a style's attributes read in one pass: the first of a repeated one counts", "[styles]")
{
  // pugixml does not refuse repeated attributes; attribute() returned the first, and so does the pass.
  const char* xml = R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:styleId="" w:styleId="ignored"><w:name w:val="no id"/></w:style>
<w:style w:type="character" w:styleId="A" w:type="paragraph" w:styleId="B" w:default="0" w:default="1">
<w:name w:val="first A"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:styleId="A"><w:name w:val="second A"/></w:style>
<w:style w:default="1" w:styleId="P"><w:name w:val="P"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:styleId="B" w:type="paragraph" w:default="true"><w:name w:val="B"/></w:style>
<w:style w:type="table" w:default="on" w:styleId="T"><w:name w:val="T"/></w:style>
</w:styles>)";
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml));
  const StyleSheet sheet(doc.document_element(), nullptr);
  CHECK(sheet.style_name("A") == "first A");
  CHECK(sheet.style_name("B") == "B");
  CHECK(sheet.style_name("ignored").empty());
  CHECK(sheet.default_paragraph_style() == "P"); // A is a character style, whatever its second w:type says
  CHECK(sheet.default_table_style() == "T");
  pugi::xml_document run;
  REQUIRE(run.load_string(R"(<w:rPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:rStyle w:val="A"/></w:rPr>)"));
  const auto properties = sheet.resolve_run(run.document_element(), "B", {});
  CHECK(properties.character_style_id == "A"); // A resolved as a character style
  CHECK(properties.size_pt.value == 15.0);
  CHECK(sheet.resolve_run(pugi::xml_node{}, "", {}).size_pt.value == 11.0); // the default paragraph style P
}

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "docx/numbering.hpp"
#include "docx/open_package.hpp"
#include "docx/relationships.hpp"
#include "docx/xml_part.hpp"

using qb::docx::NumberingResolver;

namespace {

// A resolver over `body` (the children of w:numbering).
NumberingResolver make_resolver(const std::string& body)
{
  pugi::xml_document doc;
  const std::string xml =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
      R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">)" +
      body + "</w:numbering>";
  REQUIRE(doc.load_string(xml.c_str()));
  return NumberingResolver(doc.document_element()); // keeps no pointer into `doc`
}

std::string level(int ilvl, const std::string& format, const std::string& text, const std::string& extra = "")
{
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format +
         "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

std::string label(NumberingResolver& resolver, int num_id, int ilvl)
{
  const auto numbering = resolver.next(num_id, ilvl);
  REQUIRE(numbering);
  return numbering->label;
}

const std::string k_outline = R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "decimal", "%1.") +
                              level(1, "decimal", "%1.%2") + level(2, "decimal", "%1.%2.%3") +
                              "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

} // namespace

TEST_CASE("Chinese counting labels run 一、 to 十一、", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="3">)" + level(0, "chineseCounting", "%1、") +
                    R"(</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>)");
  std::vector<std::string> labels;
  for (int i = 0; i < 11; ++i) {
    labels.push_back(label(resolver, 5, 0));
  }
  CHECK(labels == std::vector<std::string>{"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、",
                                           "九、", "十、", "十一、"});
  const auto numbering = resolver.next(5, 0);
  REQUIRE(numbering);
  CHECK(numbering->num_id == 5);
  CHECK(numbering->level == 0);
  CHECK(numbering->format == "chineseCounting");
  CHECK(numbering->label == "十二、");
  CHECK(numbering->suffix == "\t");
}

TEST_CASE("full-width parentheses around a Chinese number", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "chineseCounting", "%1、") +
                    level(1, "chineseCounting", "（%2）") +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(label(resolver, 1, 0) == "一、");
  CHECK(label(resolver, 1, 1) == "（一）");
  CHECK(label(resolver, 1, 1) == "（二）");
  CHECK(label(resolver, 1, 0) == "二、");
  CHECK(label(resolver, 1, 1) == "（一）");
}

TEST_CASE("multi-level numbers restart lower levels when a higher one increments", "[styles]")
{
  NumberingResolver resolver = make_resolver(k_outline);
  CHECK(label(resolver, 1, 0) == "1.");
  CHECK(label(resolver, 1, 1) == "1.1");
  CHECK(label(resolver, 1, 1) == "1.2");
  CHECK(label(resolver, 1, 2) == "1.2.1");
  CHECK(label(resolver, 1, 0) == "2.");
  CHECK(label(resolver, 1, 1) == "2.1");
  CHECK(label(resolver, 1, 2) == "2.1.1");
  CHECK(label(resolver, 1, 1) == "2.2");
  CHECK(label(resolver, 1, 2) == "2.2.1");
}

TEST_CASE("a level used before its parent shows 0 for the parent", "[styles]")
{
  NumberingResolver resolver = make_resolver(k_outline);
  CHECK(label(resolver, 1, 1) == "0.1");
  CHECK(label(resolver, 1, 0) == "1.");
  CHECK(label(resolver, 1, 2) == "1.0.1");
}

TEST_CASE("w:lvlRestart chooses which higher level restarts a level", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "decimal", "%1.") +
                    level(1, "decimal", "%1.%2", R"(<w:lvlRestart w:val="0"/>)") +
                    level(2, "lowerLetter", "%3)", R"(<w:lvlRestart w:val="1"/>)") +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(label(resolver, 1, 0) == "1.");
  CHECK(label(resolver, 1, 1) == "1.1");
  CHECK(label(resolver, 1, 2) == "a)");
  CHECK(label(resolver, 1, 1) == "1.2");
  CHECK(label(resolver, 1, 2) == "b)"); // level 1 does not restart level 2 (lvlRestart 1: only level 0 does)
  CHECK(label(resolver, 1, 0) == "2.");
  CHECK(label(resolver, 1, 1) == "2.3"); // lvlRestart 0: never restarts
  CHECK(label(resolver, 1, 2) == "a)");
}

TEST_CASE("w:num instances sharing an abstract definition continue each other", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(k_outline + R"(<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(label(resolver, 1, 0) == "1.");
  CHECK(label(resolver, 2, 0) == "2.");
  CHECK(label(resolver, 1, 0) == "3.");
}

TEST_CASE("w:startOverride restarts the list the first time its instance is used", "[styles]")
{
  NumberingResolver resolver = make_resolver(k_outline + R"(<w:num w:numId="2"><w:abstractNumId w:val="0"/>
<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>)");
  CHECK(label(resolver, 1, 0) == "1.");
  CHECK(label(resolver, 1, 0) == "2.");
  CHECK(label(resolver, 2, 0) == "5.");
  CHECK(label(resolver, 2, 0) == "6.");
  CHECK(label(resolver, 1, 0) == "7.");
  CHECK(label(resolver, 3, 0) == "1.");
  CHECK(label(resolver, 2, 0) == "2."); // the override applies once, on first use
}

TEST_CASE("w:isLgl shows every level of the label in Arabic digits", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "chineseCounting", "第%1章") +
                    level(1, "decimal", "%1.%2", "<w:isLgl/>") + level(2, "upperRoman", "%1.%2.%3") +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(label(resolver, 1, 0) == "第一章");
  CHECK(label(resolver, 1, 1) == "1.1");
  CHECK(label(resolver, 1, 2) == "一.1.I"); // no isLgl on level 2
  CHECK(label(resolver, 1, 0) == "第二章");
}

TEST_CASE("bullets keep their character, private-use Symbol characters included", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "bullet", "•") +
                    level(1, "bullet", "\xEF\x82\xB7") +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  const auto first = resolver.next(1, 0);
  REQUIRE(first);
  CHECK(first->format == "bullet");
  CHECK(first->label == "•");
  CHECK(label(resolver, 1, 0) == "•");
  CHECK(label(resolver, 1, 1) == "\xEF\x82\xB7"); // U+F0B7
}

TEST_CASE("w:numStyleLink follows to the definition with the matching styleLink", "[styles]")
{
  NumberingResolver resolver = make_resolver(
      R"(<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="MyList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:styleLink w:val="MyList"/>)" +
      level(0, "upperLetter", "%1.") + R"(</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="11"/></w:num>)");
  CHECK(label(resolver, 7, 0) == "A.");
  CHECK(label(resolver, 8, 0) == "B."); // the same list
}

TEST_CASE("a numStyleLink loop is cut", "[styles]")
{
  NumberingResolver resolver = make_resolver(
      R"(<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="X"/><w:numStyleLink w:val="Y"/></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="Y"/><w:numStyleLink w:val="X"/></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>)");
  CHECK_FALSE(resolver.next(1, 0));
}

TEST_CASE("w:suff sets what follows the label", "[styles]")
{
  NumberingResolver resolver = make_resolver(
      R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "decimal", "%1.", R"(<w:suff w:val="space"/>)") +
      level(1, "decimal", "%2)", R"(<w:suff w:val="nothing"/>)") +
      level(2, "decimal", "%3", R"(<w:suff w:val="tab"/>)") +
      R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(resolver.next(1, 0)->suffix == " ");
  CHECK(resolver.next(1, 1)->suffix.empty());
  CHECK(resolver.next(1, 2)->suffix == "\t");
}

TEST_CASE("numbering that says nothing gives no label", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "none", "") + level(1, "none", "附") +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="99"/></w:num>)");
  CHECK_FALSE(resolver.next(0, 0));
  CHECK_FALSE(resolver.next(-3, 0));
  CHECK_FALSE(resolver.next(42, 0));
  CHECK_FALSE(resolver.next(2, 0)); // its abstract definition does not exist
  CHECK_FALSE(resolver.next(1, 0));
  CHECK_FALSE(resolver.next(1, 5)); // level 5 is not defined
  CHECK(label(resolver, 1, 1) == "附");

  NumberingResolver empty(pugi::xml_node{});
  CHECK_FALSE(empty.next(1, 0));
}

TEST_CASE("levels outside 0..8 are clamped", "[styles]")
{
  std::string levels;
  for (int i = 0; i < 9; ++i) {
    levels += level(i, "decimal", "%" + std::to_string(i + 1) + "]");
  }
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + levels +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(label(resolver, 1, -1) == "1]");
  const auto deep = resolver.next(1, 12);
  REQUIRE(deep);
  CHECK(deep->level == 8);
  CHECK(deep->label == "1]");
}

TEST_CASE("a w:lvlOverride level replaces the definition for that instance only", "[styles]")
{
  NumberingResolver resolver =
      make_resolver(R"(<w:abstractNum w:abstractNumId="0">)" + level(0, "decimal", "%1.") +
                    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">)" +
                    level(0, "upperRoman", "(%1)") + "</w:lvlOverride></w:num>");
  CHECK(label(resolver, 1, 0) == "1.");
  CHECK(label(resolver, 2, 0) == "(II)");
  CHECK(label(resolver, 1, 0) == "3.");
}

TEST_CASE("a start value and an AlternateContent numFmt are honoured", "[styles]")
{
  NumberingResolver resolver = make_resolver(R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">
<w:start w:val="3"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/>
</mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>
<w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  const auto first = resolver.next(1, 0);
  REQUIRE(first);
  CHECK(first->format == "decimalZero");
  CHECK(first->label == "03");
}

TEST_CASE("hostile start values do not overflow the counters", "[styles]")
{
  NumberingResolver resolver = make_resolver(R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">
<w:start w:val="2147483647"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="-2147483648"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)");
  CHECK(label(resolver, 1, 0) == "2147483647");
  CHECK(label(resolver, 1, 0) == "2147483647");
  CHECK(label(resolver, 1, 1) == "-2147483648");
}

TEST_CASE("Word corpus file 12 numbers its lists as Word shows them", "[styles][corpus]")
{
  const std::filesystem::path dir = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";
  std::filesystem::path file;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("12-", 0) == 0) {
      file = entry.path();
    }
  }
  REQUIRE_FALSE(file.empty());
  const auto parts = qb::docx::open_package(file);
  const std::string main_name = qb::docx::find_main_document(*parts);
  const auto main = qb::docx::read_xml_part(*parts, main_name);
  const auto target = qb::docx::find_target(qb::docx::read_relationships(*parts, main_name), "/numbering");
  REQUIRE(target);
  const auto numbering = qb::docx::read_xml_part(*parts, *target);
  NumberingResolver resolver(numbering->xml.child("w:numbering"));

  // Every paragraph with direct numbering, in document order (tables included).
  std::vector<std::string> labels;
  std::vector<std::string> suffixes;
  for (const pugi::xpath_node& found : main->xml.select_nodes("//w:p/w:pPr/w:numPr")) {
    const pugi::xml_node num_pr = found.node();
    const auto label = resolver.next(num_pr.child("w:numId").attribute("w:val").as_int(),
                                     num_pr.child("w:ilvl").attribute("w:val").as_int());
    REQUIRE(label);
    labels.push_back(label->label);
    suffixes.push_back(label->suffix);
  }
  // numId 2 and 3 use two different abstract definitions, so the second list starts again at [1].
  CHECK(labels == std::vector<std::string>{"1、", "[1].", "[2].", "[3].", "[4].", "[1].", "[2].", "(1)",
                                           "(2)", "(3)", "七、", "八、"});
  CHECK(suffixes.front().empty()); // w:suff nothing
  CHECK(suffixes[7] == " ");       // w:suff space
  CHECK(suffixes[1] == "\t");
}

// The reader's one-pass name look-ups and its other shortcuts, against the straightforward way on nested,
// misplaced and random input: the inline walk (containers, fields, revisions, mc:AlternateContent) against a
// recursive reference, properties found in one pass against child(name), relationship targets joined
// directly against splitting them into segments, part-name keys compared in place against part_key().
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "docx/load_document.hpp"
#include "docx/part_names.hpp"
#include "docx/target_path.hpp"
#include "support/docx_builder.hpp"

using namespace qb;

namespace {

model::Document load(const test::DocxBuilder& builder)
{
  const auto parts = builder.parts();
  return docx::load_document(parts);
}

// The paragraph's text as the inline reader read it before it walked in one pass: a recursive descent that
// compares whole names (no fields, hidden runs or drawings in the generated input).
void reference_text(const pugi::xml_node& node, std::string& out)
{
  for (const auto& child : node.children()) {
    if (child.type() != pugi::node_element) {
      continue;
    }
    const std::string_view name = child.name();
    if (name == "w:r") {
      for (const auto& content : child.children()) {
        const std::string_view inner = content.name();
        if (inner == "w:t") {
          out += content.text().get();
        } else if (inner == "w:tab") {
          out += '\t';
        }
      }
    } else if (name == "mc:AlternateContent") {
      reference_text(child.child("mc:Fallback"), out); // the generated Choice requires an unknown prefix
    } else if (name == "w:pPr" || name == "w:rPr" || name == "w:del" || name == "w:moveFrom" ||
               name == "w:sdtPr" || name == "w:sdtEndPr" || name == "w:subDoc" || name == "m:rPr") {
      continue;
    } else {
      reference_text(child, out);
    }
  }
}

// Random paragraph content: runs (w:rPr first, last or absent) inside nested containers, skipped elements,
// empty markers and comments, each run's text unique so that the order is checked too.
class ContentGenerator
{
public:
  explicit ContentGenerator(unsigned seed)
    : m_random(seed)
  {
  }

  std::string content(int depth)
  {
    std::string xml;
    const int count = pick(5);
    for (int i = 0; i < count; ++i) {
      xml += item(depth);
    }
    return xml;
  }

private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

  std::string run()
  {
    const std::string text = "<w:t>t" + std::to_string(m_next++) + "</w:t>";
    switch (pick(5)) {
    case 0: return "<w:r><w:rPr><w:b/></w:rPr>" + text + "</w:r>";
    case 1: return "<w:r>" + text + "<w:rPr><w:i/></w:rPr></w:r>";
    case 2: return "<w:r>" + text + "<w:tab/>" + text + "</w:r>";
    case 3: return "<w:r><!-- c -->" + text + "</w:r>";
    default: return "<w:r>" + text + "</w:r>";
    }
  }

  std::string item(int depth)
  {
    static const char* const containers[] = {"w:hyperlink", "w:ins",      "w:smartTag", "w:customXml",
                                             "w:fldSimple", "w:moveTo",   "w:bdo",      "w:dir",
                                             "w:del",       "w:moveFrom", "w:subDoc",   "w:sdtContent"};
    const int choice = depth <= 0 ? pick(3) : pick(9);
    switch (choice) {
    case 0:
    case 1: return run();
    case 2: return pick(2) == 0 ? "<w:bookmarkStart w:id=\"0\" w:name=\"b\"/>" : "<w:proofErr w:type=\"x\"/>";
    case 3:
    case 4:
    case 5: {
      const std::string name = containers[pick(12)];
      return "<" + name + ">" + content(depth - 1) + "</" + name + ">";
    }
    case 6:
      return "<w:sdt><w:sdtPr>" + run() + "</w:sdtPr><w:sdtContent>" + content(depth - 1) +
             "</w:sdtContent></w:sdt>";
    case 7:
      return "<mc:AlternateContent><mc:Choice Requires=\"w16se\">" + run() + "</mc:Choice><mc:Fallback>" +
             content(depth - 1) + "</mc:Fallback></mc:AlternateContent>";
    default: return "<m:oMath>" + content(depth - 1) + "</m:oMath>";
    }
  }

  std::mt19937 m_random;
  int m_next = 0;
};

std::string random_path(std::mt19937& random)
{
  static const char* const pieces[] = {"a", "b.xml", ".", "..", "", "\\", "#f", "%20", "media", "x y"};
  std::string path;
  const int count = std::uniform_int_distribution<int>(0, 4)(random);
  for (int i = 0; i < count; ++i) {
    if (i > 0 || std::uniform_int_distribution<int>(0, 5)(random) == 0) {
      path += '/';
    }
    path += pieces[std::uniform_int_distribution<int>(0, 9)(random)];
  }
  return path;
}

} // namespace

TEST_CASE("fast paths: the inline walk reads what a recursive descent reads, in order", "[reader]")
{
  for (unsigned seed = 1; seed <= 300; ++seed) {
    ContentGenerator generator(seed);
    const std::string paragraph =
        "<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr>" + generator.content(4) + "</w:p>";
    const auto document = load(test::DocxBuilder().body(paragraph));
    REQUIRE(document.paragraphs.size() == 1);

    pugi::xml_document xml;
    const std::string wrapped =
        "<w:body xmlns:w=\"w\" xmlns:m=\"m\" xmlns:mc=\"mc\">" + paragraph + "</w:body>";
    REQUIRE(xml.load_string(wrapped.c_str()));
    std::string expected;
    reference_text(xml.child("w:body").child("w:p"), expected);
    INFO(paragraph);
    CHECK(document.paragraphs[0].text() == expected);
  }
}

TEST_CASE("fast paths: deeply nested containers are walked without recursion", "[reader]")
{
  std::string open;
  std::string close;
  for (int i = 0; i < 20000; ++i) {
    open += i % 2 == 0 ? "<w:hyperlink>" : "<w:ins>";
    close = (i % 2 == 0 ? "</w:hyperlink>" : "</w:ins>") + close;
  }
  const auto document =
      load(test::DocxBuilder().body("<w:p><w:r><w:t>a</w:t></w:r>" + open + "<w:r><w:t>b</w:t></w:r>" +
                                    close + "<w:r><w:t>c</w:t></w:r></w:p>"));
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(document.paragraphs[0].text() == "abc");
}

TEST_CASE("fast paths: a run's w:rPr counts wherever it stands, the first of several", "[reader]")
{
  const auto document =
      load(test::DocxBuilder().body(R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>first</w:t></w:r>)"
                                    R"(<w:r><w:t>after</w:t><w:rPr><w:b/></w:rPr></w:r>)"
                                    R"(<w:r><w:t>two</w:t><w:rPr><w:i/></w:rPr><w:rPr><w:b/></w:rPr></w:r>)"
                                    R"(<w:r><w:t>none</w:t></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 1);
  const auto& runs = document.paragraphs[0].runs;
  REQUIRE(runs.size() == 4);
  CHECK(runs[0].props.bold.value);
  CHECK(runs[1].props.bold.value);
  CHECK(runs[2].props.italic.value);
  CHECK_FALSE(runs[2].props.bold.value);
  CHECK_FALSE(runs[3].props.bold.value);
}

TEST_CASE("fast paths: w:pPr and its children are found wherever they stand, the first of each", "[reader]")
{
  const auto document =
      load(test::DocxBuilder()
               .numbering(R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>)"
                          R"(<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
                          R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)")
               .body(R"(<w:p><w:bookmarkStart w:id="0" w:name="x"/><w:pPr><w:jc w:val="center"/>)"
                     R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:b/></w:rPr>)"
                     R"(<w:rPr><w:i/></w:rPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>)"
                     R"(<w:r><w:t>x</w:t></w:r></w:p>)"
                     R"(<w:p><w:pPr><w:rPr><w:i/></w:rPr><w:sectPr><w:pgSz w:w="100" w:h="200"/></w:sectPr>)"
                     R"(<w:sectPr><w:pgSz w:w="300" w:h="400"/></w:sectPr></w:pPr></w:p><w:p/>)"));
  REQUIRE(document.paragraphs.size() == 3);
  const auto& first = document.paragraphs[0];
  CHECK(first.props.alignment.value == model::Alignment::center);
  CHECK(first.mark.bold.value);
  CHECK_FALSE(first.mark.italic.value);
  REQUIRE(first.props.numbering);
  CHECK(first.props.numbering->label == "1.");
  CHECK(document.paragraphs[1].mark.italic.value);
  REQUIRE(document.sections.size() == 2);
  CHECK(document.sections[0].page_width_twips == 100);
  CHECK(document.sections[0].last_paragraph == 1);
}

TEST_CASE("fast paths: a paragraph's text is built once, by the reader, and equals its runs", "[reader]")
{
  const auto document = load(test::DocxBuilder().body(
      R"(<w:p><w:r><w:t>seen</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>)"
      R"(<w:r><w:tab/><w:t>end</w:t></w:r></w:p>)"));
  REQUIRE(document.paragraphs.size() == 1);
  const auto& paragraph = document.paragraphs[0];
  REQUIRE(paragraph.visible_text.has_value()); // built while reading, not by the first rule that asks
  std::string joined;
  for (const auto& run : paragraph.runs) {
    joined += run.hidden ? "" : run.text;
  }
  CHECK(paragraph.text() == joined);
  CHECK(paragraph.text() == "seen\tend");
  CHECK(&paragraph.text() == &paragraph.text()); // the same string every time

  model::Paragraph built; // by hand: built on the first call
  built.runs.push_back({model::RunKind::text, "a", {}, false, false});
  built.runs.push_back({model::RunKind::text, "b", {}, true, false});
  CHECK(built.text() == "a");
}

TEST_CASE("fast paths: relationship targets joined directly are those resolved by segments", "[package]")
{
  std::mt19937 random(7);
  const char* const sources[] = {"word/document.xml", "document.xml", "",         "word/sub/part.xml",
                                 "a//b/c.xml",        "./word/x.xml", "../x.xml", "w\\x.xml"};
  int plain = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string target = random_path(random);
    for (const char* source : sources) {
      const auto direct = docx::resolve_target(source, target);
      const auto by_segments = docx::resolve_target_by_segments(source, target);
      INFO(source << " + " << target);
      REQUIRE(direct == by_segments);
      plain += direct && target.find('/') == std::string::npos ? 1 : 0;
    }
  }
  CHECK(plain > 1000); // the direct join was taken often
  CHECK(docx::resolve_target("word/document.xml", "media/image1.png") == "word/media/image1.png");
  CHECK(docx::resolve_target("", "word/document.xml") == "word/document.xml");
  CHECK(docx::resolve_target("word/document.xml", "../../x.xml") == std::nullopt);
}

TEST_CASE("fast paths: part-name keys compared in place are part_key() compared", "[package]")
{
  const char* const names[] = {"",
                               "/",
                               "/Word/Document.xml",
                               "word/document.xml",
                               "WORD/DOCUMENT.XML",
                               "x",
                               "/x",
                               "//x",
                               "Xml",
                               "xml",
                               "É",
                               "/word/d",
                               "word/document.xmL",
                               "word/document.xml "};
  for (const char* name : names) {
    for (const char* other : names) {
      const std::string key = docx::part_key(other);
      INFO(name << " / " << key);
      CHECK(docx::has_part_key(name, key) == (docx::part_key(name) == key));
    }
  }
}

// Runs are built in place at the end of their paragraph, with room made beforehand for one run per w:r
// child (at most 64): checked on paragraphs where a w:r yields several runs, none, or runs of nested rubies,
// where containers hold more runs than the paragraph has w:r children, and past the 64 reserved; the
// paragraph's properties and mark are copied from the cache into the paragraph built in place.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "docx/load_document.hpp"
#include "support/docx_builder.hpp"

using namespace qb;

namespace {

model::Document load(const std::string& body)
{
  const auto parts = test::DocxBuilder().body(body).parts();
  return docx::load_document(parts);
}

// Each run as "kind:text", with "h" for hidden and "f" for a field result.
std::vector<std::string> described(const model::Paragraph& paragraph)
{
  std::vector<std::string> runs;
  for (const auto& run : paragraph.runs) {
    std::string text = std::to_string(static_cast<int>(run.kind)) + ":" + run.text;
    text += run.hidden ? "h" : "";
    text += run.field_result ? "f" : "";
    runs.push_back(text);
  }
  return runs;
}

} // namespace

TEST_CASE("run building: several runs from one w:r, none from others, rubies in between", "[reader]")
{
  const auto document = load(
      // One w:r split by a tab and a break, a field whose instruction runs yield nothing, a ruby in a run.
      R"(<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r/><w:r><w:rPr><w:vanish/></w:rPr><w:t>x</w:t></w:r>)"
      R"(<w:r><w:t>d</w:t><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase>)"
      R"(<w:r><w:t>e</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>f</w:t></w:r></w:rubyBase></w:ruby>)"
      R"(<w:t>g</w:t><w:t>h</w:t></w:r></w:p>)"
      // More runs than w:r children: runs inside containers.
      R"(<w:p><w:r><w:t>1</w:t></w:r><w:hyperlink><w:r><w:t>2</w:t></w:r><w:r><w:tab/></w:r>)"
      R"(<w:r><w:t>3</w:t></w:r></w:hyperlink><w:fldSimple w:instr="PAGE"><w:r><w:t>4</w:t></w:r></w:fldSimple></w:p>)"
      // Only runs that yield nothing.
      R"(<w:p><w:r/><w:r><w:lastRenderedPageBreak/></w:r><w:r><w:instrText>x</w:instrText></w:r></w:p>)");
  REQUIRE(document.paragraphs.size() == 3);
  CHECK(described(document.paragraphs[0]) == std::vector<std::string>{"0:a", "1:\t", "0:b", "2:\n", "0:c",
                                                                      "0:7f", "0:xh", "0:d", "0:e", "0:fh",
                                                                      "0:gh"});
  CHECK(described(document.paragraphs[1]) == std::vector<std::string>{"0:1", "0:2", "1:\t", "0:3", "0:4f"});
  CHECK(described(document.paragraphs[2]).empty());
  CHECK(document.facts.hidden_runs == 2);
  // Room made for runs that never came is given back.
  for (const auto& paragraph : document.paragraphs) {
    CHECK(paragraph.runs.capacity() <= std::max<std::size_t>(paragraph.runs.size(), 1) * 2);
  }
  CHECK(document.paragraphs[2].runs.capacity() == 0);
}

TEST_CASE("run building: more w:r than the room made beforehand", "[reader]")
{
  for (const int count : {1, 2, 63, 64, 65, 200}) {
    INFO(count);
    std::string body = "<w:p>";
    std::vector<std::string> expected;
    for (int i = 0; i < count; ++i) {
      body += "<w:r><w:t>" + std::to_string(i) + "</w:t></w:r>";
      expected.push_back("0:" + std::to_string(i));
      if (i % 7 == 0) {
        body += "<w:r/>"; // yields nothing, counted as room
      }
    }
    body += "</w:p>";
    const auto document = load(body);
    REQUIRE(document.paragraphs.size() == 1);
    CHECK(described(document.paragraphs[0]) == expected);
  }
}

TEST_CASE("run building: cached paragraph properties and marks are copied into each paragraph", "[reader]")
{
  const auto document = load(
      R"(<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="28"/></w:rPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="28"/></w:rPr></w:pPr><w:r><w:t>b</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="30"/></w:rPr><w:t>c</w:t></w:r></w:p>)");
  REQUIRE(document.paragraphs.size() == 3);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(document.paragraphs[i].index == i);
    CHECK(document.paragraphs[i].props.alignment.value == model::Alignment::center);
    CHECK(document.paragraphs[i].mark.size_pt.value == Approx(14.0));
  }
  CHECK(document.paragraphs[2].index == 2);
  CHECK(document.paragraphs[2].props.alignment.value == model::Alignment::end);
  CHECK(document.paragraphs[2].mark.size_pt.value == Approx(10.0));
  CHECK(document.paragraphs[2].runs.at(0).props.size_pt.value == Approx(15.0));
}

TEST_CASE("run building: mc:AlternateContent inside a run is read in place, nested too", "[reader]")
{
  const auto document = load(
      R"(<w:p><w:r><w:t>a</w:t><mc:AlternateContent><mc:Choice Requires="w16se"><w:t>X</w:t></mc:Choice>)"
      R"(<mc:Fallback><w:t>b</w:t><mc:AlternateContent><mc:Choice Requires="wps"><w:t>c</w:t></mc:Choice>)"
      R"(<mc:Fallback><w:t>Y</w:t></mc:Fallback></mc:AlternateContent><w:tab/></mc:Fallback></mc:AlternateContent>)"
      R"(<w:t>d</w:t><mc:AlternateContent/><w:t>e</w:t></w:r><w:r><w:t>f</w:t></w:r></w:p>)");
  REQUIRE(document.paragraphs.size() == 1);
  CHECK(described(document.paragraphs[0]) == std::vector<std::string>{"0:abc", "1:\t", "0:de", "0:f"});
}

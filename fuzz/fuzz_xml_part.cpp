// libFuzzer target: one XML part of an otherwise valid minimal .docx is replaced by the input, read through
// MemoryParts (the part interface the tests use) and load_document, then evaluated with the built-in rules.
// The first byte picks the part; the rest is its bytes.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input_error.hpp"
#include "docx/load_document.hpp"
#include "eval/evaluator.hpp"
#include "rules/ruleset.hpp"
#include "support/docx_builder.hpp"

namespace {

// Keep in step with fuzz/collect_seeds.py (its PARTS list gives the same selector to each name).
constexpr std::array<const char*, 13> k_parts = {
    "word/document.xml",     "word/styles.xml",     "word/numbering.xml",
    "word/theme/theme1.xml", "word/settings.xml",   "word/footnotes.xml",
    "word/endnotes.xml",     "word/comments.xml",   "word/_rels/document.xml.rels",
    "_rels/.rels",           "[Content_Types].xml", "docProps/core.xml",
    "docProps/app.xml",
};

// Every part present, each minimal but valid, so a replaced part is reached whatever it is.
qb::docx::MemoryParts base_package()
{
  const std::string run = "<w:r><w:t>text</w:t></w:r>";
  return qb::test::DocxBuilder()
      .body(qb::test::paragraph("标题") + qb::test::paragraph("正文"))
      .styles(
          R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)")
      .numbering(
          R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>)"
          R"(<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)")
      .settings(R"(<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>)")
      .footnotes(R"(<w:footnote w:id="1"><w:p>)" + run + "</w:p></w:footnote>")
      .endnotes(R"(<w:endnote w:id="1"><w:p>)" + run + "</w:p></w:endnote>")
      .comments(R"(<w:comment w:id="0" w:author="a"><w:p>)" + run + "</w:p></w:comment>")
      .core(
          R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>)")
      .app(
          R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Words>2</Words></Properties>)")
      .parts("fuzz.docx");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const auto ruleset = qb::rules::builtin_ruleset();
  static const qb::docx::MemoryParts base = base_package();
  if (size == 0) {
    return 0;
  }
  qb::docx::MemoryParts parts = base;
  parts.add(k_parts[data[0] % k_parts.size()],
            std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  try {
    const auto document = qb::docx::load_document(parts);
    qb::eval::evaluate_document(*ruleset, document, nullptr);
  } catch (const qb::InputError&) {
    // The expected refusal of a broken part.
  }
  return 0;
}

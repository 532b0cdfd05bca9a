// A 50 MB document.xml of ordinary paragraphs loads with the default limits (docs/hostile-inputs.md).
// Hidden ([.]) from the default run: CTest runs it as hostile.large in the normal build only, as Debug with
// ASan would be too slow for it (tests/unit/hostile/CMakeLists.txt).
#include <catch2/catch.hpp>

#include "eval/evaluator.hpp"
#include "rules/ruleset.hpp"
#include "unit/hostile/hostile_support.hpp"

using namespace qb;
using namespace qb::test;

TEST_CASE("a 50 MB document.xml loads and is checked with the default limits", "[.][large]")
{
  // Realistic paragraphs: a heading every 50, body text in runs with properties, as Word writes them.
  const std::string text = "质量标杆申报材料的正文段落，包含中文和 English words 以及数字 2020 年。";
  const std::string body_paragraph =
      paragraph(text, "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/>",
                "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>");
  std::string body;
  std::size_t paragraphs = 0;
  while (body.size() < 50u * 1000 * 1000) {
    body +=
        paragraphs % 50 == 0 ? paragraph("第" + std::to_string(paragraphs / 50 + 1) + "节") : body_paragraph;
    ++paragraphs;
  }
  TempDir dir;
  const auto path = DocxBuilder().body(body).write(dir.file("large.docx"));
  body.clear();
  body.shrink_to_fit();
  const auto document = docx::load_document(path);
  CHECK(document.paragraphs.size() == paragraphs);
  CHECK(document.paragraphs[1].text() == text);
  const auto result = eval::evaluate_document(*rules::builtin_ruleset(), document, nullptr);
  CHECK_FALSE(result.results.empty());
}

#include <algorithm>

#include <catch2/catch.hpp>

#include "docx/load_document.hpp"
#include "docx/memory_parts.hpp"
#include "eval/evaluator.hpp"
#include "rules/ruleset.hpp"
#include "template/template_check.hpp"
#include "template/template_document.hpp"
#include "template/template_error.hpp"
#include "unit/template/template_rulesets.hpp"

using namespace qb;
using namespace qb::templating;

namespace {

model::Document read_back(const TemplatePackage& package)
{
  return docx::load_document(package.memory_parts("template.docx"));
}

std::vector<std::string> failing_ids(const rules::Ruleset& ruleset, const model::Document& document)
{
  std::vector<std::string> ids;
  for (const auto& result : eval::evaluate_document(ruleset, document, nullptr).results) {
    if (result.outcome == Outcome::fail) {
      ids.push_back(result.rule_id);
    }
  }
  return ids;
}

bool has_paragraph(const model::Document& document, const std::string& text)
{
  return std::any_of(document.paragraphs.begin(), document.paragraphs.end(),
                     [&](const model::Paragraph& paragraph) { return paragraph.text() == text; });
}

bool contains_text(const model::Document& document, const std::string& text)
{
  return std::any_of(document.paragraphs.begin(), document.paragraphs.end(),
                     [&](const model::Paragraph& p) { return p.text().find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("the built-in template passes every document rule, warnings included", "[template]")
{
  const auto ruleset = rules::builtin_ruleset();
  for (Lang lang : {Lang::zh, Lang::en}) {
    const TemplatePackage package = build_template(*ruleset, lang);
    CHECK(failing_ids(*ruleset, read_back(package)).empty());
  }
  const CheckedTemplate checked = make_checked_template(*ruleset, Lang::zh);
  CHECK(checked.warnings.empty());
  CHECK(checked.passed >= 20);
}

TEST_CASE("the template has the five headings in order, a table, a picture and their captions", "[template]")
{
  const auto document = read_back(build_template(*rules::builtin_ruleset(), Lang::zh));
  std::vector<std::string> headings{"摘要", "企业概况", "管理方法（技术）的推进和应用情况",
                                    "管理方法（技术）的实施效果"};
  std::size_t next = 0;
  for (const auto& paragraph : document.paragraphs) {
    if (next < headings.size() && paragraph.text() == headings[next]) {
      ++next;
    }
  }
  CHECK(next == headings.size());
  CHECK(document.paragraphs.front().text() == "××公司实施××管理方法的经验");
  CHECK(document.tables.size() == 1);
  CHECK(has_paragraph(document, "表1 主要指标（示例）"));
  CHECK(has_paragraph(document, "图1 管理方法推进流程（示例）"));
  CHECK(has_paragraph(document, "2019年")); // the years of results.three_years head the table
  const bool picture = std::any_of(document.paragraphs.begin(), document.paragraphs.end(), [](const auto& p) {
    return std::any_of(p.drawings.begin(), p.drawings.end(),
                       [](const model::Drawing& d) { return d.kind == model::DrawingKind::picture; });
  });
  CHECK(picture);
}

TEST_CASE("guidance follows the language and states each part's limit", "[template]")
{
  const auto ruleset = rules::builtin_ruleset();
  const auto zh = read_back(build_template(*ruleset, Lang::zh));
  CHECK(contains_text(zh, "【填写说明】简要介绍应用的管理方法（技术）"));
  CHECK(contains_text(zh, "（不超过 500 字）"));
  CHECK(contains_text(zh, "（不超过 8000 字）"));
  const auto en = read_back(build_template(*ruleset, Lang::en));
  CHECK(contains_text(en, "[Guidance] Briefly present the method"));
  CHECK(contains_text(en, "(at most 2000 字)"));
  CHECK(has_paragraph(en, "摘要")); // headings stay Chinese: they must match the rule set's patterns
}

TEST_CASE("a rule set with other fonts and limits gives a template that passes it and fails the built-in set",
          "[template]")
{
  const auto other = rules::load_ruleset_text(test::other_fonts_ruleset_text(), "other.yaml");
  const TemplatePackage package = make_checked_template(*other, Lang::zh).package;
  const auto document = read_back(package);
  CHECK(failing_ids(*other, document).empty());
  CHECK(contains_text(document, "（不超过 300 字）"));
  const auto builtin_failures = failing_ids(*rules::builtin_ruleset(), document);
  CHECK(std::count(builtin_failures.begin(), builtin_failures.end(), "style.body") == 1);
  CHECK(std::count(builtin_failures.begin(), builtin_failures.end(), "style.title") == 1);
}

TEST_CASE("the same rule set always gives the same bytes", "[template]")
{
  const auto ruleset = rules::builtin_ruleset();
  const std::string first = build_template(*ruleset, Lang::zh).zip_bytes();
  CHECK(first == build_template(*ruleset, Lang::zh).zip_bytes());
  CHECK(first != build_template(*ruleset, Lang::en).zip_bytes());
  CHECK(first.substr(0, 2) == "PK");
}

TEST_CASE("a part whose name its own heading patterns reject cannot make a template", "[template]")
{
  std::string text(*util::find_embedded_file("caq-2020.yaml"));
  text = test::replace_once(text, "name: {zh: 企业概况, en: Enterprise overview}",
                            "name: {zh: 企业简介, en: Enterprise overview}");
  const auto ruleset = rules::load_ruleset_text(text, "renamed.yaml");
  try {
    build_template(*ruleset, Lang::zh);
    FAIL("no TemplateError");
  } catch (const TemplateError& error) {
    CHECK(error.text().zh.find("企业简介") != std::string::npos);
    CHECK(error.text().en.find("overview") != std::string::npos);
  }
}

TEST_CASE("a rule set the template cannot satisfy is refused, naming the rule", "[template]")
{
  // A title pattern the example title does not match: an error-level rule the template would fail.
  std::string text(*util::find_embedded_file("caq-2020.yaml"));
  text = test::replace_once(text, R"(must_match: ["经验$"])", R"(must_match: ["^标杆"])");
  const auto ruleset = rules::load_ruleset_text(text, "strict-title.yaml");
  try {
    make_checked_template(*ruleset, Lang::zh);
    FAIL("no TemplateError");
  } catch (const TemplateError& error) {
    CHECK(error.text().en.find("title.naming") != std::string::npos);
  }
}

TEST_CASE("every zip entry is dated 1980-01-01 00:00, so the bytes never depend on the clock", "[template]")
{
  const std::string zip = build_template(*rules::builtin_ruleset(), Lang::zh).zip_bytes();
  const auto u16 = [&](std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(zip[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(zip[at + 1])) << 8;
  };
  std::size_t entries = 0;
  for (std::size_t at = zip.find("PK\x01\x02"); at != std::string::npos;
       at = zip.find("PK\x01\x02", at + 4)) {
    CHECK(u16(at + 12) == 0);      // central directory: last modification time
    CHECK(u16(at + 14) == 0x0021); // and date: 1980-01-01
    ++entries;
  }
  CHECK(entries == 7);
}

// `qbcheck dump`, run as a user runs it.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/docx_builder.hpp"

using namespace qb;

namespace {

struct Outcome
{
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `qbcheck <arguments>` with its output captured in `dir`. Arguments are quoted by the caller.
Outcome run_qbcheck(const test::TempDir& dir, const std::string& arguments)
{
  const auto out = dir.file("stdout.txt");
  const auto err = dir.file("stderr.txt");
  const std::string command = std::string("'") + QBCHECK_BINARY + "' " + arguments + " >'" + out.string() +
                              "' 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  Outcome outcome;
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  outcome.out = slurp(out);
  outcome.err = slurp(err);
  return outcome;
}

test::DocxBuilder sample()
{
  return test::DocxBuilder()
      .styles(R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr>)"
              R"(</w:rPrDefault></w:docDefaults>)")
      .body(
          test::paragraph("质量标杆申报材料", R"(<w:rFonts w:eastAsia="黑体"/><w:b/>)",
                          R"(<w:jc w:val="center"/>)") +
          R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:bottom="1440" w:left="1800")"
          R"( w:right="1800"/></w:sectPr>)");
}

} // namespace

TEST_CASE("dump prints paragraphs with their resolved fonts, sections and facts", "[reader]")
{
  test::TempDir dir;
  const auto file = sample().write(dir.file("申报.docx"));
  const auto outcome = run_qbcheck(dir, "dump '" + file.string() + "'");
  CHECK(outcome.exit_code == 0);
  CHECK(outcome.out.find("质量标杆申报材料") != std::string::npos);
  CHECK(outcome.out.find("黑体(direct)") != std::string::npos);
  CHECK(outcome.out.find("12pt(doc_defaults)") != std::string::npos);
  CHECK(outcome.out.find("居中") != std::string::npos);
  CHECK(outcome.out.find("210.0 × 297.0 mm") != std::string::npos);
  CHECK(outcome.err.empty());

  const auto english = run_qbcheck(dir, "dump --lang en '" + file.string() + "'");
  CHECK(english.exit_code == 0);
  CHECK(english.out.find("centered") != std::string::npos);
  CHECK(english.out.find("portrait") != std::string::npos);
}

TEST_CASE("dump --json prints the model as JSON", "[reader]")
{
  test::TempDir dir;
  const auto file = sample().write(dir.file("a.docx"));
  const auto outcome = run_qbcheck(dir, "dump --json '" + file.string() + "'");
  REQUIRE(outcome.exit_code == 0);
  const auto json = nlohmann::json::parse(outcome.out);
  REQUIRE(json["paragraphs"].size() == 1);
  const auto& paragraph = json["paragraphs"][0];
  CHECK(paragraph["text"] == "质量标杆申报材料");
  CHECK(paragraph["story"] == "main");
  CHECK(paragraph["props"]["alignment"]["value"] == "center");
  CHECK(paragraph["runs"][0]["props"]["fonts"]["east_asia"]["value"] == "黑体");
  CHECK(paragraph["runs"][0]["props"]["fonts"]["east_asia"]["origin"] == "direct");
  CHECK(paragraph["runs"][0]["props"]["size_pt"]["value"] == 12.0);
  CHECK(json["sections"][0]["page_width_twips"] == 11906);
  CHECK(json["body"][0]["kind"] == "paragraph");
  CHECK(json["facts"]["strict_ooxml"] == false);
}

TEST_CASE("dump of a legacy .doc file names the file and exits with status 2", "[reader]")
{
  test::TempDir dir;
  const auto file = dir.file("old.doc");
  {
    std::ofstream out(file, std::ios::binary);
    const unsigned char ole2[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    out.write(reinterpret_cast<const char*>(ole2), sizeof ole2);
    out << std::string(4096, '\0');
  }
  const auto outcome = run_qbcheck(dir, "dump '" + file.string() + "'");
  CHECK(outcome.exit_code == 2);
  CHECK(outcome.out.empty());
  CHECK(outcome.err.find(file.string()) != std::string::npos);
  CHECK(outcome.err.find(".docx") != std::string::npos);

  const auto english = run_qbcheck(dir, "dump --lang en '" + file.string() + "'");
  CHECK(english.exit_code == 2);
  CHECK(english.err.find("Save it as .docx") != std::string::npos);
}

TEST_CASE("dump of a missing file and a bad option exit with status 2", "[reader]")
{
  test::TempDir dir;
  const auto missing = run_qbcheck(dir, "dump '" + dir.file("nope.docx").string() + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nope.docx") != std::string::npos);

  const auto file = sample().write(dir.file("a.docx"));
  const auto bad_lang = run_qbcheck(dir, "dump --lang fr '" + file.string() + "'");
  CHECK(bad_lang.exit_code == 2);
}

TEST_CASE("dump refuses a part larger than --max-part-mb", "[reader]")
{
  test::TempDir dir;
  std::string body;
  const auto filler = test::paragraph(std::string(1000, 'x'));
  while (body.size() < (1u << 20) + 1000) {
    body += filler;
  }
  const auto file = test::DocxBuilder().body(body).write(dir.file("big.docx"));
  const auto refused = run_qbcheck(dir, "dump --max-part-mb 1 '" + file.string() + "'");
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("big.docx") != std::string::npos);
  const auto accepted = run_qbcheck(dir, "dump --max-part-mb 2 '" + file.string() + "'");
  CHECK(accepted.exit_code == 0);
}

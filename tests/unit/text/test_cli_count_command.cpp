// `qbcheck count` end to end: the real binary on small packages.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include "support/docx_builder.hpp"

using namespace qb;

namespace {

struct Output
{
  int status = -1;
  std::string text; // stdout and stderr together
};

Output run_qbcheck(const std::string& arguments, bool with_stderr = true)
{
  const auto command =
      std::string(QBCHECK_BINARY) + " " + arguments + (with_stderr ? " 2>&1" : " 2>/dev/null");
  Output output;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    output.text.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  output.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return output;
}

std::string quoted(const std::filesystem::path& path)
{
  return "'" + path.string() + "'";
}

// Three paragraphs, "摘要 ", “ABC” with the East Asian hint, "x y": 7 words (4 Asian), 9 characters, 11 with
// spaces.
std::filesystem::path write_sample(const test::TempDir& dir)
{
  test::DocxBuilder builder;
  builder.body(test::paragraph("摘要 ") + test::paragraph("“ABC”", "<w:rFonts w:hint=\"eastAsia\"/>") +
               test::paragraph("x y"));
  builder.app(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion>"
      "<Words>4</Words><Characters>7</Characters><CharactersWithSpaces>9</CharactersWithSpaces>"
      "</Properties>");
  return builder.write(dir.file("sample.docx"));
}

} // namespace

TEST_CASE("count --json prints the mode, the stories and the stored statistics", "[count][cli]")
{
  test::TempDir dir;
  const auto file = write_sample(dir);
  const auto output = run_qbcheck("count " + quoted(file) + " --json", false);
  REQUIRE(output.status == 0);
  const auto json = nlohmann::json::parse(output.text);
  CHECK(json["mode"] == "word");
  CHECK(json["stories"]["main"]["words"] == 7);
  CHECK(json["stories"]["main"]["asian"] == 4);
  CHECK(json["stories"]["main"]["non_asian_words"] == 3);
  CHECK(json["stories"]["main"]["characters"] == 9);
  CHECK(json["stories"]["main"]["characters_with_spaces"] == 11);
  for (const char* story : {"textboxes", "footnotes", "endnotes"}) {
    CHECK(json["stories"][story]["words"] == 0);
  }
  CHECK(json["document"] == json["stories"]["main"]);
  CHECK(json["stored"]["application"] == "Microsoft Office Word");
  CHECK(json["stored"]["words"] == 4);
  CHECK(json["stored"]["pages"].is_null());
  // "摘要" is the 摘要 heading (so there is no title); the part holds the other two paragraphs: 3 + 2 words.
  REQUIRE(json.contains("parts"));
  CHECK(json["parts"]["title"].is_null());
  CHECK(json["parts"]["overview"].is_null());
  CHECK(json["parts"]["summary"]["words"] == 5);
}

TEST_CASE("count --mode wps decides ambiguous characters by font", "[count][cli]")
{
  test::TempDir dir;
  const auto file = write_sample(dir);
  const auto output = run_qbcheck("count " + quoted(file) + " --mode wps --json", false);
  REQUIRE(output.status == 0);
  const auto json = nlohmann::json::parse(output.text);
  CHECK(json["mode"] == "wps");
  CHECK(json["stories"]["main"]["words"] == 7); // the hint makes the quotes Asian in WPS too
}

TEST_CASE("count prints the dialog's figures and labels app.xml as stored, not counted", "[count][cli]")
{
  test::TempDir dir;
  const auto file = write_sample(dir);
  const auto zh = run_qbcheck("count " + quoted(file));
  REQUIRE(zh.status == 0);
  CHECK_THAT(zh.text, Catch::Contains("字数") && Catch::Contains("中文字符和朝鲜语单词") &&
                          Catch::Contains("字符数(计空格)") && Catch::Contains("计数方式：word"));
  CHECK_THAT(zh.text, Catch::Contains("由 Microsoft Office Word 在上次保存时写入") &&
                          Catch::Contains("存储 4，本次 7，相差 +3"));
  const auto en = run_qbcheck("count " + quoted(file) + " --lang en --mode wps");
  REQUIRE(en.status == 0);
  CHECK_THAT(en.text, Catch::Contains("Counting mode: wps") &&
                          Catch::Contains("stored by Microsoft Office Word when last saved") &&
                          Catch::Contains("not the count") &&
                          Catch::Contains("stored 9, counted 11, difference +2"));
}

TEST_CASE("count says when app.xml stores no statistics", "[count][cli]")
{
  test::TempDir dir;
  const auto file = test::DocxBuilder().body(test::paragraph("正文")).write(dir.file("plain.docx"));
  const auto output = run_qbcheck("count " + quoted(file) + " --lang en");
  REQUIRE(output.status == 0);
  CHECK_THAT(output.text, Catch::Contains("app.xml stores no word-count statistics"));
}

TEST_CASE("count rejects an unknown mode with a suggestion", "[count][cli]")
{
  test::TempDir dir;
  const auto file = write_sample(dir);
  const auto output = run_qbcheck("count " + quoted(file) + " --mode wrd");
  CHECK(output.status == 2);
  CHECK_THAT(output.text, Catch::Contains("wrd") && Catch::Contains("did you mean word?"));
}

TEST_CASE("count of an unreadable file prints the input message and exits 2", "[count][cli]")
{
  test::TempDir dir;
  const auto missing = run_qbcheck("count " + quoted(dir.file("absent.docx")));
  CHECK(missing.status == 2);
  CHECK_THAT(missing.text, Catch::Contains("absent.docx") && Catch::Contains("找不到该文件"));
  const auto not_docx = dir.file("notes.docx");
  FILE* out = std::fopen(not_docx.c_str(), "w");
  REQUIRE(out != nullptr);
  std::fputs("just some text\n", out);
  std::fclose(out);
  const auto plain = run_qbcheck("count " + quoted(not_docx) + " --lang en");
  CHECK(plain.status == 2);
  CHECK_THAT(plain.text, Catch::Contains("this is not a .docx file"));
}

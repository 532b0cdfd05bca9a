#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace qb;
using namespace qb::report::test;

TEST_CASE("html report escapes every text taken from documents and rules", "[report]")
{
  const auto text = render("html", sample_run());
  CHECK(text.find("<x>.docx") == std::string::npos);
  CHECK(text.find("申报/a,&quot;b&quot;&lt;x&gt;.docx") != std::string::npos);
  CHECK(text.find("<b>&") == std::string::npos);
  CHECK(text.find("&lt;b&gt;&amp;") != std::string::npos);
}

TEST_CASE("html report is one self-contained page with a row per document", "[report]")
{
  const auto text = render("html", sample_run(), Lang::en);
  CHECK(text.starts_with("<!DOCTYPE html>"));
  CHECK(text.find("src=") == std::string::npos);
  CHECK(text.find("href=\"http") == std::string::npos);
  CHECK(text.find("<link") == std::string::npos);
  CHECK(text.find("<table class=\"sortable\" id=\"summary\">") != std::string::npos);
  std::size_t rows = 0;
  for (auto at = text.find("<tr class=\""); at != std::string::npos; at = text.find("<tr class=\"", at + 1)) {
    ++rows;
  }
  CHECK(rows == 3);
  CHECK(text.find("<td class=\"num over\">512</td>") != std::string::npos);
  CHECK(text.find("<details id=\"doc-2\" open>") != std::string::npos);
}

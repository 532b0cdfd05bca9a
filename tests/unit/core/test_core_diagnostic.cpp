#include <catch2/catch.hpp>

#include "core/diagnostic.hpp"
#include "core/input_error.hpp"

using namespace qb;

TEST_CASE("a diagnostic prints as file:line:col: message", "[core]")
{
  Diagnostic diagnostic{{"rules.yaml", 12, 5}, {"未知的键", "unknown key"}};
  CHECK(format_diagnostic(diagnostic, Lang::en) == "rules.yaml:12:5: unknown key");
  CHECK(format_diagnostic(diagnostic, Lang::zh) == "rules.yaml:12:5: 未知的键");
}

TEST_CASE("a load error keeps every diagnostic", "[core]")
{
  LoadError error({{{"a.yaml", 1, 1}, {"一", "one"}}, {{"a.yaml", 2, 3}, {"二", "two"}}});
  CHECK(error.diagnostics().size() == 2);
  CHECK(std::string(error.what()) == "a.yaml:1:1: one\na.yaml:2:3: two");
}

TEST_CASE("an input error names the file, the part and the line", "[core]")
{
  InputError error(InputErrorCode::malformed_xml, "a.docx", "unexpected end", "word/document.xml", 7);
  CHECK(error.code() == InputErrorCode::malformed_xml);
  CHECK(std::string(error.what()) == "a.docx: malformed_xml in word/document.xml:7: unexpected end");
  CHECK(to_string(InputErrorCode::legacy_doc) == "legacy_doc");
}

#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include "rules/param_reader.hpp"
#include "util/edit_distance.hpp"

using namespace qb;
using rules::Need;
using rules::ParamReader;

namespace {

std::string joined(const std::vector<Diagnostic>& diagnostics)
{
  std::string text;
  for (const auto& d : diagnostics) {
    text += format_diagnostic(d, Lang::en) + "\n";
  }
  return text;
}

} // namespace

TEST_CASE("edit distance counts code points and suggests near keys only", "[rules]")
{
  CHECK(util::edit_distance("kitten", "sitting") == 3);
  CHECK(util::edit_distance("", "abc") == 3);
  CHECK(util::edit_distance("摘要", "摘 要") == 1);
  CHECK(util::edit_distance("wrod", "word") == 1);
  CHECK(util::edit_distance("ab", "ba") == 1);
  CHECK(util::closest_match("levle", {"id", "level", "kind"}) == std::optional<std::string>("level"));
  CHECK_FALSE(util::closest_match("id", {"kind"}).has_value());
  CHECK_FALSE(util::closest_match("completely", {"level"}).has_value());
  CHECK(util::near_matches("part_lenght", {"page_setup", "part_length", "captions"}, 3) ==
        std::vector<std::string>{"part_length"});
}

TEST_CASE("typed values are read and wrong types are reported with line and column", "[rules]")
{
  const YAML::Node node =
      YAML::Load("name: abc\nmax: 12\nshare: 0.5\nflag: yes\nbad_int: 1.5\nbad_bool: maybe\n"
                 "list: [a, b]\none: x\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  CHECK(params.string("name") == std::optional<std::string>("abc"));
  CHECK(params.integer("max") == std::optional<std::int64_t>(12));
  CHECK(params.number("share") == Approx(0.5));
  CHECK(params.boolean("flag") == std::optional<bool>(true));
  CHECK_FALSE(params.integer("bad_int").has_value());
  CHECK_FALSE(params.boolean("bad_bool").has_value());
  CHECK(params.string_list("list") == std::vector<std::string>{"a", "b"});
  CHECK(params.string_list("one") == std::vector<std::string>{"x"});
  CHECK_FALSE(params.string("absent").has_value());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].where.file == "r.yaml");
  CHECK(diagnostics[0].where.line == 5);
  CHECK(diagnostics[0].where.column == 10);
  CHECK(diagnostics[0].message.en.find("whole number") != std::string::npos);
  CHECK(diagnostics[1].where.line == 6);
}

TEST_CASE("a missing required key is reported at the mapping", "[rules]")
{
  const YAML::Node node = YAML::Load("\n\nkind: x\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  CHECK_FALSE(params.string("id", Need::required).has_value());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].where.line == 3);
  CHECK(diagnostics[0].message.en == "missing required key 'id'.");
}

TEST_CASE("unknown key is reported with its line and a did-you-mean", "[rules]")
{
  const YAML::Node node = YAML::Load("id: a\nmaxx: 3\nwhatever: 1\ninclude: {tabels: false}\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  params.string("id");
  params.integer("max");
  auto include = params.child("include");
  REQUIRE(include.has_value());
  include->boolean("tables");
  params.report_unknown_keys();
  params.report_unknown_keys(); // reporting twice adds nothing
  INFO(joined(diagnostics));
  REQUIRE(diagnostics.size() == 3);
  CHECK(format_diagnostic(diagnostics[0], Lang::en) == "r.yaml:2:1: unknown key 'maxx'; did you mean 'max'?");
  CHECK(diagnostics[1].where.line == 3);
  CHECK(diagnostics[1].message.en.find("Keys allowed here: id, max, include") != std::string::npos);
  CHECK(format_diagnostic(diagnostics[2], Lang::en) ==
        "r.yaml:4:11: unknown key 'tabels'; did you mean 'tables'?");
  CHECK(diagnostics[2].message.zh == "未知的键“tabels”，是否应为“tables”？");
}

TEST_CASE("choice values outside the allowed set suggest the nearest", "[rules]")
{
  const YAML::Node node = YAML::Load("level: eror\nmode: nonsense\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  CHECK_FALSE(params.choice("level", {"error", "warning", "info"}).has_value());
  CHECK_FALSE(params.choice("mode", {"word", "wps"}).has_value());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].message.en ==
        "'level' has the invalid value 'eror'; did you mean 'error'? Allowed: error, warning, info.");
  CHECK(diagnostics[1].message.en == "'mode' has the invalid value 'nonsense'; allowed: word, wps.");
}

TEST_CASE("localized texts accept a plain string or a zh/en mapping", "[rules]")
{
  const YAML::Node node = YAML::Load("a: 文本\nb: {zh: 中, en: En}\nc: [1]\nd: {zh: 中, fr: x}\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  CHECK(params.localized("a")->en == "文本");
  CHECK(params.localized("b")->en == "En");
  CHECK_FALSE(params.localized("c").has_value());
  CHECK(params.localized("d")->zh == "中");
  params.report_unknown_keys();
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].where.line == 3);
  CHECK(diagnostics[1].message.en.find("unknown key 'fr'") != std::string::npos);
}

TEST_CASE("children of a sequence are read with their own locations", "[rules]")
{
  const YAML::Node node = YAML::Load("items:\n  - {a: 1}\n  - plain\n  - {a: x}\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  auto items = params.children("items");
  REQUIRE(items.size() == 2);
  CHECK(items[0].integer("a") == std::optional<std::int64_t>(1));
  CHECK_FALSE(items[1].integer("a").has_value());
  CHECK(items[1].location().line == 4);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].where.line == 3);
  CHECK(diagnostics[1].where.line == 4);
}

TEST_CASE("ignored mappings do not report their keys", "[rules]")
{
  const YAML::Node node = YAML::Load("x: 1\n");
  std::vector<Diagnostic> diagnostics;
  ParamReader params(node, "r.yaml", diagnostics);
  params.ignore_unknown_keys();
  params.report_unknown_keys();
  CHECK(diagnostics.empty());
  params.error("x", {"坏", "bad"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].where.column == 4);
}

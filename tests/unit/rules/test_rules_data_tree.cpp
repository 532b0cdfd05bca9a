#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "rules/builtin_data_trees.hpp"
#include "rules/data_tree.hpp"
#include "rules/ruleset.hpp"
#include "rules/yaml_location.hpp"
#include "util/embedded_files.hpp"

using namespace qb;
using rules::DataKind;
using rules::DataNode;
using rules::DataTree;

namespace {

DataKind kind_of(const YAML::Node& node)
{
  if (!node.IsDefined()) {
    return DataKind::undefined;
  }
  switch (node.Type()) {
  case YAML::NodeType::Null: return DataKind::null;
  case YAML::NodeType::Scalar: return DataKind::scalar;
  case YAML::NodeType::Sequence: return DataKind::sequence;
  case YAML::NodeType::Map: return DataKind::map;
  case YAML::NodeType::Undefined: break;
  }
  return DataKind::undefined;
}

// `copy` holds what yaml-cpp's `node` holds, as the old loaders read it: kind, text, place, children in
// order; and a map's lookups find what yaml-cpp's const operator[] finds.
void require_same(const DataNode& copy, const YAML::Node& node)
{
  REQUIRE(copy.kind == kind_of(node));
  REQUIRE(copy.text == node.Scalar());
  const SourceLocation where = rules::yaml_location(node, "f");
  REQUIRE(copy.line == where.line);
  REQUIRE(copy.column == where.column);
  if (node.IsSequence()) {
    REQUIRE(copy.children().size() == node.size());
    std::size_t i = 0;
    for (const auto& item : node) {
      require_same(copy.children()[i++], item);
    }
  } else if (node.IsMap()) {
    REQUIRE(copy.entries() == node.size());
    std::size_t i = 0;
    for (const auto& entry : node) {
      require_same(copy.key(i), entry.first);
      require_same(copy.value(i), entry.second);
      if (entry.first.IsScalar()) {
        const YAML::Node& map = node;
        const YAML::Node found = map[entry.first.Scalar()];
        const DataNode* copied = copy.find(entry.first.Scalar());
        REQUIRE(copied != nullptr);
        REQUIRE(copied->line == rules::yaml_location(found, "f").line);
        REQUIRE(copied->column == rules::yaml_location(found, "f").column);
      }
      ++i;
    }
    REQUIRE(copy.find("no such key") == nullptr);
  } else {
    REQUIRE(copy.children().empty());
  }
}

void require_same_nodes(std::span<const DataNode> a, std::span<const DataNode> b)
{
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO("node " << i);
    REQUIRE(a[i].kind == b[i].kind);
    REQUIRE(a[i].text == b[i].text);
    REQUIRE(a[i].line == b[i].line);
    REQUIRE(a[i].column == b[i].column);
    REQUIRE(a[i].first == b[i].first);
    REQUIRE(a[i].count == b[i].count);
  }
}

} // namespace

TEST_CASE("a copied YAML tree holds what yaml-cpp parsed", "[rules]")
{
  for (const char* yaml : {
           "",
           "plain",
           "~",
           "a: 1\nb: [x, 'null', ~, \"\", {c: d}]\nc:\n",
           // duplicate keys (the first is found), null and complex keys, a key with no value
           "a: 1\na: 2\n~: 3\n? [x, y]\n: 4\n'': 5\n? k\n",
           // aliases are expanded, each copy keeping its anchor's place
           "base: &b {x: 1, y: [2, 3]}\none: *b\ntwo: [*b, *b]\n",
           // block scalars, flow maps over lines, Chinese text, tabs and escapes
           "t: |\n  line one\n  line two\nu: >\n  folded\n  text\nv: {zh: 中文, en: \"a\\tb\\u00e9\"}\nw: "
           "[\n  1,\n  2]\n",
       }) {
    INFO(yaml);
    const YAML::Node root = YAML::Load(yaml);
    const DataTree tree(root);
    require_same(tree.root(), root);
  }
}

TEST_CASE("scalars convert as yaml-cpp converts them", "[rules]")
{
  for (const char* text : {"12",
                           "-3",
                           "0x1F",
                           "0o17",
                           "1e3",
                           "10.5",
                           ".inf",
                           "-.Inf",
                           ".nan",
                           "yes",
                           "No",
                           "TRUE",
                           "off",
                           "y",
                           "maybe",
                           "1.5",
                           "99999999999999999999",
                           " 7",
                           "7 ",
                           "",
                           "+5"}) {
    INFO(text);
    const YAML::Node node(text);
    const DataTree tree(node);
    double number = 0;
    double expected_number = 0;
    const bool is_number = YAML::convert<double>::decode(node, expected_number);
    CHECK(rules::decode_number(tree.root(), number) == is_number);
    if (is_number && expected_number == expected_number) {
      CHECK(number == expected_number);
    }
    std::int64_t integer = 0;
    std::int64_t expected_integer = 0;
    CHECK(rules::decode_integer(tree.root(), integer) ==
          YAML::convert<std::int64_t>::decode(node, expected_integer));
    CHECK(integer == expected_integer);
    bool boolean = false;
    bool expected_boolean = false;
    CHECK(rules::decode_boolean(tree.root(), boolean) == YAML::convert<bool>::decode(node, expected_boolean));
    CHECK(boolean == expected_boolean);
  }
  const DataTree map(YAML::Load("{a: 1}"));
  double number = 0;
  CHECK_FALSE(rules::decode_number(map.root(), number));
}

TEST_CASE("the built-in trees are the YAML files of rules/ as yaml-cpp parses them", "[rules][builtin]")
{
  std::vector<std::string> names;
  for (const auto& compiled : rules::builtin_data_trees()) {
    INFO(compiled.name);
    names.emplace_back(compiled.name);
    const auto text = util::find_embedded_file(compiled.name);
    REQUIRE(text);
    const YAML::Node root = YAML::Load(std::string(*text));
    const DataTree parsed(root);
    require_same(parsed.root(), root);
    require_same_nodes(DataTree(compiled.nodes).nodes(), parsed.nodes());
  }
  for (const char* name : {"caq-2020.yaml", "sizes.yaml", "fonts.yaml"}) {
    CHECK(std::find(names.begin(), names.end(), name) != names.end());
  }
}

TEST_CASE("the built-in rule set is the one its YAML loads to", "[rules][builtin]")
{
  const auto builtin = rules::builtin_ruleset();
  const auto parsed = rules::load_ruleset_text(*util::find_embedded_file("caq-2020.yaml"), "caq-2020.yaml");
  CHECK(builtin->info.id == parsed->info.id);
  CHECK(builtin->info.title.zh == parsed->info.title.zh);
  CHECK(builtin->info.source == parsed->info.source);
  CHECK(builtin->info.counting_mode == parsed->info.counting_mode);
  CHECK(builtin->default_lang == parsed->default_lang);
  CHECK(builtin->data.size_names == parsed->data.size_names);
  CHECK(builtin->data.font_aliases == parsed->data.font_aliases);
  CHECK(builtin->data.sme_table_file == parsed->data.sme_table_file);
  REQUIRE(builtin->data.parts.size() == parsed->data.parts.size());
  for (std::size_t i = 0; i < builtin->data.parts.size(); ++i) {
    const auto& a = builtin->data.parts[i];
    const auto& b = parsed->data.parts[i];
    CHECK(a.id == b.id);
    CHECK(a.name.zh == b.name.zh);
    CHECK(a.name.en == b.name.en);
    CHECK(a.heading_patterns == b.heading_patterns);
    CHECK(a.limit == b.limit);
    CHECK(a.is_title == b.is_title);
    CHECK(a.guidance.has_value() == b.guidance.has_value());
  }
  REQUIRE(builtin->rules.size() == parsed->rules.size());
  for (std::size_t i = 0; i < builtin->rules.size(); ++i) {
    const auto& a = builtin->rules[i]->spec();
    const auto& b = parsed->rules[i]->spec();
    INFO(b.id);
    CHECK(a.id == b.id);
    CHECK(a.kind == b.kind);
    CHECK(a.level == b.level);
    CHECK(a.title.zh == b.title.zh);
    CHECK(a.title.en == b.title.en);
    CHECK(a.message.zh == b.message.zh);
    CHECK(a.message.en == b.message.en);
    CHECK(a.source == b.source);
    CHECK(a.where.file == b.where.file);
    CHECK(a.where.line == b.where.line);
    CHECK(a.where.column == b.where.column);
  }
}

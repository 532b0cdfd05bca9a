#include <catch2/catch.hpp>

#include <algorithm>

#include "rules/registry.hpp"
#include "rules/rule.hpp"
#include "rules/ruleset.hpp"

using namespace qb;

namespace {

class FixedRule : public rules::Rule
{
public:
  using Rule::Rule;
  RuleResult evaluate(const rules::DocumentContext&) const override { return make_result(Outcome::fail); }
};

} // namespace

TEST_CASE("the kind table is sorted by name and every row is complete", "[rules]")
{
  const auto& table = rules::kind_table();
  REQUIRE(table.size() >= 3);
  CHECK(std::is_sorted(table.begin(), table.end(),
                       [](const auto& a, const auto& b) { return a.name < b.name; }));
  CHECK(std::adjacent_find(table.begin(), table.end(),
                           [](const auto& a, const auto& b) { return a.name == b.name; }) == table.end());
  for (const auto& entry : table) {
    INFO(entry.name);
    CHECK_FALSE(entry.description.empty());
    CHECK(entry.factory != nullptr);
  }
}

TEST_CASE("find_kind finds each kind and nothing else", "[rules]")
{
  for (const auto& entry : rules::kind_table()) {
    CHECK(rules::find_kind(entry.name) == &entry);
  }
  REQUIRE(rules::find_kind("part_length") != nullptr);
  CHECK(rules::find_kind("part_lengthx") == nullptr);
  CHECK(rules::find_kind("") == nullptr);
  CHECK(rules::find_kind("zzz") == nullptr);
}

TEST_CASE("a rule's result is pre-filled from its spec and batch evaluation is not checked", "[rules]")
{
  rules::RuleSpec spec;
  spec.id = "x.y";
  spec.kind = "fixed";
  spec.level = Level::warning;
  spec.title = {"标题", "Title"};
  spec.source = "附件2";
  const FixedRule rule(spec);
  const auto batch = rule.evaluate_batch({}, rules::RulesetData{});
  CHECK(batch.rule_id == "x.y");
  CHECK(batch.kind == "fixed");
  CHECK(batch.level == Level::warning);
  CHECK(batch.outcome == Outcome::not_checked);
  CHECK(batch.title.en == "Title");
  CHECK(batch.source == "附件2");
  CHECK(batch.message.en.find("x.y") != std::string::npos);
  CHECK_FALSE(rule.is_batch_rule());
}

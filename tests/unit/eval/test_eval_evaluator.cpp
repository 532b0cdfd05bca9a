#include <catch2/catch.hpp>

#include <stdexcept>

#include "eval/evaluator.hpp"
#include "unit/eval/kind_test_support.hpp"
#include "unit/eval/model_builder.hpp"

using namespace qb;
using test::hanzi;
using test::ModelBuilder;

namespace {

class FixedRule : public rules::Rule
{
public:
  FixedRule(rules::RuleSpec spec, Outcome outcome)
    : Rule(std::move(spec))
    , m_outcome(outcome)
  {
  }
  RuleResult evaluate(const rules::DocumentContext&) const override { return make_result(m_outcome); }

private:
  Outcome m_outcome;
};

class ThrowingRule : public rules::Rule
{
public:
  using Rule::Rule;
  RuleResult evaluate(const rules::DocumentContext&) const override { throw std::runtime_error("boom"); }
};

class CountingBatchRule : public rules::Rule
{
public:
  using Rule::Rule;
  bool is_batch_rule() const override { return true; }
  RuleResult evaluate(const rules::DocumentContext&) const override
  {
    throw std::logic_error("not per document");
  }
  RuleResult evaluate_batch(const std::vector<rules::BatchEntry>& entries,
                            const rules::RulesetData&) const override
  {
    RuleResult result = make_result(Outcome::pass);
    result.actual = std::to_string(entries.size());
    return result;
  }
};

rules::RuleSpec spec(std::string id, Level level)
{
  rules::RuleSpec result;
  result.id = std::move(id);
  result.kind = "fixed";
  result.level = level;
  return result;
}

std::vector<std::string> ids(const std::vector<RuleResult>& results)
{
  std::vector<std::string> out;
  for (const auto& result : results) {
    out.push_back(result.rule_id);
  }
  return out;
}

} // namespace

TEST_CASE("results are sorted fail, not_checked, waived, pass, then by level, then rule order", "[eval]")
{
  rules::Ruleset ruleset;
  ruleset.data = test::fixture_ruleset("")->data;
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("p.info", Level::info), Outcome::pass));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("f.warning", Level::warning), Outcome::fail));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("n.error", Level::error), Outcome::not_checked));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("w.error", Level::error), Outcome::waived));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("f.error", Level::error), Outcome::fail));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("f.warning2", Level::warning), Outcome::fail));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("p.error", Level::error), Outcome::pass));
  const auto result = eval::evaluate_document(ruleset, ModelBuilder().title("标题").build(), nullptr);
  CHECK(ids(result.results) == std::vector<std::string>{"f.error", "f.warning", "f.warning2", "n.error",
                                                        "w.error", "p.error", "p.info"});
  CHECK(result.status == DocumentStatus::fail);
  CHECK(result.counting_mode == "word");
  CHECK(result.file == "test.docx");
}

TEST_CASE("a failed warning does not fail the document", "[eval]")
{
  rules::Ruleset ruleset;
  ruleset.data = test::fixture_ruleset("")->data;
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("f.warning", Level::warning), Outcome::fail));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("n.error", Level::error), Outcome::not_checked));
  CHECK(eval::evaluate_document(ruleset, ModelBuilder().build(), nullptr).status == DocumentStatus::pass);
}

TEST_CASE("a rule that throws becomes not_checked with the reason and the others still run", "[eval]")
{
  rules::Ruleset ruleset;
  ruleset.data = test::fixture_ruleset("")->data;
  auto throwing = spec("boom.rule", Level::error);
  throwing.title = {"标题", "Title"};
  ruleset.rules.push_back(std::make_unique<ThrowingRule>(throwing));
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("p.error", Level::error), Outcome::pass));
  ruleset.rules.push_back(std::make_unique<CountingBatchRule>(spec("batch.rule", Level::error)));
  const auto result = eval::evaluate_document(ruleset, ModelBuilder().build(), nullptr);
  REQUIRE(result.results.size() == 2);
  CHECK(result.results[0].rule_id == "boom.rule");
  CHECK(result.results[0].outcome == Outcome::not_checked);
  CHECK(result.results[0].title.en == "Title");
  CHECK(result.results[0].message.en.find("boom") != std::string::npos);
  CHECK(result.status == DocumentStatus::pass);
}

TEST_CASE("per-part counts carry limits, use the length rule's inclusion and are null when missing", "[eval]")
{
  const auto ruleset = test::fixture_ruleset(R"(rules:
  - {id: summary.length, kind: part_length, level: error, title: T, part: summary, max: 500, include: {tables: false}}
  - {id: overview.length, kind: part_length, level: error, title: T, part: overview, max: 5}
  - {id: sections.missing, kind: section_outline, level: error, title: T, check: missing}
)");
  const auto doc = ModelBuilder()
                       .title("标题")
                       .heading("摘要")
                       .paragraph(hanzi(20))
                       .table({{hanzi(7)}})
                       .heading("企业概况")
                       .paragraph(hanzi(6))
                       .table({{hanzi(7)}})
                       .build();
  const auto result = eval::evaluate_document(*ruleset, doc, nullptr);
  REQUIRE(result.parts.size() == 5);
  CHECK(result.parts[0].part_id == "title");
  CHECK(result.parts[0].count == std::optional<std::int64_t>(2));
  CHECK(result.parts[0].limit == std::optional<std::int64_t>(40));
  CHECK(result.parts[1].count == std::optional<std::int64_t>(20)); // tables excluded by summary.length
  CHECK(result.parts[2].count == std::optional<std::int64_t>(13));
  CHECK(result.parts[2].name.zh == "企业概况");
  CHECK_FALSE(result.parts[3].count.has_value());
  CHECK(result.parts[4].limit == std::optional<std::int64_t>(2000));
  CHECK(ids(result.results) ==
        std::vector<std::string>{"overview.length", "sections.missing", "summary.length"});
  CHECK(result.status == DocumentStatus::fail);
}

TEST_CASE("batch rules are evaluated over every document", "[eval]")
{
  rules::Ruleset ruleset;
  ruleset.rules.push_back(std::make_unique<FixedRule>(spec("p.error", Level::error), Outcome::pass));
  ruleset.rules.push_back(std::make_unique<CountingBatchRule>(spec("batch.rule", Level::error)));
  const std::vector<rules::BatchEntry> entries{{"a.docx", ""}, {"b.docx", "某局"}, {"c.docx", ""}};
  const auto results = eval::evaluate_batch(ruleset, entries);
  REQUIRE(results.size() == 1);
  CHECK(results[0].rule_id == "batch.rule");
  CHECK(results[0].actual == "3");
}

#include <catch2/catch.hpp>

#include "profile/profile.hpp"
#include "unit/rules/kinds_test_support.hpp"

using namespace qb;

namespace {

constexpr std::string_view k_rules = R"yaml(
  - id: batch.one_per_recommender
    kind: batch_unique
    level: error
    title: {zh: 每个推荐单位 1 份, en: one each}
    message: {zh: "同一推荐单位推荐了多份材料（上限 {max} 份）：{groups}。{uncounted}", en: "several per unit (max {max}): {groups}. {uncounted}"}
    max: 1
    exempt: [中国质量协会]
)yaml";

const rules::Rule& rule()
{
  static const auto ruleset = test::kinds_ruleset(k_rules);
  return *ruleset->rules.front();
}

// Three fake submissions: results named a/b/c.docx with the given recommenders ("" = no profile).
struct FakeBatch
{
  std::vector<DocumentResult> results;
  std::vector<profile::Profile> profiles;

  explicit FakeBatch(const std::vector<std::string>& recommenders)
  {
    const char* names[] = {"a.docx", "b.docx", "c.docx", "d.docx"};
    for (std::size_t i = 0; i < recommenders.size(); ++i) {
      DocumentResult result;
      result.file = names[i];
      results.push_back(result);
      profile::Profile applicant;
      applicant.recommender = recommenders[i];
      profiles.push_back(applicant);
    }
  }

  RuleResult run() const
  {
    std::vector<rules::BatchEntry> entries;
    for (std::size_t i = 0; i < results.size(); ++i) {
      entries.push_back({results[i].file, profiles[i].recommender});
    }
    static const auto ruleset = test::kinds_ruleset(k_rules);
    return rule().evaluate_batch(entries, ruleset->data);
  }
};

} // namespace

TEST_CASE("batch_unique is a batch rule", "[profile][kinds]")
{
  CHECK(rule().is_batch_rule());
  const auto document = test::five_parts().build();
  static const auto ruleset = test::kinds_ruleset(k_rules);
  const auto single = test::evaluate_rule(*ruleset, "batch.one_per_recommender", document, nullptr);
  CHECK(single.outcome == Outcome::not_checked);
}

TEST_CASE("one submission per recommender passes", "[profile][kinds]")
{
  const auto result = FakeBatch({"郑州市工业和信息化局", "洛阳市工业和信息化局", "中国质量协会"}).run();
  CHECK(result.outcome == Outcome::pass);
  CHECK(result.actual == "1");
}

TEST_CASE("two submissions from one recommender fail and list the files", "[profile][kinds]")
{
  const auto result =
      FakeBatch({"郑州市工业和信息化局", "洛阳市工业和信息化局", "郑州市工业和信息化局"}).run();
  REQUIRE(result.outcome == Outcome::fail);
  CHECK(result.actual == "2");
  CHECK(result.message.zh ==
        "同一推荐单位推荐了多份材料（上限 1 份）：郑州市工业和信息化局：2 份（a.docx、c.docx）。");
  REQUIRE(result.locations.size() == 2);
  CHECK(result.locations[0].excerpt == "a.docx");
  CHECK(result.locations[1].excerpt == "c.docx");
  CHECK(result.locations[1].place.zh == "郑州市工业和信息化局");
}

TEST_CASE("exempt units may recommend several", "[profile][kinds]")
{
  CHECK(FakeBatch({"中国质量协会", "中国质量协会", "郑州市工业和信息化局"}).run().outcome == Outcome::pass);
}

TEST_CASE("documents without a recommender are named, never passed", "[profile][kinds]")
{
  const auto unknown = FakeBatch({"郑州市工业和信息化局", "", "洛阳市工业和信息化局"}).run();
  CHECK(unknown.outcome == Outcome::not_checked);
  CHECK(unknown.message.zh.find("b.docx") != std::string::npos);
  const auto none = FakeBatch({"", "", ""}).run();
  CHECK(none.outcome == Outcome::not_checked);
  CHECK(none.message.zh.find("未提供申报单位信息") != std::string::npos);
  const auto both = FakeBatch({"郑州市工业和信息化局", "", "郑州市工业和信息化局"}).run();
  REQUIRE(both.outcome == Outcome::fail);
  CHECK(both.message.zh.find("未计入：b.docx") != std::string::npos);
}

#pragma once

// A small rule set for tests: the 2020 header and parts, with the `rules:` given by each test.

#include <memory>
#include <string>

#include "rules/ruleset.hpp"

namespace qb::test {

inline const std::string k_fixture_header = R"(ruleset:
  id: test
  title: {zh: 测试, en: Test}
  counting_mode: word
parts:
  - {id: title, name: {zh: 质量标杆名称, en: Title}, title: true, limit: 40}
  - {id: summary, name: {zh: 摘要, en: Abstract}, headings: ["^摘要$"], limit: 500}
  - {id: overview, name: {zh: 企业概况, en: Overview}, headings: ["^企业概况$"], limit: 500}
  - {id: method, name: {zh: 管理方法（技术）的推进和应用情况, en: Method}, headings: ["^管理方法\\(技术\\)的推进和应用情况$"], limit: 8000}
  - {id: results, name: {zh: 管理方法（技术）的实施效果, en: Results}, headings: ["^管理方法\\(技术\\)的实施效果$"], limit: 2000}
)";

// The fixture header and parts followed by `rules` (a YAML `rules:` block, or empty for `rules: []`).
inline std::shared_ptr<const rules::Ruleset> fixture_ruleset(const std::string& rules)
{
  return rules::load_ruleset_text(k_fixture_header + (rules.empty() ? "rules: []\n" : rules), "fixture.yaml");
}

} // namespace qb::test

#pragma once

// Helpers for the tests of the document rule kinds (paragraph_style, page_setup, captions, text_pattern,
// content_presence, hygiene): a rule set with the five parts of caq-2020 and the rules under test, and the
// evaluation of one of its rules on a document built with ModelBuilder.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/result.hpp"
#include "eval/outline.hpp"
#include "eval/outline_builder.hpp"
#include "profile/profile.hpp"
#include "rules/ruleset.hpp"
#include "unit/eval/model_builder.hpp"

namespace qb::test {

// The header and parts of caq-2020; rules are appended after `rules:`.
inline constexpr std::string_view k_kinds_header = R"yaml(ruleset:
  id: kinds-test
  title: {zh: 测试, en: test}
  notice: test
  counting_mode: word
  lang: zh
parts:
  - {id: title, name: {zh: 质量标杆名称, en: Title}, title: true, limit: 40}
  - {id: summary, name: {zh: 摘要, en: Abstract}, headings: ["^摘要$"], limit: 500}
  - {id: overview, name: {zh: 企业概况, en: Enterprise overview}, headings: ["^企业概况$"], limit: 500}
  - {id: method, name: {zh: 管理方法（技术）的推进和应用情况, en: Method}, headings: ["^管理方法\\(技术\\)的推进和应用情况$"], limit: 8000}
  - {id: results, name: {zh: 管理方法（技术）的实施效果, en: Results}, headings: ["^管理方法\\(技术\\)的实施效果$"], limit: 2000}
rules:
)yaml";

// A rule set made of the test header and `rules_yaml` (list items, indented by two spaces).
inline std::shared_ptr<const rules::Ruleset> kinds_ruleset(std::string_view rules_yaml)
{
  return rules::load_ruleset_text(std::string(k_kinds_header) + std::string(rules_yaml), "kinds-test.yaml");
}

// The load errors of a rule set made of the test header and `rules_yaml`, each as "line:col: message (en)".
inline std::vector<std::string> kinds_load_errors(std::string_view rules_yaml)
{
  try {
    kinds_ruleset(rules_yaml);
  } catch (const LoadError& error) {
    std::vector<std::string> lines;
    for (const auto& diagnostic : error.diagnostics()) {
      lines.push_back(std::to_string(diagnostic.where.line) + ":" + std::to_string(diagnostic.where.column) +
                      ": " + diagnostic.message.en);
    }
    return lines;
  }
  return {};
}

// The outcome of rule `id` of `ruleset` on `document`.
inline RuleResult evaluate_rule(const rules::Ruleset& ruleset, std::string_view id,
                                const model::Document& document, const profile::Profile* profile = nullptr)
{
  const eval::Outline outline = eval::build_outline(document, ruleset.data.parts);
  const rules::DocumentContext context{document, outline, profile, ruleset.data, ruleset.data.mode};
  for (const auto& rule : ruleset.rules) {
    if (rule->spec().id == id) {
      return rule->evaluate(context);
    }
  }
  throw std::logic_error("no rule " + std::string(id));
}

// A document with the five parts, each holding one body paragraph in 宋体 小四 (what the tests then vary).
inline ModelBuilder five_parts(const std::string& title = "某某公司实施六西格玛设计的经验")
{
  ModelBuilder builder;
  builder.title(title)
      .heading("摘要")
      .paragraph("本文介绍公司推进六西格玛设计的做法。")
      .heading("企业概况")
      .paragraph("某某公司成立于1998年，法定代表人张三。")
      .heading("管理方法（技术）的推进和应用情况")
      .paragraph("公司从2015年开始推进六西格玛设计。")
      .heading("管理方法（技术）的实施效果")
      .paragraph("2017年、2018年、2019年销售收入持续增长。");
  return builder;
}

// A paragraph format built step by step (designated initialisers would leave members uninitialised under
// -Wextra): test::Fmt().font("仿宋").size(10.5).
class Fmt
{
public:
  Fmt& font(std::string name)
  {
    m_format.font = std::move(name);
    return *this;
  }
  Fmt& size(double points)
  {
    m_format.size_pt = points;
    return *this;
  }
  Fmt& bold(bool on = true)
  {
    m_format.bold = on;
    return *this;
  }
  Fmt& align(model::Alignment alignment)
  {
    m_format.alignment = alignment;
    return *this;
  }
  Fmt& line(int value, model::LineRule rule = model::LineRule::auto_rule)
  {
    m_format.line = value;
    m_format.line_rule = rule;
    return *this;
  }
  operator Format() const { return m_format; } // NOLINT: converts where a Format is expected

private:
  Format m_format;
};

// A profile with only the enterprise's name.
inline profile::Profile profile_named(std::string name)
{
  profile::Profile profile;
  profile.name = std::move(name);
  return profile;
}

} // namespace qb::test

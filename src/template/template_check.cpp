#include "template/template_check.hpp"

#include "docx/load_document.hpp"
#include "docx/memory_parts.hpp"
#include "eval/evaluator.hpp"
#include "rules/message_catalog.hpp"
#include "rules/ruleset.hpp"
#include "template/template_error.hpp"

namespace qb::templating {

CheckedTemplate make_checked_template(const rules::Ruleset& ruleset, Lang lang)
{
  CheckedTemplate checked;
  checked.package = build_template(ruleset, lang);
  const model::Document document = docx::load_document(checked.package.memory_parts("template.docx"));
  const DocumentResult result = eval::evaluate_document(ruleset, document, nullptr);
  std::string failing_ids;
  LocalizedText details;
  for (const auto& rule : result.results) {
    if (rule.outcome == Outcome::pass) {
      ++checked.passed;
    } else if (rule.outcome == Outcome::fail && rule.level != Level::error) {
      checked.warnings.push_back(rule);
    } else if (rule.outcome == Outcome::fail) {
      failing_ids += (failing_ids.empty() ? "" : ", ") + rule.rule_id;
      details.zh += rule.message.zh;
      details.en += rule.message.en + " ";
    }
  }
  if (!failing_ids.empty()) {
    const auto text = [&](const std::string& detail) {
      return rules::message("template.error.fails", {{"rules", failing_ids}, {"details", detail}});
    };
    throw TemplateError(LocalizedText{text(details.zh).zh, text(details.en).en});
  }
  return checked;
}

} // namespace qb::templating

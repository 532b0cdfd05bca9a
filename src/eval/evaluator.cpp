#include "eval/evaluator.hpp"

#include <algorithm>
#include <numeric>

#include "eval/outline_builder.hpp"
#include "eval/part_counter.hpp"
#include "rules/kinds/part_length_rule.hpp"
#include "rules/message_catalog.hpp"

namespace qb::eval {
namespace {

int outcome_rank(Outcome outcome)
{
  switch (outcome) {
  case Outcome::fail: return 0;
  case Outcome::not_checked: return 1;
  case Outcome::waived: return 2;
  case Outcome::pass: return 3;
  }
  return 3;
}

// A result standing in for a rule that threw: the document is still evaluated, the rule is not checked.
RuleResult crashed(const rules::Rule& rule, std::string_view detail)
{
  RuleResult result;
  result.rule_id = rule.spec().id;
  result.kind = rule.spec().kind;
  result.level = rule.spec().level;
  result.outcome = Outcome::not_checked;
  result.title = rule.spec().title;
  result.source = rule.spec().source;
  result.message = rules::message("rules.eval.crashed", {{"detail", std::string(detail)}});
  return result;
}

RuleResult evaluate_rule(const rules::Rule& rule, const rules::DocumentContext& context)
{
  try {
    return rule.evaluate(context);
  } catch (const std::exception& e) {
    return crashed(rule, e.what());
  } catch (...) {
    return crashed(rule, "unknown exception");
  }
}

// The inclusion the part's length rule uses (so the table and the rule agree), else the defaults.
PartInclusion inclusion_for(const rules::Ruleset& ruleset, std::string_view part)
{
  for (const auto& rule : ruleset.rules) {
    if (const auto* length = dynamic_cast<const rules::PartLengthRule*>(rule.get());
        length != nullptr && length->part() == part) {
      return length->inclusion();
    }
  }
  return PartInclusion{};
}

std::vector<PartFigures> figures_of_parts(const rules::Ruleset& ruleset, const model::Document& document,
                                          const Outline& outline, text::CountingMode mode)
{
  std::vector<PartFigures> figures;
  for (const auto& part : ruleset.data.parts) {
    PartFigures entry{part.id, part.name, std::nullopt, part.limit};
    if (outline.find(part.id) != nullptr) {
      entry.counts = count_part(document, outline, part.id, mode, inclusion_for(ruleset, part.id));
    }
    figures.push_back(std::move(entry));
  }
  return figures;
}

std::vector<PartCount> part_counts(const rules::Ruleset& ruleset, const rules::DocumentContext& context)
{
  std::vector<PartCount> counts;
  for (auto& entry : figures_of_parts(ruleset, context.document, context.outline, context.mode)) {
    counts.push_back(PartCount{entry.part_id, std::move(entry.name),
                               entry.counts ? std::optional<std::int64_t>(entry.counts->words) : std::nullopt,
                               entry.limit});
  }
  return counts;
}

} // namespace

std::vector<PartFigures> count_parts(const rules::Ruleset& ruleset, const model::Document& document,
                                     text::CountingMode mode)
{
  return figures_of_parts(ruleset, document, build_outline(document, ruleset.data.parts), mode);
}

void sort_results(std::vector<RuleResult>& results)
{
  // Stable: within one outcome and level the rule-file order is kept. The positions are sorted and each
  // result moved once: a RuleResult holds a dozen strings, and sorting the results themselves moved each
  // several times.
  std::vector<std::size_t> order(results.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const int outcome_a = outcome_rank(results[a].outcome);
    const int outcome_b = outcome_rank(results[b].outcome);
    if (outcome_a != outcome_b) {
      return outcome_a < outcome_b;
    }
    return static_cast<int>(results[a].level) < static_cast<int>(results[b].level);
  });
  if (std::is_sorted(order.begin(), order.end())) {
    return;
  }
  std::vector<RuleResult> sorted;
  sorted.reserve(results.size());
  for (const std::size_t index : order) {
    sorted.push_back(std::move(results[index]));
  }
  results = std::move(sorted);
}

DocumentStatus status_of(const std::vector<RuleResult>& results)
{
  const bool failed = std::any_of(results.begin(), results.end(), [](const RuleResult& result) {
    return result.outcome == Outcome::fail && result.level == Level::error;
  });
  return failed ? DocumentStatus::fail : DocumentStatus::pass;
}

DocumentResult evaluate_document(const rules::Ruleset& ruleset, const model::Document& document,
                                 const profile::Profile* profile)
{
  DocumentResult result;
  result.file = document.file;
  result.counting_mode = std::string(text::to_string(ruleset.data.mode));
  // The outline is built once; every rule and the per-part table read it.
  const Outline outline = build_outline(document, ruleset.data.parts);
  const rules::DocumentContext context{document, outline, profile, ruleset.data, ruleset.data.mode};
  for (const auto& rule : ruleset.rules) {
    if (!rule->is_batch_rule()) {
      result.results.push_back(evaluate_rule(*rule, context));
    }
  }
  try {
    result.parts = part_counts(ruleset, context);
  } catch (const std::exception&) {
    result.parts.clear(); // counting never throws in practice; a report without the table beats no report
  }
  sort_results(result.results);
  result.status = status_of(result.results);
  return result;
}

std::vector<RuleResult> evaluate_batch(const rules::Ruleset& ruleset,
                                       const std::vector<rules::BatchEntry>& entries)
{
  std::vector<RuleResult> results;
  for (const auto& rule : ruleset.rules) {
    if (!rule->is_batch_rule()) {
      continue;
    }
    try {
      results.push_back(rule->evaluate_batch(entries, ruleset.data));
    } catch (const std::exception& e) {
      results.push_back(crashed(*rule, e.what()));
    } catch (...) {
      results.push_back(crashed(*rule, "unknown exception"));
    }
  }
  sort_results(results);
  return results;
}

} // namespace qb::eval

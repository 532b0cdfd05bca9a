#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/result.hpp"
#include "text/counter.hpp"

namespace qb::model {
struct Document;
}
namespace qb::eval {
class Outline;
}
namespace qb::profile {
struct Profile;
}

namespace qb::rules {

struct RulesetData;

// What every rule has, whatever its kind (Vale's Definition). Kinds add their own typed parameters.
struct RuleSpec
{
  std::string id;   // stable, e.g. "summary.length"
  std::string kind; // e.g. "part_length"
  Level level = Level::error;
  LocalizedText title;   // what it checks, one line
  LocalizedText message; // shown on failure; placeholders {actual} {limit} {excess} {section} ...
  std::string source;    // the clause of the notice, e.g. "附件2 一（一）2"
  SourceLocation where;  // where the rule is defined, for lint messages
};

// Everything a document rule may look at. Built once per document by the evaluator.
struct DocumentContext
{
  const model::Document& document;
  const eval::Outline& outline;
  const profile::Profile* profile; // null when no profile was given or found
  const RulesetData& data;         // size names, font aliases, SME table, default counting mode
  text::CountingMode mode;
};

// One submission as batch rules see it.
struct BatchEntry
{
  std::string file;        // as the reports show it
  std::string recommender; // the profile's 推荐单位; empty when there is no profile or it names none
};

// A checkable rule. Evaluation never throws: a finding is data.
class Rule
{
public:
  explicit Rule(RuleSpec spec)
    : m_spec(std::move(spec))
  {
  }
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleSpec& spec() const { return m_spec; }

  // Batch rules (one submission per recommender) are evaluated over all documents, the others per document.
  virtual bool is_batch_rule() const { return false; }

  // The outcome on one document. Batch rules return a not_checked result here.
  virtual RuleResult evaluate(const DocumentContext& context) const = 0;

  // The outcome over a batch; only called when is_batch_rule().
  virtual RuleResult evaluate_batch(const std::vector<BatchEntry>& entries, const RulesetData& data) const;

protected:
  // A result pre-filled from the spec (id, kind, level, title, source) with `outcome`.
  RuleResult make_result(Outcome outcome) const;

private:
  RuleSpec m_spec;
};

} // namespace qb::rules

#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// What a captions rule checks.
enum class CaptionCheck {
  table_position,  // each table has its caption (表N) right above it, empty paragraphs skipped
  figure_position, // each picture or chart has its caption (图N) right below it
  numbering,       // per kind, numbers run 1, 2, 3… (or N-1, N-2… per chapter) without gaps or repeats
};

struct CaptionOptions
{
  std::vector<std::string>
      parts;             // parts whose tables/figures/captions are judged (empty = all but the title)
  bool centered = false; // position checks: the caption must also be centred
  bool skip_figure_tables = true; // table_position: a table holding a picture or chart lays out a figure
  std::size_t report_first = 5;
};

// A caption's number: "表3" -> {3}, "图2-1" / "图2.1" -> {2, 1} (chapter numbering).
struct CaptionNumber
{
  int major = 0;
  std::optional<int> minor;
};

// The number after the 表/图 of a caption paragraph (NFKC, so full-width digits count), or nullopt.
std::optional<CaptionNumber> caption_number(const model::Paragraph& paragraph);

// Captions of tables and figures (REQUIREMENTS D): position relative to the table or figure, centring, and
// numbering per kind in document order.
class CaptionsRule : public Rule
{
public:
  CaptionsRule(RuleSpec spec, CaptionCheck check, CaptionOptions options);

  RuleResult evaluate(const DocumentContext& context) const override;

  // What the rule checks: `qbcheck template` centres its captions from these.
  CaptionCheck check() const { return m_check; }
  const CaptionOptions& options() const { return m_options; }

private:
  struct Problem
  {
    std::size_t paragraph;            // where to point
    std::optional<std::size_t> table; // the table concerned, for the place
    LocalizedText detail;
  };

  std::vector<Problem> table_problems(const DocumentContext& context) const;
  std::vector<Problem> figure_problems(const DocumentContext& context) const;
  std::vector<Problem> numbering_problems(const DocumentContext& context) const;
  void check_centred(const model::Paragraph& caption, std::optional<std::size_t> table,
                     std::vector<Problem>& problems) const;

  CaptionCheck m_check;
  CaptionOptions m_options;
};

// Factory for `kind: captions`. Keys: check (table_position | figure_position | numbering, required), parts,
// centered (position checks, default false), skip_figure_tables (table_position, default true), report_first.
std::unique_ptr<Rule> make_captions_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

#pragma once

#include <memory>

#include "model/document.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// What a page_setup rule checks in every section: the paper size or the orientation.
enum class PageCheck { size, orientation };

struct PageExpectation
{
  int width_twips = 11906;  // A4: 210 mm
  int height_twips = 16838; // A4: 297 mm
  int tolerance_twips = 20;
  model::Orientation orientation = model::Orientation::portrait;
};

// Page setup of each section (w:sectPr/w:pgSz). Size: width and height within the tolerance, in either
// orientation (orientation is its own check). Orientation: portrait means w:orient absent or portrait AND
// width < height. Sections whose size the document does not state are skipped; when none states it, the
// size check is not_checked.
class PageSetupRule : public Rule
{
public:
  PageSetupRule(RuleSpec spec, PageCheck check, PageExpectation expected, std::size_t report_first);

  RuleResult evaluate(const DocumentContext& context) const override;

  // What the rule checks: `qbcheck template` derives its page setup from these.
  PageCheck check() const { return m_check; }
  const PageExpectation& expected() const { return m_expected; }

private:
  RuleResult evaluate_size(const DocumentContext& context) const;
  RuleResult evaluate_orientation(const DocumentContext& context) const;

  PageCheck m_check;
  PageExpectation m_expected;
  std::size_t m_report_first;
};

// A paper size in mm with its common name when it is a known one: "210 × 297 mm（A4）".
LocalizedText describe_page_size(int width_twips, int height_twips);

// Factory for `kind: page_setup`. Keys: check (size | orientation, required); for size: width, height,
// tolerance (twips; default A4 11906 × 16838 ± 20); for orientation: orientation (portrait | landscape);
// report_first (default 5).
std::unique_ptr<Rule> make_page_setup_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

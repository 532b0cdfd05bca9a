#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/localized_text.hpp"
#include "rules/rule.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// What a content_presence rule looks for.
enum class ContentCheck {
  figures_or_tables, // at least `min` tables or pictures/charts in the parts (图文并茂)
  years, // each of `years` mentioned in the part (a year range such as 2017—2019 covers those between)
  items, // each item mentioned in the part: any one of its keywords appears
};

// One item an overview should mention, e.g. {法定代表人: [法人, 法定代表人]}.
struct ContentItem
{
  LocalizedText name;
  std::vector<std::string> keywords; // NFKC-normalised
};

struct ContentExpectation
{
  ContentCheck check = ContentCheck::figures_or_tables;
  std::vector<std::string> parts; // figures_or_tables: the parts searched (empty = every part but the title)
  std::string part;               // years, items: the part searched
  std::size_t min_count = 1;
  std::vector<int> years;
  std::vector<ContentItem> items;
};

// Content presence in a part: the text searched is every paragraph with text in the part (body, table cells,
// text boxes; not the heading, not notes), NFKC-normalised. A missing part gives not_checked (only
// sections.missing reports it).
class ContentPresenceRule : public Rule
{
public:
  ContentPresenceRule(RuleSpec spec, ContentExpectation expected);

  RuleResult evaluate(const DocumentContext& context) const override;

  // What the rule looks for: `qbcheck template` takes its example table's years from it.
  const ContentExpectation& expected() const { return m_expected; }

private:
  RuleResult evaluate_figures(const DocumentContext& context) const;
  RuleResult evaluate_years(const DocumentContext& context, const std::string& text) const;
  RuleResult evaluate_items(const DocumentContext& context, const std::string& text) const;

  ContentExpectation m_expected;
  using Searcher = std::boyer_moore_horspool_searcher<std::string::const_iterator>;
  // A searcher for each keyword of each item of m_expected (same indices), made once: searching a part's text
  // for keywords that start with a common byte (most Chinese ones) was slower with std::string::find. The
  // rule is neither copied nor moved, so the keywords they point into stay where they are.
  std::vector<std::vector<Searcher>> m_keyword_searchers;
};

// The years (1900–2099) `text` mentions: each four-digit number standing alone, and every year inside a range
// written "2017-2019", "2017年—2019年", "2017至2019" (ranges of at most 50 years).
std::vector<int> mentioned_years(std::string_view text);

// Factory for `kind: content_presence`. Keys: check (figures_or_tables | years | items, required); for
// figures_or_tables: parts, min_figures_or_tables (default 1); for years: part, years; for items: part, items
// (a list of {name: {zh, en}, keywords: [...]}).
std::unique_ptr<Rule> make_content_presence_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

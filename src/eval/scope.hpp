#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "rules/rule.hpp"

namespace qb::eval {

// Which paragraphs a style rule looks at (REQUIREMENTS D). Written in a rule file as `scope:`.
enum class ScopeKind {
  title,        // "title": the title paragraph
  part_heading, // "part_heading:<id>": the heading paragraph of part <id>, e.g. part_heading:summary (摘要)
  body,         // "body": every paragraph with visible text in `parts` other than part headings and captions:
                // body paragraphs, sub-headings, table cells, text boxes (never footnotes or endnotes)
  captions,     // "captions": the paragraphs parse_caption recognises (表N / 图N) in `parts`
};

struct Scope
{
  ScopeKind kind = ScopeKind::body;
  std::string part;               // part_heading: the part id
  std::vector<std::string> parts; // body, captions: the parts covered; empty = every part but the title
};

// Parses "title", "part_heading:<id>", "body" or "captions"; nullopt on anything else.
std::optional<Scope> parse_scope(std::string_view text);
// The scope names, for "did you mean" and documentation.
std::vector<std::string> scope_names();

// The part ids `scope` covers in this rule set (body/captions: `parts` or every non-title part).
std::vector<std::string> scope_parts(const rules::DocumentContext& context, const Scope& scope);

// True when the document has what `scope` refers to: the title, the part whose heading is meant, or at least
// one of the parts covered. A rule whose scope is unavailable reports not_checked (the outline rules report
// the missing part).
bool scope_available(const rules::DocumentContext& context, const Scope& scope);

// The Document::paragraphs indices of `scope`, in document order.
std::vector<std::size_t> select_scope(const rules::DocumentContext& context, const Scope& scope);

// The title paragraph: the first main-story paragraph with visible text in the title part, or nullopt.
std::optional<std::size_t> title_paragraph(const rules::DocumentContext& context);

// The display name of part `id` (from the rule set), or the id itself when the rule set does not define it.
LocalizedText part_name(const rules::DocumentContext& context, std::string_view id);

// Where `paragraph` is, for a finding: its part, 1-based index, an excerpt of at most 30 characters and a
// place such as "摘要第 3 段" or "企业概况，表格 1 第 2 行第 3 列" (the ordinal counts the part's paragraphs
// with text).
DocumentLocation locate_paragraph(const rules::DocumentContext& context, std::size_t paragraph);

} // namespace qb::eval

#pragma once

#include <memory>
#include <string>
#include <vector>

#include "eval/scope.hpp"
#include "rules/rule.hpp"
#include "text/regex.hpp"

namespace qb::rules {

class ParamReader;
struct RulesetData;

// One pattern of a text_pattern rule. A pattern holding `{profile.name}` is compiled at evaluation time with
// the applicant's name (regex-escaped) in its place; the others are compiled once, at load time.
struct TextPattern
{
  std::string source;
  bool forbidden = false;     // from must_not_match: the text must NOT contain a match
  bool needs_profile = false; // holds {profile.name}
  text::Regex compiled;       // when !needs_profile
};

// Text of a scope (usually the title) against ICU regexes, and optionally "starts with the enterprise's name
// from the profile". Without a profile the parts that need it are not checked: the rule fails when another
// part fails, and is not_checked (with a hint) when the rest passes — never passed.
class TextPatternRule : public Rule
{
public:
  TextPatternRule(RuleSpec spec, eval::Scope scope, std::vector<TextPattern> patterns, bool starts_with_name,
                  bool normalize, bool case_insensitive);

  RuleResult evaluate(const DocumentContext& context) const override;

private:
  eval::Scope m_scope;
  std::vector<TextPattern> m_patterns;
  bool m_starts_with_name;
  bool m_normalize;
  bool m_case_insensitive;
};

// `name` with every ASCII character that is not a letter or digit escaped, so it matches itself in an ICU
// regex.
std::string escape_regex(std::string_view name);

// Factory for `kind: text_pattern`. Keys: scope (required), parts, must_match, must_not_match (ICU regexes;
// `{profile.name}` stands for the applicant's name), must_start_with_profile_name, normalize (NFKC and trim,
// default true), case_insensitive (default false).
std::unique_ptr<Rule> make_text_pattern_rule(RuleSpec spec, ParamReader& params, const RulesetData& data);

} // namespace qb::rules

#include "rules/kinds/text_pattern_rule.hpp"

#include "model/document.hpp"
#include "profile/profile.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"
#include "text/normalize.hpp"

namespace qb::rules {
namespace {

constexpr std::string_view k_name_placeholder = "{profile.name}";

std::string substitute(std::string_view pattern, std::string_view replacement)
{
  std::string result;
  std::size_t pos = 0;
  while (true) {
    const std::size_t found = pattern.find(k_name_placeholder, pos);
    if (found == std::string_view::npos) {
      result += pattern.substr(pos);
      return result;
    }
    result += pattern.substr(pos, found - pos);
    result += replacement;
    pos = found + k_name_placeholder.size();
  }
}

bool is_blank_byte(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Leading and trailing blanks removed (ASCII blanks and the ideographic space U+3000).
std::string trim(std::string text)
{
  static const std::string k_ideographic_space = "\u3000";
  bool changed = true;
  while (changed) {
    changed = false;
    while (!text.empty() && is_blank_byte(text.back())) {
      text.pop_back();
      changed = true;
    }
    while (!text.empty() && is_blank_byte(text.front())) {
      text.erase(0, 1);
      changed = true;
    }
    if (text.ends_with(k_ideographic_space)) {
      text.erase(text.size() - k_ideographic_space.size());
      changed = true;
    }
    if (text.starts_with(k_ideographic_space)) {
      text.erase(0, k_ideographic_space.size());
      changed = true;
    }
  }
  return text;
}

std::optional<std::string> profile_name(const DocumentContext& context)
{
  if (context.profile == nullptr || trim(context.profile->name).empty()) {
    return std::nullopt;
  }
  return context.profile->name;
}

// The outcome of one pattern: nullopt when satisfied, else the detail to report.
struct Judgement
{
  bool satisfied = true;
  bool unchecked = false; // needs the profile, or the match timed out
  LocalizedText detail;
};

Judgement judge(const text::Regex& regex, const TextPattern& pattern, const std::string& text)
{
  Judgement judgement;
  switch (regex.search(text)) {
  case text::Regex::Status::matched: judgement.satisfied = !pattern.forbidden; break;
  case text::Regex::Status::no_match: judgement.satisfied = pattern.forbidden; break;
  case text::Regex::Status::timed_out:
  case text::Regex::Status::error:
    judgement.unchecked = true;
    judgement.detail = message("kinds.text_pattern.timed_out", {{"pattern", pattern.source}});
    return judgement;
  }
  if (!judgement.satisfied) {
    judgement.detail =
        message(pattern.forbidden ? "kinds.text_pattern.forbidden" : "kinds.text_pattern.no_match",
                {{"pattern", pattern.source}});
  }
  return judgement;
}

} // namespace

std::string escape_regex(std::string_view name)
{
  std::string escaped;
  for (char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain =
        byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!plain) {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

TextPatternRule::TextPatternRule(RuleSpec spec, eval::Scope scope, std::vector<TextPattern> patterns,
                                 bool starts_with_name, bool normalize, bool case_insensitive)
  : Rule(std::move(spec))
  , m_scope(std::move(scope))
  , m_patterns(std::move(patterns))
  , m_starts_with_name(starts_with_name)
  , m_normalize(normalize)
  , m_case_insensitive(case_insensitive)
{
}

RuleResult TextPatternRule::evaluate(const DocumentContext& context) const
{
  if (!eval::scope_available(context, m_scope)) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = message("kinds.scope.unavailable");
    return result;
  }
  const auto paragraphs = eval::select_scope(context, m_scope);
  std::string text;
  for (std::size_t index : paragraphs) {
    text += (text.empty() ? "" : "\n") + context.document.paragraphs[index].text();
  }
  const auto prepare = [&](const std::string& raw) {
    return m_normalize ? trim(text::normalize_nfkc(raw)) : raw;
  };
  text = prepare(text);
  const std::optional<std::string> name = profile_name(context);
  const std::string prepared_name = name ? prepare(*name) : std::string();

  std::vector<LocalizedText> failures;
  std::vector<LocalizedText> unchecked;
  for (const auto& pattern : m_patterns) {
    Judgement judgement;
    if (!pattern.needs_profile) {
      judgement = judge(pattern.compiled, pattern, text);
    } else if (!name) {
      judgement.unchecked = true;
      judgement.detail = message("kinds.text_pattern.name_unchecked");
    } else {
      text::Regex regex;
      if (regex.compile(substitute(pattern.source, escape_regex(prepared_name)), m_case_insensitive)) {
        judgement.unchecked = true;
        judgement.detail = message("kinds.text_pattern.timed_out", {{"pattern", pattern.source}});
      } else {
        judgement = judge(regex, pattern, text);
      }
    }
    if (judgement.unchecked) {
      unchecked.push_back(judgement.detail);
    } else if (!judgement.satisfied) {
      failures.push_back(judgement.detail);
    }
  }
  if (m_starts_with_name) {
    if (!name) {
      unchecked.push_back(message("kinds.text_pattern.name_unchecked"));
    } else if (!text.starts_with(prepared_name)) {
      failures.push_back(message("kinds.text_pattern.no_profile_name", {{"name", prepared_name}}));
    }
  }

  const Outcome outcome =
      !failures.empty() ? Outcome::fail : (!unchecked.empty() ? Outcome::not_checked : Outcome::pass);
  RuleResult result = make_result(outcome);
  result.actual = text;
  if (outcome == Outcome::pass) {
    return result;
  }
  if (!paragraphs.empty()) {
    result.locations.push_back(eval::locate_paragraph(context, paragraphs.front()));
  }
  if (outcome == Outcome::not_checked) {
    result.message =
        MessageArgs().add("detail", join(unchecked, "；", "; ")).message("kinds.text_pattern.no_profile");
    return result;
  }
  failures.insert(failures.end(), unchecked.begin(), unchecked.end());
  result.message = MessageArgs()
                       .add("actual", text)
                       .add("failed", join(failures, "；", "; "))
                       .add("name", prepared_name)
                       .fill(spec().message);
  return result;
}

std::unique_ptr<Rule> make_text_pattern_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  std::optional<eval::Scope> scope = read_scope(params, data, valid);
  const auto read_flag = [&](std::string_view key, bool fallback) {
    const auto value = params.boolean(key);
    note_invalid(params, key, value.has_value(), valid);
    return value.value_or(fallback);
  };
  const bool case_insensitive = read_flag("case_insensitive", false);
  const bool normalize = read_flag("normalize", true);
  const bool starts_with_name = read_flag("must_start_with_profile_name", false);
  std::vector<TextPattern> patterns;
  const auto read_patterns = [&](std::string_view key, bool forbidden) {
    for (auto& source : params.string_list(key)) {
      TextPattern pattern;
      pattern.forbidden = forbidden;
      pattern.needs_profile = source.find(k_name_placeholder) != std::string::npos;
      // A pattern with the placeholder is checked now with a stand-in name, compiled for real when evaluated.
      const std::string checked = substitute(source, "x");
      auto error = pattern.needs_profile ? text::Regex::check(checked)
                                         : pattern.compiled.compile(checked, case_insensitive);
      if (error) {
        params.error(key, message("kinds.param.bad_regex", {{"pattern", source},
                                                            {"detail", error->message},
                                                            {"offset", std::to_string(error->offset)}}));
        valid = false;
      }
      pattern.source = std::move(source);
      patterns.push_back(std::move(pattern));
    }
  };
  read_patterns("must_match", false);
  read_patterns("must_not_match", true);
  if (patterns.empty() && !starts_with_name && valid) {
    params.error("", message("kinds.param.pattern_nothing"));
    valid = false;
  }
  if (!valid || !scope) {
    return nullptr;
  }
  return std::make_unique<TextPatternRule>(std::move(spec), std::move(*scope), std::move(patterns),
                                           starts_with_name, normalize, case_insensitive);
}

} // namespace qb::rules

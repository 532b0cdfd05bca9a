#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace qb::text {

// An ICU regular expression over UTF-8 text (ICU syntax: \p{Han}, \s matches full-width spaces...).
// Matching has a time limit so a catastrophically backtracking pattern from a rule file fails cleanly.
class Regex
{
public:
  // How a match attempt ended.
  enum class Status { matched, no_match, timed_out, error };

  // What went wrong when compiling: ICU's error name and the pattern offset (0-based, in UTF-16 units as
  // ICU reports it; -1 when unknown).
  struct CompileError
  {
    std::string message;
    int offset = -1;
  };

  Regex();
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  // Compiles `pattern`; nullopt on success. `case_insensitive` folds case.
  std::optional<CompileError> compile(std::string_view pattern, bool case_insensitive = false);
  bool valid() const { return m_pattern != nullptr; }
  const std::string& pattern() const { return m_source; }

  // The length, in UTF-16 units, of the longest text search() can find the pattern in, when the pattern
  // bounds it: "^literal$" (literal characters and quoted metacharacters only, case sensitive) matches the
  // literal alone, or followed by the line terminator `$` accepts before the end ("\r\n" at most). nullopt
  // for any other pattern.
  std::optional<std::size_t> longest_match_subject() const { return m_longest_match_subject; }

  // The time limit of one match in ICU's units (about 1 ms each, 0 = none); default 1000 (about 1 s).
  void set_time_limit(int limit) { m_time_limit = limit; }

  // Whether the pattern occurs somewhere in `text`.
  Status search(std::string_view text) const;
  // The same for a text already in UTF-16 (ICU's form: no conversion); read only during the call.
  Status search(std::u16string_view utf16) const;
  // Whether the pattern matches the whole of `text`.
  Status full_match(std::string_view text) const;

  // Checks `pattern` alone, for rule-file linting: nullopt when it compiles.
  static std::optional<CompileError> check(std::string_view pattern);

private:
  Status run(std::string_view text, bool whole) const;

  struct Pattern;
  std::unique_ptr<Pattern> m_pattern;
  std::string m_source;
  std::optional<std::size_t> m_longest_match_subject;
  int m_time_limit = 1000;
};

} // namespace qb::text

#include "text/regex.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

namespace qb::text {
namespace {

// Converts `text` into `out` when it holds only ASCII and well-formed two- and three-byte sequences (BMP code
// points, so one UTF-16 unit each: the same units as ICU's conversion gives), in place and without ICU's
// general converter; false, with `out` unspecified, otherwise.
bool convert_simple_utf8(std::string_view text, icu::UnicodeString& out)
{
  char16_t* units = out.getBuffer(static_cast<int32_t>(text.size()) + 1);
  if (units == nullptr) {
    return false;
  }
  const auto continuation = [](unsigned char byte) { return (byte & 0xC0) == 0x80; };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::int32_t length = 0;
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      units[length++] = lead;
      i += 1;
    } else if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && size - i >= 3 && continuation(bytes[i + 1]) &&
               continuation(bytes[i + 2])) {
      units[length++] =
          static_cast<char16_t>(((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
      i += 3;
    } else if (lead >= 0xC2 && lead <= 0xDF && size - i >= 2 && continuation(bytes[i + 1])) {
      units[length++] = static_cast<char16_t>(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
      i += 2;
    } else {
      out.releaseBuffer(0);
      return false;
    }
  }
  out.releaseBuffer(length);
  return true;
}

// The characters ICU reads as operators outside a set (without the UREGEX_COMMENTS flag); each is a literal
// when quoted with a backslash.
bool is_metacharacter(char c)
{
  return std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos;
}

// For "^literal$", the literal's length in UTF-16 units; nullopt for any other pattern (see
// Regex::longest_match_subject). Anything not certainly a literal character is refused: letters after a
// backslash (\d, \Q, \x...), sets, groups, flags, quantifiers, ill-formed UTF-8.
std::optional<std::size_t> anchored_literal_units(std::string_view pattern)
{
  if (pattern.size() < 2 || pattern.front() != '^' || pattern.back() != '$') {
    return std::nullopt;
  }
  const std::string_view body = pattern.substr(1, pattern.size() - 2);
  const auto length = static_cast<std::int32_t>(body.size());
  std::size_t units = 0;
  std::int32_t offset = 0;
  while (offset < length) {
    if (body[static_cast<std::size_t>(offset)] == '\\') {
      // A quoted metacharacter; a backslash last in the body would quote the final '$'.
      if (offset + 1 >= length || !is_metacharacter(body[static_cast<std::size_t>(offset) + 1])) {
        return std::nullopt;
      }
      offset += 2;
      units += 1;
      continue;
    }
    if (is_metacharacter(body[static_cast<std::size_t>(offset)])) {
      return std::nullopt;
    }
    UChar32 c = 0;
    U8_NEXT(body.data(), offset, length, c);
    if (c < 0) {
      return std::nullopt;
    }
    units += U16_LENGTH(c);
  }
  return units;
}

// `text` in UTF-16, as ICU matches it. Callers often try several patterns on one text (the heading patterns
// on every paragraph), so each thread keeps its last conversion.
const icu::UnicodeString& utf16_subject(std::string_view text)
{
  thread_local std::string last_text;
  thread_local icu::UnicodeString last_subject;
  thread_local bool converted = false;
  if (!converted || text != last_text) {
    last_text.assign(text);
    if (!convert_simple_utf8(text, last_subject)) {
      // Four-byte sequences and ill-formed bytes (U+FFFD) as ICU converts them.
      last_subject =
          icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    }
    converted = true;
  }
  return last_subject;
}

// The matchers of one thread, one per pattern it searched with lately. A RegexMatcher holds the state of a
// match, so threads cannot share one, and creating one costs about 950 instructions, more than most heading
// searches; a kept one is reset() to each new subject instead, which is what RegexPattern::matcher() does to
// a new one. Each entry keeps its pattern alive, so no other pattern can take its address while the entry
// exists; the oldest entry makes room when the cache is full.
class ThreadMatchers
{
public:
  // A matcher of `pattern` reset to `subject`; null when ICU cannot make one.
  icu::RegexMatcher* matcher(const std::shared_ptr<const icu::RegexPattern>& pattern,
                             const icu::UnicodeString& subject, UErrorCode& status)
  {
    for (auto& entry : m_entries) {
      if (entry.pattern.get() == pattern.get()) {
        entry.matcher->reset(subject);
        return entry.matcher.get();
      }
    }
    std::unique_ptr<icu::RegexMatcher> created(pattern->matcher(subject, status));
    if (U_FAILURE(status) || !created) {
      return nullptr;
    }
    if (m_entries.size() < k_capacity) {
      m_entries.push_back(Entry{pattern, std::move(created)});
      return m_entries.back().matcher.get();
    }
    auto& replaced = m_entries[m_next_replaced];
    m_next_replaced = (m_next_replaced + 1) % k_capacity;
    replaced.matcher = std::move(created); // before the pattern it may point to goes
    replaced.pattern = pattern;
    return replaced.matcher.get();
  }

  // Forgets the matcher of `pattern` (after a failed match: the next search starts from a new one, as
  // before).
  void forget(const icu::RegexPattern* pattern)
  {
    for (auto& entry : m_entries) {
      if (entry.pattern.get() == pattern) {
        entry = std::move(m_entries.back());
        m_entries.pop_back();
        m_next_replaced = 0;
        return;
      }
    }
  }

private:
  static constexpr std::size_t k_capacity = 32;
  struct Entry
  {
    std::shared_ptr<const icu::RegexPattern> pattern;
    std::unique_ptr<icu::RegexMatcher> matcher;
  };
  std::vector<Entry> m_entries;
  std::size_t m_next_replaced = 0;
};

ThreadMatchers& thread_matchers()
{
  thread_local ThreadMatchers matchers;
  return matchers;
}

} // namespace

struct Regex::Pattern
{
  // Shared with the matchers threads keep for it (ThreadMatchers), so it outlives them.
  std::shared_ptr<const icu::RegexPattern> compiled;

  Status match(const icu::UnicodeString& subject, bool whole, int time_limit) const;
};

Regex::Status Regex::Pattern::match(const icu::UnicodeString& subject, bool whole, int time_limit) const
{
  UErrorCode status = U_ZERO_ERROR;
  auto& matchers = thread_matchers();
  icu::RegexMatcher* matcher = matchers.matcher(compiled, subject, status);
  if (matcher == nullptr) {
    return Status::error;
  }
  matcher->setTimeLimit(time_limit, status);
  const bool found = whole ? matcher->matches(status) : matcher->find(0, status);
  if (U_FAILURE(status)) {
    // A time-out or an error may leave state in the matcher (its deferred status): it is not used again.
    matchers.forget(compiled.get());
    return status == U_REGEX_TIME_OUT ? Status::timed_out : Status::error;
  }
  return found ? Status::matched : Status::no_match;
}

Regex::Regex() = default;
Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

std::optional<Regex::CompileError> Regex::compile(std::string_view pattern, bool case_insensitive)
{
  m_pattern.reset();
  m_longest_match_subject.reset();
  m_source = std::string(pattern);
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
      source, case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, parse_error, status));
  if (U_FAILURE(status) || !compiled) {
    return CompileError{u_errorName(status), parse_error.offset};
  }
  m_pattern = std::make_unique<Pattern>();
  m_pattern->compiled = std::move(compiled);
  if (!case_insensitive) {
    // `$` also matches before a line terminator that ends the text: two units at most ("\r\n").
    if (const auto units = anchored_literal_units(pattern)) {
      m_longest_match_subject = *units + 2;
    }
  }
  return std::nullopt;
}

Regex::Status Regex::search(std::string_view text) const
{
  return run(text, false);
}

Regex::Status Regex::full_match(std::string_view text) const
{
  return run(text, true);
}

Regex::Status Regex::search(std::u16string_view utf16) const
{
  if (!m_pattern) {
    return Status::error;
  }
  // A read-only alias of the caller's units; kept per thread as a kept matcher still refers to it.
  thread_local icu::UnicodeString subject;
  subject.setTo(false, utf16.data(), static_cast<int32_t>(utf16.size()));
  return m_pattern->match(subject, false, m_time_limit);
}

Regex::Status Regex::run(std::string_view text, bool whole) const
{
  if (!m_pattern) {
    return Status::error;
  }
  return m_pattern->match(utf16_subject(text), whole, m_time_limit);
}

std::optional<Regex::CompileError> Regex::check(std::string_view pattern)
{
  Regex regex;
  return regex.compile(pattern);
}

} // namespace qb::text

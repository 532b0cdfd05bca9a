#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"
#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"

// Small helpers shared by the document rule kinds of src/rules/kinds (formatting values, filling messages).
namespace qb::rules {

// next_code_point for sequences other than ASCII and three bytes (kind_support.cpp).
char32_t next_code_point_slow(std::string_view utf8, std::size_t& pos);

// The code point starting at `pos` in `utf8`; advances `pos` past it. An invalid or truncated sequence yields
// U+FFFD and advances one byte. Precondition: `pos < utf8.size()`. ASCII and three-byte sequences (all of
// Chinese text) are decoded inline, as the style rules decode every character of their scope.
inline char32_t next_code_point(std::string_view utf8, std::size_t& pos)
{
  const auto lead = static_cast<unsigned char>(utf8[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  if ((lead & 0xF0) == 0xE0 && utf8.size() - pos >= 3) {
    // Continuation bytes (10xxxxxx) are below 0x40 once 0x80 is flipped off.
    const unsigned second = static_cast<unsigned char>(utf8[pos + 1]) ^ 0x80u;
    const unsigned third = static_cast<unsigned char>(utf8[pos + 2]) ^ 0x80u;
    if ((second | third) < 0x40) {
      pos += 3;
      return ((lead & 0x0Fu) << 12) | (second << 6) | third;
    }
  }
  return next_code_point_slow(utf8, pos);
}

// `value` with at most `decimals` decimals and no trailing zeros: 12 -> "12", 10.5 -> "10.5".
std::string format_number(double value, int decimals = 1);

// `share` (0..1) as a percentage with one decimal: 0.032 -> "3.2%".
std::string format_percent(double share);

// `items` joined with `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator);

// Each language of `items` joined with its own separator ("、" / ", " by default).
LocalizedText join(const std::vector<LocalizedText>& items, std::string_view zh_separator = "、",
                   std::string_view en_separator = ", ");

// Arguments for one message in both languages: a plain value is the same in both, a LocalizedText differs.
class MessageArgs
{
public:
  MessageArgs& add(std::string_view name, const std::string& value);
  MessageArgs& add(std::string_view name, const LocalizedText& value);

  // `pattern` (a rule's message from the rule file, or a catalogue text) with every known placeholder filled.
  LocalizedText fill(const LocalizedText& pattern) const;
  // The catalogue entry `id` with these arguments.
  LocalizedText message(std::string_view id) const;

private:
  std::vector<std::string> m_names; // owns the names the MessageArg views point into
  std::vector<std::string> m_zh;
  std::vector<std::string> m_en;

  // Views of the names and `values`: filling a message copies no value.
  std::vector<MessageArgView> args(const std::vector<std::string>& values) const;
};

} // namespace qb::rules

namespace qb::eval {
struct Scope;
}

namespace qb::rules {

class ParamReader;
struct RulesetData;

// Reading kind parameters: each helper records its diagnostics in `params` and clears `valid` on a problem.

// `scope` (required: title | part_heading:<id> | body | captions) and, for body and captions, `parts`.
std::optional<eval::Scope> read_scope(ParamReader& params, const RulesetData& data, bool& valid);
// A list of part ids under `key`, each checked against the rule set's parts.
std::vector<std::string> read_parts(ParamReader& params, std::string_view key, const RulesetData& data,
                                    bool& valid);
// A single part id under `key`, checked against the rule set's parts.
std::optional<std::string> read_part(ParamReader& params, std::string_view key, const RulesetData& data,
                                     bool& valid, Need need);
// A non-negative count of at least `minimum`.
std::optional<std::size_t> read_count(ParamReader& params, std::string_view key, std::int64_t minimum,
                                      bool& valid);
// A share between 0 and 1 (0.02 = 2 %).
std::optional<double> read_share(ParamReader& params, std::string_view key, bool& valid);
// Clears `valid` when `key` is present but could not be read (the reader has reported why).
void note_invalid(const ParamReader& params, std::string_view key, bool read, bool& valid);

} // namespace qb::rules

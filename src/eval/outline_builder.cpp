#include "eval/outline_builder.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "eval/heading_text.hpp"
#include "text/regex.hpp"

namespace qb::eval {
namespace {

struct CompiledPart
{
  const rules::RulesetData::PartDefinition* definition = nullptr;
  std::vector<std::shared_ptr<const text::Regex>> patterns;
  // The longest heading key (UTF-16 units) any of `patterns` can match; nullopt when one is not bounded.
  std::optional<std::size_t> longest_key = 0;
};

// `pattern` compiled once per process, or null when it does not compile: every document of a run (and every
// thread of a batch, as matching only reads a compiled pattern) shares it. Keyed by the pattern's text, so a
// rule set loaded anew still finds its patterns.
std::shared_ptr<const text::Regex> compiled_pattern(const std::string& pattern)
{
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const text::Regex>, std::less<>> cache;
  const std::lock_guard lock(mutex);
  if (const auto found = cache.find(pattern); found != cache.end()) {
    return found->second;
  }
  auto regex = std::make_shared<text::Regex>();
  std::shared_ptr<const text::Regex> result;
  if (!regex->compile(pattern)) {
    result = std::move(regex);
  }
  cache.emplace(pattern, result);
  return result;
}

std::vector<CompiledPart> compile(const std::vector<rules::RulesetData::PartDefinition>& parts)
{
  std::vector<CompiledPart> result;
  for (const auto& part : parts) {
    CompiledPart compiled{&part, {}};
    for (const auto& pattern : part.heading_patterns) {
      if (auto regex = compiled_pattern(pattern)) {
        const auto longest = regex->longest_match_subject();
        compiled.longest_key = longest && compiled.longest_key
                                   ? std::optional(std::max(*longest, *compiled.longest_key))
                                   : std::nullopt;
        compiled.patterns.push_back(std::move(regex));
      }
    }
    result.push_back(std::move(compiled));
  }
  return result;
}

bool is_body_paragraph(const model::Paragraph& paragraph)
{
  return paragraph.story == model::Story::main && !paragraph.cell;
}

bool searched(const CompiledPart& part, bool found)
{
  return !found && !part.definition->is_title && !part.patterns.empty();
}

// True when no pattern still searched for can match the paragraph's heading key: there is none, or they all
// match only short keys ("^摘要$") and the key is certainly longer; a body paragraph is then given up after a
// few of its characters instead of being normalised whole.
bool cannot_head_a_part(const std::vector<CompiledPart>& parts, const std::vector<bool>& found,
                        const model::Paragraph& paragraph)
{
  std::optional<std::size_t> longest;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (searched(parts[i], found[i])) {
      if (!parts[i].longest_key) {
        return false;
      }
      longest = std::max(longest.value_or(0), *parts[i].longest_key);
    }
  }
  return !longest || heading_key_longer_than(paragraph, *longest);
}

// The index of the first part (other than the title) that the paragraph heads and that has not been found
// yet. The heading key (normalised text, in UTF-16 for ICU) is only computed when some part is still to be
// found, and the paragraph is not certainly too long to head one.
std::optional<std::size_t> heading_part(std::vector<CompiledPart>& parts, const std::vector<bool>& found,
                                        const model::Paragraph& paragraph)
{
  if (cannot_head_a_part(parts, found, paragraph)) {
    return std::nullopt;
  }
  std::optional<std::u16string> key;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!searched(parts[i], found[i])) {
      continue;
    }
    if (!key) {
      key = heading_key_utf16(paragraph);
    }
    for (auto& pattern : parts[i].patterns) {
      const auto status = pattern ? pattern->search(*key) : text::Regex::Status::error;
      if (status == text::Regex::Status::matched) {
        return i;
      }
      if (status == text::Regex::Status::timed_out) {
        // A pattern that backtracks without end costs a time-out per paragraph (minutes over a long
        // document): it is given up for the rest of this document (docs/hostile-inputs.md).
        pattern.reset();
      }
    }
  }
  return std::nullopt;
}

// One past the last main-story or text-box paragraph (notes come last in Document::paragraphs).
std::size_t main_end(const model::Document& document)
{
  std::size_t end = 0;
  for (const auto& paragraph : document.paragraphs) {
    if (paragraph.story == model::Story::main || paragraph.story == model::Story::textbox) {
      end = paragraph.index + 1;
    }
  }
  return end;
}

} // namespace

Outline build_outline(const model::Document& document,
                      const std::vector<rules::RulesetData::PartDefinition>& parts)
{
  auto compiled = compile(parts);
  std::vector<bool> found(compiled.size(), false);
  std::vector<PartSpan> spans;
  std::optional<std::size_t> title_part;
  for (std::size_t i = 0; i < compiled.size(); ++i) {
    if (compiled[i].definition->is_title) {
      title_part = i;
    }
  }
  bool first_text = true;
  for (const auto& paragraph : document.paragraphs) {
    if (!is_body_paragraph(paragraph) || !paragraph.has_visible_text()) {
      continue;
    }
    const auto part = heading_part(compiled, found, paragraph);
    if (part) {
      found[*part] = true;
      spans.push_back(PartSpan{compiled[*part].definition->id, paragraph.index, paragraph.index + 1, 0});
    } else if (first_text && title_part) {
      spans.push_back(
          PartSpan{compiled[*title_part].definition->id, std::nullopt, paragraph.index, paragraph.index + 1});
    }
    first_text = false;
  }
  // Each headed part runs to the next heading; the title is its one paragraph.
  const std::size_t end = main_end(document);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (!spans[i].heading) {
      continue;
    }
    spans[i].end = end;
    for (std::size_t j = i + 1; j < spans.size(); ++j) {
      if (spans[j].heading) {
        spans[i].end = *spans[j].heading;
        break;
      }
    }
  }
  return Outline(std::move(spans));
}

} // namespace qb::eval

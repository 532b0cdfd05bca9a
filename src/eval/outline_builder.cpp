#include "eval/outline_builder.hpp"

#include <algorithm>
#include <optional>

#include "eval/heading_text.hpp"
#include "text/regex.hpp"

namespace qb::eval {
namespace {

struct CompiledPart
{
  const rules::RulesetData::PartDefinition* definition = nullptr;
  std::vector<text::Regex> patterns;
};

std::vector<CompiledPart> compile(const std::vector<rules::RulesetData::PartDefinition>& parts)
{
  std::vector<CompiledPart> result;
  for (const auto& part : parts) {
    CompiledPart compiled{&part, {}};
    for (const auto& pattern : part.heading_patterns) {
      text::Regex regex;
      if (!regex.compile(pattern)) {
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

// The index of the first part (other than the title) that `key` heads and that has not been found yet.
std::optional<std::size_t> heading_part(const std::vector<CompiledPart>& parts,
                                        const std::vector<bool>& found, const std::string& key)
{
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (found[i] || parts[i].definition->is_title) {
      continue;
    }
    for (const auto& pattern : parts[i].patterns) {
      if (pattern.search(key) == text::Regex::Status::matched) {
        return i;
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
  const auto compiled = compile(parts);
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
    const auto part = heading_part(compiled, found, heading_key(paragraph));
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

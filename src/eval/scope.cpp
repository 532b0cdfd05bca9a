#include "eval/scope.hpp"

#include <algorithm>

#include "eval/caption.hpp"
#include "eval/outline.hpp"
#include "model/document.hpp"
#include "rules/message_catalog.hpp"
#include "rules/ruleset.hpp"
#include "text/display_width.hpp"

namespace qb::eval {
namespace {

constexpr std::string_view k_part_heading_prefix = "part_heading:";
constexpr std::size_t k_excerpt_length = 30;

std::string title_part_id(const rules::DocumentContext& context)
{
  for (const auto& part : context.data.parts) {
    if (part.is_title) {
      return part.id;
    }
  }
  return "title";
}

bool contains(const std::vector<std::string>& ids, std::string_view id)
{
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Main-story paragraphs and text boxes hold the text a reader sees on the page; notes are apart.
bool on_page(const model::Paragraph& paragraph)
{
  return paragraph.story == model::Story::main || paragraph.story == model::Story::textbox;
}

// The 1-based ordinal of a top-level main-story paragraph among those with text from `first` on.
std::size_t ordinal_from(const model::Document& document, std::size_t first, std::size_t paragraph)
{
  std::size_t ordinal = 0;
  for (std::size_t i = first; i <= paragraph && i < document.paragraphs.size(); ++i) {
    const auto& candidate = document.paragraphs[i];
    if (candidate.story == model::Story::main && !candidate.cell && candidate.has_visible_text()) {
      ++ordinal;
    }
  }
  return std::max<std::size_t>(ordinal, 1);
}

std::string trimmed_excerpt(const std::string& text)
{
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n')) {
    ++start;
  }
  return text::excerpt(std::string_view(text).substr(start), k_excerpt_length);
}

} // namespace

std::optional<Scope> parse_scope(std::string_view text)
{
  Scope scope;
  if (text == "title") {
    scope.kind = ScopeKind::title;
  } else if (text == "body") {
    scope.kind = ScopeKind::body;
  } else if (text == "captions") {
    scope.kind = ScopeKind::captions;
  } else if (text.starts_with(k_part_heading_prefix) && text.size() > k_part_heading_prefix.size()) {
    scope.kind = ScopeKind::part_heading;
    scope.part = std::string(text.substr(k_part_heading_prefix.size()));
  } else {
    return std::nullopt;
  }
  return scope;
}

std::vector<std::string> scope_names()
{
  return {"title", "part_heading:<id>", "body", "captions"};
}

std::vector<std::string> scope_parts(const rules::DocumentContext& context, const Scope& scope)
{
  switch (scope.kind) {
  case ScopeKind::title: return {title_part_id(context)};
  case ScopeKind::part_heading: return {scope.part};
  case ScopeKind::body:
  case ScopeKind::captions: break;
  }
  if (!scope.parts.empty()) {
    return scope.parts;
  }
  std::vector<std::string> parts;
  for (const auto& part : context.data.parts) {
    if (!part.is_title) {
      parts.push_back(part.id);
    }
  }
  return parts;
}

bool scope_available(const rules::DocumentContext& context, const Scope& scope)
{
  switch (scope.kind) {
  case ScopeKind::title: return title_paragraph(context).has_value();
  case ScopeKind::part_heading: {
    const PartSpan* span = context.outline.find(scope.part);
    return span != nullptr && span->heading.has_value();
  }
  case ScopeKind::body:
  case ScopeKind::captions: break;
  }
  const auto parts = scope_parts(context, scope);
  return std::any_of(parts.begin(), parts.end(),
                     [&](const std::string& id) { return context.outline.find(id) != nullptr; });
}

std::optional<std::size_t> title_paragraph(const rules::DocumentContext& context)
{
  const PartSpan* span = context.outline.find(title_part_id(context));
  if (span == nullptr) {
    return std::nullopt;
  }
  const auto& paragraphs = context.document.paragraphs;
  const std::size_t end = std::max(span->end, span->first + 1);
  for (std::size_t i = span->first; i < end && i < paragraphs.size(); ++i) {
    const auto& paragraph = paragraphs[i];
    if (paragraph.story == model::Story::main && !paragraph.cell && paragraph.has_visible_text()) {
      return i;
    }
  }
  return std::nullopt;
}

std::vector<std::size_t> select_scope(const rules::DocumentContext& context, const Scope& scope)
{
  std::vector<std::size_t> selected;
  if (scope.kind == ScopeKind::title) {
    if (auto title = title_paragraph(context)) {
      selected.push_back(*title);
    }
    return selected;
  }
  if (scope.kind == ScopeKind::part_heading) {
    const PartSpan* span = context.outline.find(scope.part);
    if (span != nullptr && span->heading && *span->heading < context.document.paragraphs.size()) {
      selected.push_back(*span->heading);
    }
    return selected;
  }
  // The outline's parts the scope covers, by position: each part id compared once, not for every paragraph.
  const auto parts = scope_parts(context, scope);
  const auto& spans = context.outline.parts();
  std::vector<bool> covered(spans.size());
  for (std::size_t part = 0; part < spans.size(); ++part) {
    covered[part] = contains(parts, spans[part].id);
  }
  const auto& paragraphs = context.document.paragraphs;
  const auto& places = context.outline.places(context.document);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const std::size_t part = places[i].part;
    if (part == Outline::k_no_part || !covered[part] || places[i].heading) {
      continue;
    }
    const auto& paragraph = paragraphs[i];
    if (!on_page(paragraph) || !paragraph.has_visible_text()) {
      continue;
    }
    const bool is_caption = parse_caption(paragraph).has_value();
    if (is_caption == (scope.kind == ScopeKind::captions)) {
      selected.push_back(i);
    }
  }
  return selected;
}

LocalizedText part_name(const rules::DocumentContext& context, std::string_view id)
{
  for (const auto& part : context.data.parts) {
    if (part.id == id) {
      return part.name;
    }
  }
  return LocalizedText{std::string(id), std::string(id)};
}

DocumentLocation locate_paragraph(const rules::DocumentContext& context, std::size_t paragraph)
{
  DocumentLocation location;
  const auto& paragraphs = context.document.paragraphs;
  if (paragraph >= paragraphs.size()) {
    return location;
  }
  const auto& target = paragraphs[paragraph];
  location.paragraph = paragraph + 1;
  location.excerpt = trimmed_excerpt(target.text());
  const PartSpan* span = context.outline.part_of(context.document, paragraph);
  if (span == nullptr) {
    location.place = rules::message("kinds.place.document", {{"n", std::to_string(paragraph + 1)}});
    return location;
  }
  location.part = span->id;
  const LocalizedText name = part_name(context, span->id);
  const auto fill = [&](std::string_view id, const std::vector<rules::MessageArg>& extra) {
    std::vector<rules::MessageArg> zh{{"part", name.zh}};
    std::vector<rules::MessageArg> en{{"part", name.en}};
    zh.insert(zh.end(), extra.begin(), extra.end());
    en.insert(en.end(), extra.begin(), extra.end());
    return rules::MessageCatalog::builtin().text(id, zh, en);
  };
  if (span->heading && *span->heading == paragraph) {
    location.place = fill("kinds.place.heading", {});
  } else if (target.cell) {
    location.place = fill("kinds.place.cell", {{"table", std::to_string(target.cell->table + 1)},
                                               {"row", std::to_string(target.cell->row + 1)},
                                               {"column", std::to_string(target.cell->column + 1)}});
  } else if (target.story != model::Story::main) {
    const std::size_t anchor = target.anchor.value_or(paragraph);
    location.place = fill(target.story == model::Story::textbox ? "kinds.place.textbox" : "kinds.place.note",
                          {{"n", std::to_string(ordinal_from(context.document, span->first, anchor))}});
  } else if (!span->heading) {
    location.place = fill("kinds.place.title", {});
  } else {
    location.place = fill("kinds.place.paragraph",
                          {{"n", std::to_string(ordinal_from(context.document, span->first, paragraph))}});
  }
  return location;
}

} // namespace qb::eval

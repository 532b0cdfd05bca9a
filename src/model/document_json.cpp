#include "model/document_json.hpp"

namespace qb::model {

namespace {

using nlohmann::json;

std::string_view to_string(RunKind kind)
{
  switch (kind) {
  case RunKind::text: return "text";
  case RunKind::tab: return "tab";
  case RunKind::line_break: return "line_break";
  case RunKind::page_break: return "page_break";
  case RunKind::math: return "math";
  }
  return "text";
}

std::string_view to_string(DrawingKind kind)
{
  switch (kind) {
  case DrawingKind::picture: return "picture";
  case DrawingKind::chart: return "chart";
  case DrawingKind::shape: return "shape";
  case DrawingKind::textbox: return "textbox";
  case DrawingKind::other: return "other";
  }
  return "other";
}

std::string_view to_string(FontHint hint)
{
  switch (hint) {
  case FontHint::none: return "none";
  case FontHint::default_slot: return "default";
  case FontHint::east_asia: return "east_asia";
  case FontHint::complex_script: return "complex_script";
  }
  return "none";
}

template <typename T> json resolved(const Resolved<T>& value)
{
  return json{{"value", value.value}, {"origin", to_string(value.origin)}};
}

json resolved_alignment(const Resolved<Alignment>& value)
{
  return json{{"value", to_string(value.value)}, {"origin", to_string(value.origin)}};
}

template <typename T> json optional_value(const std::optional<T>& value)
{
  return value ? json(*value) : json(nullptr);
}

json to_json(const Numbering& numbering)
{
  return json{{"num_id", numbering.num_id},
              {"level", numbering.level},
              {"format", numbering.format},
              {"label", numbering.label},
              {"suffix", numbering.suffix}};
}

json to_json(const Run& run)
{
  return json{{"kind", to_string(run.kind)},
              {"text", run.text},
              {"hidden", run.hidden},
              {"field_result", run.field_result},
              {"props", to_json(run.props)}};
}

json to_json(const Drawing& drawing)
{
  return json{{"kind", to_string(drawing.kind)},
              {"anchored", drawing.anchored},
              {"description", drawing.description}};
}

json to_json(const Table& table)
{
  return json{{"first_paragraph", table.first_paragraph},
              {"paragraph_count", table.paragraph_count},
              {"rows", table.rows},
              {"columns", table.columns},
              {"depth", table.depth},
              {"parent", optional_value(table.parent)}};
}

json to_json(const Section& section)
{
  return json{{"page_width_twips", section.page_width_twips},
              {"page_height_twips", section.page_height_twips},
              {"orientation", section.orientation == Orientation::landscape ? "landscape" : "portrait"},
              {"margin_top", section.margin_top},
              {"margin_bottom", section.margin_bottom},
              {"margin_left", section.margin_left},
              {"margin_right", section.margin_right},
              {"last_paragraph", section.last_paragraph}};
}

json to_json(const DocumentFacts& facts)
{
  return json{{"insertions", facts.insertions},
              {"deletions", facts.deletions},
              {"format_changes", facts.format_changes},
              {"revision_authors", facts.revision_authors},
              {"comments", facts.comments},
              {"hidden_runs", facts.hidden_runs},
              {"strict_ooxml", facts.strict_ooxml},
              {"title", facts.title},
              {"creator", facts.creator},
              {"last_modified_by", facts.last_modified_by}};
}

json to_json(const StoredStatistics& stored)
{
  return json{{"application", stored.application},
              {"app_version", stored.app_version},
              {"words", optional_value(stored.words)},
              {"characters", optional_value(stored.characters)},
              {"characters_with_spaces", optional_value(stored.characters_with_spaces)},
              {"paragraphs", optional_value(stored.paragraphs)},
              {"pages", optional_value(stored.pages)}};
}

template <typename T> json array_of(const std::vector<T>& items)
{
  json result = json::array();
  for (const auto& item : items) {
    result.push_back(to_json(item));
  }
  return result;
}

} // namespace

json to_json(const RunProperties& props)
{
  const auto& fonts = props.fonts;
  return json{{"fonts",
               {{"ascii", resolved(fonts.ascii)},
                {"h_ansi", resolved(fonts.h_ansi)},
                {"east_asia", resolved(fonts.east_asia)},
                {"complex_script", resolved(fonts.complex_script)},
                {"hint", to_string(fonts.hint)}}},
              {"size_pt", resolved(props.size_pt)},
              {"complex_size_pt", resolved(props.complex_size_pt)},
              {"bold", resolved(props.bold)},
              {"italic", resolved(props.italic)},
              {"hidden", resolved(props.hidden)},
              {"east_asian_lang", props.east_asian_lang},
              {"character_style_id", props.character_style_id}};
}

json to_json(const ParagraphProperties& props)
{
  const auto& spacing = props.line_spacing;
  return json{{"style_id", props.style_id},
              {"style_name", props.style_name},
              {"alignment", resolved_alignment(props.alignment)},
              {"line_spacing",
               {{"line", optional_value(spacing.line)},
                {"rule", to_string(spacing.rule)},
                {"origin", to_string(spacing.origin)}}},
              {"outline_level", optional_value(props.outline_level)},
              {"indent_first_line_twips", props.indent_first_line_twips},
              {"indent_start_twips", props.indent_start_twips},
              {"numbering", props.numbering ? to_json(*props.numbering) : json(nullptr)}};
}

json to_json(const Paragraph& paragraph)
{
  json cell = nullptr;
  if (paragraph.cell) {
    cell = json{
        {"table", paragraph.cell->table}, {"row", paragraph.cell->row}, {"column", paragraph.cell->column}};
  }
  return json{{"index", paragraph.index},
              {"story", to_string(paragraph.story)},
              {"cell", cell},
              {"anchor", optional_value(paragraph.anchor)},
              {"note_id", paragraph.note_id},
              {"section", paragraph.section},
              {"text", paragraph.text()},
              {"props", to_json(paragraph.props)},
              {"mark", to_json(paragraph.mark)},
              {"runs", array_of(paragraph.runs)},
              {"drawings", array_of(paragraph.drawings)}};
}

namespace {

json body_json(const Document& document)
{
  json body = json::array();
  for (const auto& block : document.body) {
    body.push_back(
        json{{"kind", block.kind == BlockKind::table ? "table" : "paragraph"}, {"index", block.index}});
  }
  return body;
}

std::string dumped(const json& value)
{
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

json to_json(const Document& document)
{
  return json{{"file", document.file},
              {"paragraphs", array_of(document.paragraphs)},
              {"tables", array_of(document.tables)},
              {"body", body_json(document)},
              {"sections", array_of(document.sections)},
              {"facts", to_json(document.facts)},
              {"stored", to_json(document.stored)}};
}

void write_json(const Document& document, std::ostream& out)
{
  // Keys in the order nlohmann::json writes them (sorted), so both forms are the same document.
  out << "{\"body\":" << dumped(body_json(document)) << ",\n\"facts\":" << dumped(to_json(document.facts))
      << ",\n\"file\":" << dumped(json(document.file)) << ",\n\"paragraphs\":[";
  const char* separator = "\n";
  for (const auto& paragraph : document.paragraphs) {
    out << separator << dumped(to_json(paragraph));
    separator = ",\n";
  }
  out << "\n],\n\"sections\":" << dumped(array_of(document.sections))
      << ",\n\"stored\":" << dumped(to_json(document.stored))
      << ",\n\"tables\":" << dumped(array_of(document.tables)) << "}\n";
}

} // namespace qb::model

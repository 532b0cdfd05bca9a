#pragma once

// A fluent builder of model::Document values for tests (no .docx needed):
//
//   auto doc = qb::test::ModelBuilder()
//                  .title("某某公司实施六西格玛设计的经验")
//                  .heading("摘要", "一、")
//                  .paragraph("正文……", qb::test::Format().font_name("宋体").size(12).set_bold())
//                  .table({{"年份", "产值"}, {"2019", "100"}})
//                  .caption("表1 产值")
//                  .build();
//
// Paragraph indexes, table cells, top-level blocks, sections, anchors and note ids are kept consistent the
// way docx::load_document fills them: main story in reading order (table cells inline), each text box's
// paragraphs right after the paragraph anchoring it, notes last.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/document.hpp"

namespace qb::test {

// The formatting of one built paragraph (every run and the paragraph mark get the same character format).
struct Format
{
  std::string font = "宋体"; // East Asian font; also used for the Latin slots unless `latin_font` is set
  double size_pt = 12.0;
  bool bold = false;
  model::Alignment alignment = model::Alignment::start;
  std::optional<int> line; // w:line; nullopt = not set anywhere (single)
  model::LineRule line_rule = model::LineRule::auto_rule;
  model::FontHint hint = model::FontHint::none;
  std::string latin_font; // empty = same as `font`
  std::string style_name; // e.g. "heading 1"
  std::optional<int> outline_level;
  bool hidden = false; // the whole paragraph's text is hidden (w:vanish)

  // Chainable setters: Format().font("黑体").size(14).bold() (designated initializers warn under -Wextra).
  Format& font_name(std::string value)
  {
    font = std::move(value);
    return *this;
  }
  Format& size(double value)
  {
    size_pt = value;
    return *this;
  }
  Format& set_bold(bool value = true)
  {
    bold = value;
    return *this;
  }
  Format& align(model::Alignment value)
  {
    alignment = value;
    return *this;
  }
  Format& spacing(int value, model::LineRule rule = model::LineRule::auto_rule)
  {
    line = value;
    line_rule = rule;
    return *this;
  }
  Format& font_hint(model::FontHint value)
  {
    hint = value;
    return *this;
  }
  Format& latin(std::string value)
  {
    latin_font = std::move(value);
    return *this;
  }
  Format& style(std::string name, std::optional<int> level = std::nullopt)
  {
    style_name = std::move(name);
    outline_level = level;
    return *this;
  }
  Format& set_hidden(bool value = true)
  {
    hidden = value;
    return *this;
  }
};

// The format of a title (黑体 小二, centred) and of a caption (宋体 五号, bold, centred) as REQUIREMENTS B
// asks.
inline Format title_format()
{
  return Format().font_name("黑体").size(18.0).align(model::Alignment::center);
}
inline Format caption_format()
{
  return Format().font_name("宋体").size(10.5).set_bold().align(model::Alignment::center);
}
inline Format heading_format()
{
  return Format().font_name("黑体").size(14.0).style("heading 1", 0);
}

class ModelBuilder
{
public:
  ModelBuilder()
  {
    m_document.file = "test.docx";
    m_document.sections.push_back(a4_portrait());
  }

  ModelBuilder& file(std::string name)
  {
    m_document.file = std::move(name);
    return *this;
  }

  // The title paragraph (by default 黑体 18 pt, centred, not bold).
  ModelBuilder& title(const std::string& text, std::string east_asia_font = "黑体", double size_pt = 18.0,
                      bool bold = false, model::Alignment align = model::Alignment::center)
  {
    Format format = title_format();
    format.font = std::move(east_asia_font);
    format.size_pt = size_pt;
    format.bold = bold;
    format.alignment = align;
    return paragraph(text, format);
  }

  // A part heading; `numbering_label` (e.g. "一、") becomes automatic numbering, not text.
  ModelBuilder& heading(const std::string& text, std::string numbering_label = "",
                        Format format = heading_format())
  {
    paragraph(text, std::move(format));
    if (!numbering_label.empty()) {
      last().props.numbering = model::Numbering{1, 0, "chineseCounting", std::move(numbering_label), "\t"};
    }
    return *this;
  }

  // A top-level main-story paragraph. An empty `text` gives an empty paragraph (no runs).
  ModelBuilder& paragraph(const std::string& text, Format format = {})
  {
    auto& added = add_main(make_paragraph(text, format));
    m_document.body.push_back(model::Block{model::BlockKind::paragraph, added.index});
    return *this;
  }
  ModelBuilder& body(const std::string& text, Format format = {})
  {
    return paragraph(text, std::move(format));
  }

  // A caption paragraph (by default 宋体 10.5 pt bold centred).
  ModelBuilder& caption(const std::string& text, Format format = caption_format())
  {
    return paragraph(text, std::move(format));
  }

  // A top-level table, one paragraph per cell (row-major), with `format` on every cell paragraph.
  ModelBuilder& table(const std::vector<std::vector<std::string>>& rows, Format format = {})
  {
    model::Table table;
    table.first_paragraph = m_document.paragraphs.size();
    table.rows = rows.size();
    const std::size_t table_index = m_document.tables.size();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      table.columns = std::max(table.columns, rows[r].size());
      for (std::size_t c = 0; c < rows[r].size(); ++c) {
        auto cell = make_paragraph(rows[r][c], format);
        cell.cell = model::CellRef{table_index, r, c};
        add_main(std::move(cell));
        ++table.paragraph_count;
      }
    }
    m_document.tables.push_back(table);
    m_document.body.push_back(model::Block{model::BlockKind::table, table_index});
    return *this;
  }

  // A paragraph holding only a picture (inline unless `anchored`).
  ModelBuilder& picture(bool anchored = false, model::DrawingKind kind = model::DrawingKind::picture)
  {
    paragraph("", Format().align(model::Alignment::center));
    last().drawings.push_back(model::Drawing{kind, anchored, "picture"});
    return *this;
  }

  // A text box anchored to the last main-story paragraph (which gains a textbox drawing).
  ModelBuilder& textbox(const std::string& text, Format format = {})
  {
    const std::size_t anchor = last_main_index();
    m_document.paragraphs[anchor].drawings.push_back(model::Drawing{model::DrawingKind::textbox, true, ""});
    auto box = make_paragraph(text, format);
    box.story = model::Story::textbox;
    box.anchor = anchor;
    box.index = m_document.paragraphs.size();
    box.section = m_document.sections.size() - 1;
    m_document.paragraphs.push_back(std::move(box));
    return *this;
  }

  // A footnote (or endnote) whose reference is in the last main-story paragraph; notes are placed last.
  ModelBuilder& footnote(const std::string& text, Format format = {})
  {
    return note(text, model::Story::footnote, std::move(format));
  }
  ModelBuilder& endnote(const std::string& text, Format format = {})
  {
    return note(text, model::Story::endnote, std::move(format));
  }

  // Starts a new section with this page setup (or sets the first one when nothing was added yet).
  ModelBuilder& section(int width_twips, int height_twips,
                        model::Orientation orientation = model::Orientation::portrait)
  {
    model::Section section = a4_portrait();
    section.page_width_twips = width_twips;
    section.page_height_twips = height_twips;
    section.orientation = orientation;
    if (m_main_paragraphs_in_section == 0) {
      m_document.sections.back() = section;
    } else {
      m_document.sections.push_back(section);
      m_main_paragraphs_in_section = 0;
    }
    return *this;
  }

  // Document facts for hygiene rules.
  ModelBuilder& revisions(std::size_t insertions, std::size_t deletions, std::size_t format_changes = 0,
                          std::vector<std::string> authors = {})
  {
    m_document.facts.insertions = insertions;
    m_document.facts.deletions = deletions;
    m_document.facts.format_changes = format_changes;
    m_document.facts.revision_authors = std::move(authors);
    return *this;
  }
  ModelBuilder& comments(std::size_t count)
  {
    m_document.facts.comments = count;
    return *this;
  }
  // Appends a hidden run to the last paragraph and counts it in DocumentFacts::hidden_runs.
  ModelBuilder& hidden_text(const std::string& text)
  {
    model::Run run;
    run.text = text;
    run.hidden = true;
    run.props = last().mark;
    run.props.hidden = {true, model::Origin::direct};
    last().runs.push_back(std::move(run));
    ++m_document.facts.hidden_runs;
    return *this;
  }
  // Appends a run with its own format to the last paragraph.
  ModelBuilder& run(const std::string& text, const Format& format)
  {
    last().runs.push_back(make_run(text, format));
    return *this;
  }

  // The last paragraph added (main story, text box or note), to adjust what the builder does not cover.
  model::Paragraph& last()
  {
    if (!m_notes.empty() && m_last_was_note) {
      return m_notes.back();
    }
    return m_document.paragraphs.back();
  }

  model::Document build() const
  {
    model::Document document = m_document;
    for (auto note_paragraph : m_notes) {
      note_paragraph.index = document.paragraphs.size();
      document.paragraphs.push_back(std::move(note_paragraph));
    }
    return document;
  }

private:
  static model::Section a4_portrait()
  {
    model::Section section;
    section.page_width_twips = 11906;
    section.page_height_twips = 16838;
    section.margin_top = section.margin_bottom = 1440;
    section.margin_left = section.margin_right = 1800;
    return section;
  }

  static model::RunProperties make_props(const Format& format)
  {
    model::RunProperties props;
    const std::string& latin = format.latin_font.empty() ? format.font : format.latin_font;
    props.fonts.east_asia = {format.font, model::Origin::direct};
    props.fonts.ascii = {latin, model::Origin::direct};
    props.fonts.h_ansi = {latin, model::Origin::direct};
    props.fonts.hint = format.hint;
    props.size_pt = {format.size_pt, model::Origin::direct};
    props.complex_size_pt = {format.size_pt, model::Origin::direct};
    props.bold = {format.bold, model::Origin::direct};
    props.hidden = {format.hidden, format.hidden ? model::Origin::direct : model::Origin::default_value};
    props.east_asian_lang = "zh-CN";
    return props;
  }

  static model::Run make_run(const std::string& text, const Format& format)
  {
    model::Run run;
    run.text = text;
    run.props = make_props(format);
    run.hidden = format.hidden;
    return run;
  }

  model::Paragraph make_paragraph(const std::string& text, const Format& format) const
  {
    model::Paragraph paragraph;
    paragraph.props.style_name = format.style_name;
    paragraph.props.style_id = format.style_name.empty() ? "" : "Heading1";
    paragraph.props.alignment = {format.alignment, model::Origin::direct};
    if (format.line) {
      paragraph.props.line_spacing = model::LineSpacing{format.line, format.line_rule, model::Origin::direct};
    }
    paragraph.props.outline_level = format.outline_level;
    paragraph.mark = make_props(format);
    if (!text.empty()) {
      paragraph.runs.push_back(make_run(text, format));
    }
    paragraph.section = m_document.sections.size() - 1;
    return paragraph;
  }

  model::Paragraph& add_main(model::Paragraph paragraph)
  {
    paragraph.index = m_document.paragraphs.size();
    m_document.sections.back().last_paragraph = paragraph.index;
    ++m_main_paragraphs_in_section;
    m_last_was_note = false;
    m_document.paragraphs.push_back(std::move(paragraph));
    return m_document.paragraphs.back();
  }

  // The last main-story paragraph (an empty one is added first when there is none).
  std::size_t last_main_index()
  {
    if (m_document.paragraphs.empty()) {
      paragraph("");
    }
    for (std::size_t i = m_document.paragraphs.size(); i > 0; --i) {
      if (m_document.paragraphs[i - 1].story == model::Story::main) {
        return i - 1;
      }
    }
    return 0;
  }

  ModelBuilder& note(const std::string& text, model::Story story, Format format)
  {
    auto paragraph = make_paragraph(text, format);
    paragraph.story = story;
    paragraph.anchor = last_main_index();
    paragraph.note_id = std::to_string(m_notes.size() + 1);
    m_notes.push_back(std::move(paragraph));
    m_last_was_note = true;
    return *this;
  }

  model::Document m_document;
  std::vector<model::Paragraph> m_notes; // appended after the main story by build()
  std::size_t m_main_paragraphs_in_section = 0;
  bool m_last_was_note = false;
};

} // namespace qb::test

#pragma once

// Builders for counting tests: paragraphs and runs made directly in the model, no .docx involved.
#include <initializer_list>
#include <string>
#include <utility>

#include "model/document.hpp"
#include "text/counter.hpp"

namespace qb::test {

// A text run. `hint` is the run's w:rFonts/@w:hint; `font` its ascii and hAnsi font (empty: none named).
inline model::Run make_run(std::string text, model::FontHint hint = model::FontHint::none,
                           std::string font = {}, model::RunKind kind = model::RunKind::text)
{
  model::Run run;
  run.kind = kind;
  run.text = std::move(text);
  run.props.fonts.hint = hint;
  run.props.fonts.ascii.value = font;
  run.props.fonts.h_ansi.value = std::move(font);
  return run;
}

inline model::Run east_asian_run(std::string text)
{
  return make_run(std::move(text), model::FontHint::east_asia);
}

inline model::Run font_run(std::string text, std::string font)
{
  return make_run(std::move(text), model::FontHint::none, std::move(font));
}

inline model::Run math_run(std::string text)
{
  return make_run(std::move(text), model::FontHint::none, "Cambria Math", model::RunKind::math);
}

inline model::Run hidden_run(std::string text)
{
  auto run = make_run(std::move(text));
  run.hidden = true;
  return run;
}

inline model::Run special_run(model::RunKind kind)
{
  const char* text = kind == model::RunKind::tab ? "\t" : kind == model::RunKind::line_break ? "\n" : "";
  return make_run(text, model::FontHint::none, {}, kind);
}

inline model::Paragraph make_paragraph(std::initializer_list<model::Run> runs)
{
  model::Paragraph paragraph;
  paragraph.runs.assign(runs.begin(), runs.end());
  return paragraph;
}

// A paragraph with an automatic number `label` followed by `suffix`, then `runs`.
inline model::Paragraph numbered_paragraph(std::string label, std::string suffix,
                                           std::initializer_list<model::Run> runs)
{
  auto paragraph = make_paragraph(runs);
  model::Numbering numbering;
  numbering.label = std::move(label);
  numbering.suffix = std::move(suffix);
  paragraph.props.numbering = std::move(numbering);
  return paragraph;
}

// Counts one plain run of `text` with no hint and no font.
inline text::Counts count_plain(std::string text, text::CountingMode mode)
{
  return text::count_paragraph(make_paragraph({make_run(std::move(text))}), mode);
}

} // namespace qb::test

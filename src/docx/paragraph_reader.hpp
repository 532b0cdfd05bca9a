#pragma once

#include <cstddef>
#include <vector>

#include "docx/read_context.hpp"
#include "docx/xml_tree.hpp"

namespace qb::docx {

// What reading one w:p leaves for the block reader.
struct ParagraphRead
{
  std::size_t index = 0;              // the paragraph's Document::paragraphs index
  std::vector<XmlElement> text_boxes; // w:txbxContent of text boxes anchored in it, in order
  XmlElement section;                 // w:pPr/w:sectPr when the paragraph ends a section
};

// Appends the w:p `p` to ctx.document.paragraphs at `place`: resolved paragraph properties (with the
// table style of `place`), the paragraph mark's run properties (w:pPr/w:rPr), automatic numbering (main
// story and text boxes only, in document order: a direct w:numPr, else the style's; numId 0 removes it),
// its section index (the place's, else the section being read) and its runs.
ParagraphRead read_paragraph(const XmlElement& p, const Place& place, FieldState& fields, ReadContext& ctx);

} // namespace qb::docx

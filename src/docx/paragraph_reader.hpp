#pragma once

#include <cstddef>
#include <vector>

#include <pugixml.hpp>

#include "docx/read_context.hpp"

namespace qb::docx {

// What reading one w:p leaves for the block reader.
struct ParagraphRead
{
  std::size_t index = 0;                  // the paragraph's Document::paragraphs index
  std::vector<pugi::xml_node> text_boxes; // w:txbxContent of text boxes anchored in it, in order
  pugi::xml_node section;                 // w:pPr/w:sectPr when the paragraph ends a section
};

// Appends the w:p `p` to ctx.document.paragraphs at `place`: resolved paragraph properties (with the
// table style of `place`), the paragraph mark's run properties (w:pPr/w:rPr), automatic numbering (main
// story and text boxes only, in document order: a direct w:numPr, else the style's; numId 0 removes it),
// its section index (the place's, else the section being read) and its runs.
ParagraphRead read_paragraph(const pugi::xml_node& p, const Place& place, FieldState& fields,
                             ReadContext& ctx);

} // namespace qb::docx

#pragma once

#include "docx/xml_tree.hpp"
#include "model/document.hpp"

namespace qb::docx {

// The page setup of one w:sectPr: w:pgSz (w, h, orient) and w:pgMar (top, bottom, left, right), in twips.
// Values the section does not give stay 0 (portrait when w:orient is absent, even if w > h: rules compare
// the width and height themselves). Section::last_paragraph is left for the caller. A null node gives a
// section with nothing set.
model::Section read_section(const XmlElement& sect_pr);

} // namespace qb::docx

#pragma once

#include "docx/read_context.hpp"
#include "docx/xml_tree.hpp"

namespace qb::docx {

// Reads the w:body of the main document into ctx.document as the main story: paragraphs in reading order
// (table cells inline, each text box's paragraphs right after the paragraph anchoring it), tables (nested
// ones too), the top-level blocks (Document::body) and the sections: a w:sectPr in a paragraph's w:pPr ends
// a section, the body's own w:sectPr is the last one; there is always at least one section. Content
// controls (w:sdt) and w:customXml are read through at block, row, cell and run level, mc:AlternateContent in
// one branch. Nesting deeper than k_max_nesting is read as plain paragraphs.
void read_body(const XmlElement& body, ReadContext& ctx);

// Reads the block-level content of `container` (a w:footnote, w:endnote or w:txbxContent) as a story of its
// own at `place` (its own field state; no sections, no body blocks).
void read_story(const XmlElement& container, const Place& place, ReadContext& ctx);

} // namespace qb::docx

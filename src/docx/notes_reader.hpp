#pragma once

#include "docx/read_context.hpp"
#include "docx/xml_tree.hpp"

namespace qb::docx {

// Appends the paragraphs of every note in `root` (the w:footnotes or w:endnotes element; null reads nothing)
// as `story` (footnote or endnote), in the order of the part. Separator and continuation notes
// (w:type="separator", "continuationSeparator", "continuationNotice") are skipped. Each paragraph gets the
// note's id, the paragraph holding its reference as anchor (recorded in `ctx` by the body reader; none
// when the body never refers to it) and that paragraph's section (the last section otherwise). Call after
// read_body.
void read_notes(const XmlElement& root, model::Story story, ReadContext& ctx);

} // namespace qb::docx

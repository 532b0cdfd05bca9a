#pragma once

#include <vector>

#include "docx/read_context.hpp"
#include "docx/xml_tree.hpp"
#include "model/document.hpp"

namespace qb::docx {

// Reads the inline content of the w:p `p` into `paragraph` (runs, drawings), whose props must already be
// resolved (the paragraph style decides the runs' properties). Text is what a reader sees: w:t, tabs,
// breaks, w:sym, hyphens, m:t (kind math); field results are text (flagged field_result), field
// instructions and deleted or moved-from revisions are not; hidden runs are kept with Run::hidden.
// Containers (hyperlinks, smart tags, content controls, insertions, simple fields, bdo/dir, Office Math)
// are read through; mc:AlternateContent in one branch. The w:txbxContent of text boxes met are appended to
// `text_boxes` for the caller to read as stories of their own; note references are recorded in `ctx`
// against paragraph.index. Iterative: any nesting depth is safe.
void read_inline(const XmlElement& p, model::Paragraph& paragraph, const Place& place, FieldState& fields,
                 ReadContext& ctx, std::vector<XmlElement>& text_boxes);

} // namespace qb::docx

#pragma once

#include <vector>

#include "docx/xml_tree.hpp"
#include "model/document.hpp"

namespace qb::docx {

// What a DrawingML w:drawing shows: wp:inline or wp:anchor whose a:graphicData is a picture, a chart, a
// shape (wps:wsp; a text box when it has wps:txbx) or a group/canvas (a shape, or a text box when one of its
// shapes holds text); alt text from wp:docPr/@descr.
model::Drawing read_drawing(const XmlElement& drawing);

// What a VML w:pict or w:object shows: a picture when a shape has v:imagedata, a text box when one has
// v:textbox, else a shape; anchored when its style says position:absolute; alt text from @alt.
model::Drawing read_vml(const XmlElement& pict);

// Appends to `out` the w:txbxContent of every text box inside `graphic` (a w:drawing, w:pict or an mc
// branch), in document order. Reads one branch of any mc:AlternateContent inside and does not descend into
// the text boxes found (a text box's own content is read as a story of its own).
void collect_text_boxes(const XmlElement& graphic, std::vector<XmlElement>& out);

} // namespace qb::docx

#pragma once

#include "docx/xml_tree.hpp"

namespace qb::docx {

// The one branch of an mc:AlternateContent that qbcheck reads: the first mc:Choice whose Requires prefixes
// are all understood (WordprocessingML, DrawingML shapes and groups, Word 2010+ extensions: wps, wpg, wpc,
// w14, w15, wp14, a14, c14, m, v, o, w10...), else the mc:Fallback. Reading exactly one branch is what keeps
// a text box, written twice by Word (DrawingML choice and VML fallback), from being read twice. Null when
// neither exists.
XmlElement choose_alternate_branch(const XmlElement& alternate_content);

} // namespace qb::docx

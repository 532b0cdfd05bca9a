#pragma once

#include <set>
#include <string>

#include "docx/xml_tree.hpp"
#include "model/document.hpp"

namespace qb::docx {

// Adds the tracked changes under `root` (a document, notes or comments part) to `facts`: insertions
// (w:ins, w:moveTo, w:cellIns), deletions (w:del, w:moveFrom, w:cellDel) and format changes (w:rPrChange,
// w:pPrChange, w:sectPrChange, w:tblPrChange, w:trPrChange, w:tcPrChange), each element counted once;
// their w:author values go to `authors`. One branch of each mc:AlternateContent is read, so a text box
// written twice is counted once. Iterative: any nesting depth is safe.
void count_revisions(const XmlElement& root, model::DocumentFacts& facts, std::set<std::string>& authors);

} // namespace qb::docx

#pragma once

#include <string_view>

#include "eval/outline.hpp"
#include "model/document.hpp"
#include "text/counter.hpp"

namespace qb::eval {

// What a part's count includes besides its body paragraphs (REQUIREMENTS D: tables, captions and text boxes
// anchored in the part count; footnotes and endnotes do not). Written in a rule file as `include:`.
struct PartInclusion
{
  bool tables = true;     // table cell paragraphs
  bool captions = true;   // paragraphs parse_caption() recognises (表N / 图N) outside tables
  bool textboxes = true;  // text boxes anchored in the part
  bool footnotes = false; // footnotes whose reference is in the part
  bool endnotes = false;  // endnotes whose reference is in the part
};

// The 字 count of part `part_id` in `mode`: every paragraph of its span except its heading (the title part:
// its one paragraph), filtered by `inclusion`; text boxes and notes are attributed by their anchor. Hidden
// text is never counted (text::count_paragraph). A part the outline does not have counts zero: callers check
// Outline::find first and report a missing part as such.
text::Counts count_part(const model::Document& document, const Outline& outline, std::string_view part_id,
                        text::CountingMode mode, const PartInclusion& inclusion = {});

} // namespace qb::eval

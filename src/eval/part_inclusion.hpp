#pragma once

#include <cstdint>

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

  // The five flags as bits, one inclusion to one key (the outline remembers part counts by it).
  std::uint8_t key() const
  {
    return static_cast<std::uint8_t>(tables | captions << 1 | textboxes << 2 | footnotes << 3 |
                                     endnotes << 4);
  }
};

} // namespace qb::eval

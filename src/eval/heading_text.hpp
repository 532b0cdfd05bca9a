#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace qb::eval {

// `text` as part-heading patterns see it: NFKC-normalised (（一） -> (一), full-width digits -> ASCII), every
// blank removed (摘 要 -> 摘要), then one leading typed number stripped ("一、", "(一)", "1.", "1、", "3.1",
// "4", "第一部分", "第1章", "Part 1") and a trailing colon dropped.
std::string heading_key(std::string_view text);

// heading_key(text) in UTF-16 (as ICU converts it), made in the same pass as the key: what the heading
// patterns are matched against.
std::u16string heading_key_utf16(std::string_view text);
std::u16string heading_key_utf16(const model::Paragraph& paragraph);

// True when heading_key_utf16(paragraph) is certainly longer than `units` UTF-16 units, found without
// normalising the text: it counts the code points that NFKC keeps as they are whatever surrounds them, that
// are not blanks and that numbering or a trailing colon never strips (not ASCII, not one of the numerals,
// units and separators of the numbering), each one unit of the key, and stops once there are more than
// `units`. False when it may not be longer (also when a run's text is ill-formed: the runs' text is not read
// as one). Heading patterns that only match short keys (Regex::longest_match_subject) need not see a body
// paragraph.
bool heading_key_longer_than(const model::Paragraph& paragraph, std::size_t units);

// heading_key of the paragraph's visible text (an automatic numbering label is never part of the text).
std::string heading_key(const model::Paragraph& paragraph);

} // namespace qb::eval

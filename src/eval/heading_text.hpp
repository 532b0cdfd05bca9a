#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace qb::eval {

// `text` as part-heading patterns see it: NFKC-normalised (（一） -> (一), full-width digits -> ASCII), every
// blank removed (摘 要 -> 摘要), then one leading typed number stripped ("一、", "(一)", "1.", "1、", "3.1",
// "4", "第一部分", "第1章", "Part 1") and a trailing colon dropped.
std::string heading_key(std::string_view text);

// heading_key of the paragraph's visible text (an automatic numbering label is never part of the text).
std::string heading_key(const model::Paragraph& paragraph);

} // namespace qb::eval

#pragma once

#include "model/document.hpp"

namespace qb::fuzz {

// samples/compliant.docx, loaded once: the document the loader targets evaluate what they load on.
const model::Document& sample_document();

} // namespace qb::fuzz

#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "model/document.hpp"

namespace qb::model {

// The whole document model as JSON, for `qbcheck dump --json` and for tools. Field names are snake_case and
// stable: they follow the model's member names; enums are written with their to_string forms ("main",
// "paragraph_style", "atLeast"...); each resolved value is {"value": ..., "origin": ...}; absent optional
// values are null.
nlohmann::json to_json(const Document& document);

// Writes the same JSON as to_json(document).dump() to `out`, one paragraph at a time (one per line), so a
// document of hundreds of thousands of runs never exists twice in memory as a JSON tree. Invalid UTF-8 in
// the document's text is replaced by U+FFFD.
void write_json(const Document& document, std::ostream& out);

// Parts of the document, for tools that need only one piece.
nlohmann::json to_json(const Paragraph& paragraph);
nlohmann::json to_json(const RunProperties& props);
nlohmann::json to_json(const ParagraphProperties& props);

} // namespace qb::model

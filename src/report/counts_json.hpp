#pragma once

#include <nlohmann/json.hpp>

#include "model/document.hpp"
#include "text/counter.hpp"

namespace qb::report {

// {"words", "asian", "non_asian_words", "characters", "characters_with_spaces"} (the dialog's figures; issue
// 3).
nlohmann::json to_json(const text::Counts& counts);

// {"main", "textboxes", "footnotes", "endnotes"}, each as above.
nlohmann::json to_json(const text::StoryCounts& counts);

// {"application", "app_version", "words", "characters", "characters_with_spaces", "paragraphs", "pages"},
// with null for what app.xml does not hold. These are the writer's stored figures, never the count.
nlohmann::json to_json(const model::StoredStatistics& stored);

// The whole `qbcheck count --json` object: {"mode", "document", "stories", "stored"}. `document` is all
// stories together (what the dialog shows by default); stories.main is what app.xml covers.
nlohmann::json count_report_json(const text::StoryCounts& counts, text::CountingMode mode,
                                 const model::StoredStatistics& stored);

} // namespace qb::report

#pragma once

#include "docx/part_source.hpp"
#include "model/document.hpp"

namespace qb::docx {

// The statistics the writing program stored in docProps/app.xml (found through the package's
// extended-properties relationship): Application, AppVersion, Words, Characters, CharactersWithSpaces,
// Paragraphs, Pages. A missing part or element, or a value that is not a whole number, stays empty.
// Throws InputError(malformed_xml) when the part exists but is not well-formed.
model::StoredStatistics read_stored_statistics(const PartSource& parts);

// Sets `facts.title`, `creator` and `last_modified_by` from docProps/core.xml (found through the package's
// core-properties relationship); leaves them as they are when the part or an element is missing.
void read_core_properties(const PartSource& parts, model::DocumentFacts& facts);

} // namespace qb::docx

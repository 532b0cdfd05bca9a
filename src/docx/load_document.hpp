#pragma once

#include <filesystem>
#include <string>

#include "docx/part_source.hpp"
#include "model/document.hpp"

namespace qb::docx {

// Reads a .docx into the document model. Throws InputError (with a code saying what the file really is:
// .doc, PDF, encrypted, truncated zip...) when it cannot; never returns a partial document.
model::Document load_document(const std::filesystem::path& path, const ReadLimits& limits = {});

// Same, over parts already opened (tests feed MemoryParts).
model::Document load_document(const PartSource& parts, const ReadLimits& limits = {});

// Same, when the main document part is already known (find_main_document, open_package_with_main).
model::Document load_main_document(const PartSource& parts, const std::string& main_part,
                                   const ReadLimits& limits = {});

} // namespace qb::docx

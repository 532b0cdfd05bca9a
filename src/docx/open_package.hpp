#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "docx/part_source.hpp"

namespace qb::docx {

// Opens the .docx at `path`: sniffs what the file really is, opens its zip and checks that it has a
// WordprocessingML main document. Throws InputError with the code saying why not (not_found, is_directory,
// unreadable, empty_file, legacy_doc, encrypted, pdf, rtf, plain_text, not_a_zip, too_many_entries,
// no_main_document, not_wordprocessing, malformed_xml for a broken _rels/.rels or [Content_Types].xml).
std::unique_ptr<PartSource> open_package(const std::filesystem::path& path, const ReadLimits& limits = {});

// An opened package and the main document part open_package found in it.
struct OpenedPackage
{
  std::unique_ptr<PartSource> parts;
  std::string main_part;
};

// open_package, keeping the main part's name (so that a reader need not find it again: that reads and parses
// _rels/.rels and [Content_Types].xml a second time).
OpenedPackage open_package_with_main(const std::filesystem::path& path, const ReadLimits& limits = {});

// The main document's part name ("word/document.xml"), found through the officeDocument relationship of
// _rels/.rels (Transitional or Strict). Throws InputError(no_main_document) when there is none or its part is
// missing, InputError(not_wordprocessing) when [Content_Types].xml gives it a type that is not a Word
// document (an .xlsx, a .pptx).
std::string find_main_document(const PartSource& parts);

} // namespace qb::docx

#pragma once

#include <filesystem>
#include <string>

#include "core/input_error.hpp"
#include "docx/load_document.hpp"
#include "support/docx_builder.hpp"
#include "unit/hostile/raw_zip.hpp"

namespace qb::test {

// The parts of `builder`'s package written into `zip` as honest stored entries, in the builder's order,
// except the part named `skip` (the test writes that one itself).
inline void add_parts(RawZip& zip, const DocxBuilder& builder, const std::string& skip = {})
{
  const auto parts = builder.parts();
  for (const auto& name : parts.names()) {
    if (name != skip) {
      zip.entry(name, parts.read(name));
    }
  }
}

// The InputError load_document(`path`) throws; fails the test when it loads.
inline InputError load_error(const std::filesystem::path& path)
{
  try {
    docx::load_document(path);
  } catch (const InputError& error) {
    return error;
  }
  FAIL("the document loaded");
  throw;
}

} // namespace qb::test

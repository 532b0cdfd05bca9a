#include "fuzz_document.hpp"

#include "docx/load_document.hpp"

namespace qb::fuzz {

const model::Document& sample_document()
{
  static const model::Document document = docx::load_document(QBCHECK_SOURCE_DIR "/samples/compliant.docx");
  return document;
}

} // namespace qb::fuzz

// libFuzzer target: bytes -> a package opened from memory -> the document model -> every rule of the
// built-in set. Any outcome but a document result or an InputError (a crash, a sanitizer report, another
// exception, a hang, unbounded memory) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input_error.hpp"
#include "docx/load_document.hpp"
#include "docx/zip_package.hpp"
#include "eval/evaluator.hpp"
#include "rules/ruleset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const auto ruleset = qb::rules::builtin_ruleset();
  try {
    const qb::docx::ReadLimits limits;
    const qb::docx::ZipPackage package(std::string(reinterpret_cast<const char*>(data), size), "fuzz.docx",
                                       limits);
    const auto document = qb::docx::load_document(package, limits);
    qb::eval::evaluate_document(*ruleset, document, nullptr);
  } catch (const qb::InputError&) {
    // The expected refusal of a broken package.
  }
  return 0;
}

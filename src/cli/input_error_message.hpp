#pragma once

#include <string>

#include "core/input_error.hpp"
#include "core/localized_text.hpp"

namespace qb::cli {

// The catalogue message ("input.<code>") for a document that could not be read, naming `file` (the path as
// the user gave it) and, where known, the part, line and the failing library's detail.
LocalizedText input_error_message(const InputError& error, const std::string& file);

} // namespace qb::cli

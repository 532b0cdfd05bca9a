#pragma once

#include <functional>
#include <string>

#include "core/localized_text.hpp"

namespace qb::cli {

// Runs the work of `template` or `init` and turns what it throws into a message on stderr and exit_invalid:
// a rule file's diagnostics, the template's own errors, and any other failure as "cannot write `target`".
// Returns what `work` returns when nothing is thrown.
int run_reporting_template_failures(const std::string& target, Lang lang, const std::function<int()>& work);

} // namespace qb::cli

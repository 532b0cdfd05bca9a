#pragma once

#include "core/result.hpp"

namespace qb::cli {

// Which failed results make the run fail (--fail-on).
enum class FailOn { error, warning };

// The documented exit status of a finished run, computed from the results alone (never by the printers):
// 2 (exit_invalid) when any document could not be read or its profile is invalid; else 1 (exit_failed) when a
// document or batch rule fails at level error, or at level warning with FailOn::warning; else 0. Waived and
// not_checked results never fail a run.
int exit_status(const RunResult& run, FailOn fail_on);

} // namespace qb::cli

#pragma once

#include <cstddef>
#include <functional>

#include "core/result.hpp"

namespace qb::cli {

// Checks items 0..count-1 on `jobs` threads and hands each result to `deliver` in index order, one at a time
// (on whichever thread completes the sequence). A result that is ready before those ahead of it waits; a
// thread that would start an item `window` or more ahead of the oldest undelivered one waits instead, so at
// most `window` results are held however many items there are. `check` and `deliver` must not throw.
// Returns the largest number of results held at once.
std::size_t check_in_order(std::size_t count, unsigned jobs, std::size_t window,
                           const std::function<DocumentResult(std::size_t index)>& check,
                           const std::function<void(DocumentResult&& result)>& deliver);

} // namespace qb::cli

#include "cli/input_error_message.hpp"

#include "rules/message_catalog.hpp"

namespace qb::cli {

LocalizedText input_error_message(const InputError& error, const std::string& file)
{
  return rules::message("input." + std::string(to_string(error.code())),
                        {{"file", file},
                         {"part", error.part()},
                         {"line", std::to_string(error.line())},
                         {"detail", error.detail()}});
}

} // namespace qb::cli

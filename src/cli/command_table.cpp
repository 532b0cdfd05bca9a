#include "cli/command_table.hpp"

#include "cli/commands.hpp"

namespace qb::cli {

const std::vector<CommandEntry>& command_table()
{
  static const std::vector<CommandEntry> table{};
  return table;
}

} // namespace qb::cli

#include "cli/command_table.hpp"

#include "cli/commands.hpp"

namespace qb::cli {

const std::vector<CommandEntry>& command_table()
{
  static const std::vector<CommandEntry> table{
      {"check", setup_check}, {"batch", setup_batch},       {"count", setup_count}, {"dump", setup_dump},
      {"rules", setup_rules}, {"template", setup_template}, {"init", setup_init},
  };
  return table;
}

} // namespace qb::cli

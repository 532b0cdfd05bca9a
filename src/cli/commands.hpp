#pragma once

// The setup function of every subcommand (one file each under cli/).
namespace CLI {
class App;
}

namespace qb::cli {

struct RunState;

// `qbcheck dump FILE.docx`: prints the document model (cli/dump_command.cpp).
void setup_dump(CLI::App& app, RunState& state);
// `qbcheck check FILE...` and `qbcheck batch DIR...` (cli/check_command.cpp, cli/batch_command.cpp).
void setup_check(CLI::App& app, RunState& state);
void setup_batch(CLI::App& app, RunState& state);
// `qbcheck count FILE.docx`: the word-count dialog's figures per story (cli/count_command.cpp).
void setup_count(CLI::App& app, RunState& state);
// `qbcheck rules lint FILE...`, `rules list [FILE]`, `rules kinds` (cli/rules_command.cpp).
void setup_rules(CLI::App& app, RunState& state);
// `qbcheck template OUT.docx` and `qbcheck init DIR` (cli/template_command.cpp, cli/init_command.cpp).
void setup_template(CLI::App& app, RunState& state);
void setup_init(CLI::App& app, RunState& state);

} // namespace qb::cli

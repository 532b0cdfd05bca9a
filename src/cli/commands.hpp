#pragma once

// The setup function of every subcommand (one file each under cli/).
namespace CLI {
class App;
}

namespace qb::cli {

struct RunState;

} // namespace qb::cli

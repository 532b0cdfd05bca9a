#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

// Runs the real qbcheck binary (QBCHECK_BINARY) for the end-to-end tests.
namespace qb::test {

struct CommandOutput
{
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_all(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string shell_quote(const std::string& text)
{
  std::string quoted = "'";
  for (char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

// A scratch folder removed at the end of the test.
struct ScratchDir
{
  std::filesystem::path path;
  explicit ScratchDir(const std::string& name)
  {
    path = std::filesystem::temp_directory_path() /
           ("qbcheck-" + name + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~ScratchDir() { std::filesystem::remove_all(path); }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
};

// `qbcheck <arguments>` run in `directory` with QBCHECK_RULES and CI unset (`arguments` are shell words,
// quote them with shell_quote).
inline CommandOutput run_qbcheck(const std::string& arguments,
                                 const std::filesystem::path& directory = QBCHECK_SOURCE_DIR)
{
  static int counter = 0;
  const auto base = std::filesystem::temp_directory_path() /
                    ("qbcheck-run-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  const auto out_file = base.string() + ".out";
  const auto err_file = base.string() + ".err";
  const auto command = "cd " + shell_quote(directory.string()) + " && env -u QBCHECK_RULES -u CI " +
                       shell_quote(QBCHECK_BINARY) + " " + arguments + " >" + shell_quote(out_file) + " 2>" +
                       shell_quote(err_file) + " </dev/null";
  const int status = std::system(command.c_str());
  CommandOutput output;
  output.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  output.out = read_all(out_file);
  output.err = read_all(err_file);
  std::filesystem::remove(out_file);
  std::filesystem::remove(err_file);
  return output;
}

// `text` with every occurrence of `from` replaced by `to`.
inline std::string replace_all(std::string text, const std::string& from, const std::string& to)
{
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

} // namespace qb::test

// `qbcheck batch DIR...`: every .docx under the folders, checked in parallel, reported in path order, then
// the batch rules over all of them.
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include <CLI/CLI.hpp>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/check_pipeline.hpp"
#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "eval/evaluator.hpp"
#include "rules/message_catalog.hpp"

namespace qb::cli {
namespace {

struct BatchOptions
{
  CommonOptions common;
  std::vector<std::string> folders;
  unsigned jobs = 0; // 0: every core
};

// What a folder walk found: the files to check (sorted by path) and the lock files passed over.
struct BatchInputs
{
  std::vector<std::filesystem::path> files;
  std::vector<std::filesystem::path> lock_files;
};

std::string lowercase_extension(const std::filesystem::path& path)
{
  auto extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// .docx files are checked; files that a clerk may have received instead of one (.doc, .wps, .pdf, .rtf) are
// checked too, so the sniffer reports what they are; anything else in the folder is not an application.
bool is_candidate(const std::filesystem::path& path)
{
  static const std::vector<std::string> k_extensions{".docx", ".doc", ".wps", ".pdf", ".rtf"};
  const auto extension = lowercase_extension(path);
  return std::find(k_extensions.begin(), k_extensions.end(), extension) != k_extensions.end();
}

void add_found(const std::filesystem::path& path, BatchInputs& inputs)
{
  if (!is_candidate(path)) {
    return;
  }
  if (path.filename().string().starts_with("~$")) {
    inputs.lock_files.push_back(path); // Word's owner file while a document is open: not a document
    return;
  }
  inputs.files.push_back(path);
}

BatchInputs collect_inputs(const std::vector<std::string>& folders)
{
  BatchInputs inputs;
  for (const auto& folder : folders) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
      inputs.files.emplace_back(folder); // a file or a missing path: the pipeline says what it is
      continue;
    }
    const auto options = std::filesystem::directory_options::skip_permission_denied;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, options, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error) || it->is_symlink(error)) {
        add_found(it->path(), inputs);
      }
    }
  }
  const auto by_path = [](const auto& a, const auto& b) { return a.generic_string() < b.generic_string(); };
  std::sort(inputs.files.begin(), inputs.files.end(), by_path);
  inputs.files.erase(std::unique(inputs.files.begin(), inputs.files.end()), inputs.files.end());
  std::sort(inputs.lock_files.begin(), inputs.lock_files.end(), by_path);
  return inputs;
}

// A one-line progress bar on stderr, only for a person watching a terminal (not in CI, not when piped).
class Progress
{
public:
  explicit Progress(std::size_t total)
    : m_total(total)
    , m_enabled(total > 0 && isatty(STDERR_FILENO) && !std::getenv("CI"))
  {
  }
  void advance()
  {
    if (!m_enabled) {
      return;
    }
    std::lock_guard lock(m_mutex);
    ++m_done;
    const std::size_t width = 30;
    const std::size_t filled = m_done * width / m_total;
    std::cerr << '\r' << '[' << std::string(filled, '#') << std::string(width - filled, '.') << "] " << m_done
              << '/' << m_total << std::flush;
    if (m_done == m_total) {
      std::cerr << "\r\033[K" << std::flush;
    }
  }

private:
  std::size_t m_total;
  bool m_enabled;
  std::size_t m_done = 0;
  std::mutex m_mutex;
};

// Every document allocates about as much again as its XML (the tree, the model) and frees it all. By default
// glibc gives that memory back to the system after each document (and maps parts over 128 KiB afresh), so
// the next document page-faults it all in again: a third of the run's time went to the kernel. Keeping up to
// 32 MiB for reuse costs nothing in peak memory, which is reached by the first documents anyway.
void keep_freed_memory_for_reuse()
{
#ifdef __GLIBC__
  constexpr int k_keep = 32 * 1024 * 1024;
  mallopt(M_MMAP_THRESHOLD, k_keep);
  mallopt(M_TRIM_THRESHOLD, k_keep);
#endif
}

// Checks `files` on `jobs` threads; each result is stored at its file's index, so the order never depends on
// the scheduling.
void check_all(const std::vector<std::filesystem::path>& files, const CheckSettings& settings, unsigned jobs,
               std::vector<DocumentResult>& results, std::vector<std::optional<profile::Profile>>& profiles)
{
  results.resize(files.size());
  profiles.resize(files.size());
  Progress progress(files.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      results[i] = check_file(files[i], settings, &profiles[i]);
      progress.advance();
    }
  };
  const auto threads = std::max<std::size_t>(1, std::min<std::size_t>(jobs, files.size()));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) {
    pool.emplace_back(work);
  }
  work();
  for (auto& thread : pool) {
    thread.join();
  }
}

int run_batch(const BatchOptions& options)
{
  // Check the option values CLI11 cannot check.
  const auto run_options = check_options(options.common, std::cerr);
  if (!run_options) {
    return exit_invalid;
  }
  // Settle rules, config, levels and waivers once, from the first folder.
  const auto prepared = prepare_run(options.common, *run_options, options.folders.front(), std::cerr);
  if (!prepared) {
    return exit_invalid;
  }
  const auto& settings = prepared->settings;
  // Walk the folders: candidates sorted by path, lock files set aside and said so.
  const auto inputs = collect_inputs(options.folders);
  RunResult run;
  run.ruleset = settings.ruleset->info;
  for (const auto& lock_file : inputs.lock_files) {
    run.notices.push_back({"batch.lock_file_skipped",
                           rules::message("batch.lock_file_skipped", {{"file", lock_file.string()}})});
  }
  // Check every file in parallel; one bad file never stops the batch.
  keep_freed_memory_for_reuse();
  const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::optional<profile::Profile>> profiles;
  check_all(inputs.files, settings, jobs, run.documents, profiles);
  // The batch rules (one submission per recommending unit) over every readable document and its profile.
  std::vector<const profile::Profile*> profile_pointers;
  for (const auto& profile : profiles) {
    profile_pointers.push_back(profile ? &*profile : nullptr);
  }
  run.batch_results = eval::evaluate_batch(*settings.ruleset, run.documents, profile_pointers);
  eval::apply_level_overrides(run.batch_results, settings.levels);
  // Report, and turn the results into the exit status.
  return finish_run(run, options.common, *run_options, settings, std::cerr);
}

} // namespace

void setup_batch(CLI::App& app, RunState& state)
{
  auto options = std::make_shared<BatchOptions>();
  auto* command = app.add_subcommand("batch", help_text("cli.help.batch"));
  command->add_option("DIR", options->folders, help_text("cli.help.folders"))->required();
  command->add_option("--jobs,-j", options->jobs, help_text("cli.help.jobs"))->check(CLI::PositiveNumber);
  add_common_options(*command, options->common);
  command->callback([options, &state] { state.exit_code = run_batch(*options); });
}

} // namespace qb::cli

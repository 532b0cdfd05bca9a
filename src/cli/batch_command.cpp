// `qbcheck batch DIR...`: every .docx under the folders, checked in parallel and reported in path order as
// they finish, then the batch rules over all of them.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
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
#include "cli/ordered_checks.hpp"
#include "cli/read_ahead.hpp"
#include "cli/run_report.hpp"
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
  // `shown` is false when the report itself goes to the terminal: it shows the progress, and a bar would
  // break its lines.
  Progress(std::size_t total, bool shown)
    : m_total(total)
    , m_enabled(shown && total > 0 && isatty(STDERR_FILENO) && !std::getenv("CI"))
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

// libzip converts the DOS time of every entry it lists with mktime(), and glibc's mktime, while TZ is unset,
// looks at /etc/localtime again on every call to see whether it changed: some twenty stat() calls a document,
// as costly as a tenth of inflating it. Naming that same file in TZ (what an unset TZ means) lets glibc know
// the zone is unchanged. Called before any thread starts: setenv is not thread-safe.
void name_the_local_time_zone()
{
  if (std::getenv("TZ") == nullptr) {
    setenv("TZ", ":/etc/localtime", 0);
  }
}

// How far checking may run ahead of the report, per job: enough that a slow document does not idle the other
// threads, small enough that the results waiting for it cost little.
constexpr std::size_t k_window_per_job = 8;

int run_batch(const BatchOptions& options)
{
  // Check the option values CLI11 cannot check.
  const auto run_options = check_options(options.common, std::cerr);
  if (!run_options) {
    return exit_invalid;
  }
  // Walk the folders: candidates sorted by path, lock files set aside and said so.
  const auto inputs = collect_inputs(options.folders);
  keep_freed_memory_for_reuse();
  name_the_local_time_zone();
  const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const auto limits = read_limits(options.common);
  // Several jobs start reading the first documents while the rule set loads; one job reads after it.
  std::optional<ReadAhead> read_ahead;
  if (jobs > 1) {
    read_ahead.emplace(inputs.files, limits, jobs, k_window_per_job * jobs);
  }
  // Settle rules, config, levels and waivers once, from the first folder, and open the report.
  const auto prepared = prepare_run(options.common, *run_options, options.folders.front(), std::cerr);
  auto report =
      prepared ? RunReport::open(options.common, *run_options, prepared->settings.ruleset->info, std::cerr)
               : nullptr;
  if (read_ahead) {
    read_ahead->stop();
  }
  if (!report) {
    return exit_invalid;
  }
  const auto& settings = prepared->settings;
  std::vector<RunNotice> notices;
  for (const auto& lock_file : inputs.lock_files) {
    notices.push_back({"batch.lock_file_skipped",
                       rules::message("batch.lock_file_skipped", {{"file", lock_file.string()}})});
  }
  // Check every file in parallel and report each in path order as soon as those before it are; one bad file
  // never stops the batch. Of each document only what the batch rules need is kept.
  Progress progress(inputs.files.size(), !report->to_terminal());
  std::vector<rules::BatchEntry> entries;
  entries.reserve(inputs.files.size());
  check_in_order(
      inputs.files.size(), jobs, k_window_per_job * jobs,
      [&](std::size_t index) {
        auto loaded = read_ahead ? read_ahead->take(index) : std::nullopt;
        return check_loaded(loaded ? std::move(*loaded) : load_file(inputs.files[index], limits), settings);
      },
      [&](DocumentResult&& document) {
        entries.push_back({document.file, document.recommender});
        report->add(document);
        progress.advance();
      });
  // The batch rules (one submission per recommending unit) over every document.
  auto batch_results = eval::evaluate_batch(*settings.ruleset, entries);
  eval::apply_level_overrides(batch_results, settings.levels);
  return report->finish(batch_results, std::move(notices), settings);
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

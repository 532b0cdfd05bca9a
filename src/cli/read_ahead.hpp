#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <thread>
#include <vector>

#include "cli/check_pipeline.hpp"

namespace qb::cli {

// The first documents of a batch, read while the main thread loads the rule set. Reading a document needs
// only the reader's limits, so with several jobs the threads need not wait for the settings (some 15 ms, a
// tenth of a hundred-file run on two jobs): they read up to `most` files in path order until stop().
class ReadAhead
{
public:
  ReadAhead(const std::vector<std::filesystem::path>& files, const docx::ReadLimits& limits, unsigned threads,
            std::size_t most);
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // Lets each thread finish the document it is reading and joins them.
  void stop();
  // Joins the threads once they have read every file they may (up to `most`); for tests.
  void finish();

  // Once stopped: the file at `index` as read ahead, or nullopt when it was not. Each index is taken at most
  // once; different indices may be taken from different threads at the same time.
  std::optional<LoadedFile> take(std::size_t index);

private:
  void read();

  // Copies of what the threads read, so that they depend on no caller's arguments.
  std::vector<std::filesystem::path> m_files; // those that may be read ahead
  docx::ReadLimits m_limits;
  std::vector<std::optional<LoadedFile>> m_read; // one slot a file
  std::atomic<std::size_t> m_next{0};
  std::atomic<bool> m_stopping{false};
  std::vector<std::thread> m_threads;
};

} // namespace qb::cli

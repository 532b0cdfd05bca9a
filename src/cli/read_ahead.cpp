#include "cli/read_ahead.hpp"

#include <algorithm>

namespace qb::cli {

ReadAhead::ReadAhead(const std::vector<std::filesystem::path>& files, const docx::ReadLimits& limits,
                     unsigned threads, std::size_t most)
  : m_files(files.begin(), files.begin() + static_cast<std::ptrdiff_t>(std::min(most, files.size())))
  , m_limits(limits)
  , m_read(m_files.size())
{
  try {
    for (unsigned t = 0; t < threads && t < m_read.size(); ++t) {
      m_threads.emplace_back([this] { read(); });
    }
  } catch (...) {
    stop(); // a thread that could not start: join those that did
    throw;
  }
}

ReadAhead::~ReadAhead()
{
  stop();
}

void ReadAhead::read()
{
  while (!m_stopping.load(std::memory_order_relaxed)) {
    const std::size_t index = m_next.fetch_add(1, std::memory_order_relaxed);
    if (index >= m_read.size()) {
      return;
    }
    m_read[index] = load_file(m_files[index], m_limits); // never throws; each thread fills its own slots
  }
}

void ReadAhead::stop()
{
  m_stopping.store(true, std::memory_order_relaxed);
  finish();
}

void ReadAhead::finish()
{
  for (auto& thread : m_threads) {
    if (thread.joinable()) {
      thread.join();
    }
  }
}

std::optional<LoadedFile> ReadAhead::take(std::size_t index)
{
  if (index >= m_read.size() || !m_read[index]) {
    return std::nullopt;
  }
  std::optional<LoadedFile> taken = std::move(m_read[index]);
  m_read[index].reset();
  return taken;
}

} // namespace qb::cli

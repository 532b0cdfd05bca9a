#include "cli/ordered_checks.hpp"

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace qb::cli {
namespace {

class OrderedDelivery
{
public:
  OrderedDelivery(std::size_t count, std::size_t window, const std::function<void(DocumentResult&&)>& deliver)
    : m_count(count)
    , m_window(std::max<std::size_t>(window, 1))
    , m_deliver(deliver)
  {
  }

  // The next item to check, once it is within the window of the next to deliver; false when none are left.
  bool claim(std::size_t& index)
  {
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [&] { return m_next_claim >= m_count || m_next_claim < m_next_deliver + m_window; });
    if (m_next_claim >= m_count) {
      return false;
    }
    index = m_next_claim++;
    return true;
  }

  // Files `result`; the thread that finds the next result due delivers it, and every one due after it, with
  // the lock released while it writes, so that the other threads can go on claiming and filing meanwhile
  // (they leave their results to it).
  void done(std::size_t index, DocumentResult&& result)
  {
    std::unique_lock lock(m_mutex);
    m_ready.emplace(index, std::move(result));
    m_peak = std::max(m_peak, m_ready.size());
    if (m_delivering) {
      return;
    }
    m_delivering = true;
    while (!m_ready.empty() && m_ready.begin()->first == m_next_deliver) {
      auto due = m_ready.extract(m_ready.begin());
      lock.unlock();
      m_deliver(std::move(due.mapped()));
      lock.lock();
      ++m_next_deliver;
      m_room.notify_all();
    }
    m_delivering = false;
  }

  std::size_t peak() const { return m_peak; }

private:
  std::size_t m_count;
  std::size_t m_window;
  const std::function<void(DocumentResult&&)>& m_deliver;
  std::mutex m_mutex;
  std::condition_variable m_room;
  std::size_t m_next_claim = 0;
  std::size_t m_next_deliver = 0; // until it has been delivered, the window counts it
  bool m_delivering = false;      // a thread is delivering: results filed now are its to deliver
  std::map<std::size_t, DocumentResult> m_ready; // checked, waiting for those ahead of them
  std::size_t m_peak = 0;
};

} // namespace

std::size_t check_in_order(std::size_t count, unsigned jobs, std::size_t window,
                           const std::function<DocumentResult(std::size_t index)>& check,
                           const std::function<void(DocumentResult&& result)>& deliver)
{
  OrderedDelivery delivery(count, window, deliver);
  const auto work = [&] {
    for (std::size_t index = 0; delivery.claim(index);) {
      delivery.done(index, check(index));
    }
  };
  const auto threads = std::max<std::size_t>(1, std::min<std::size_t>(jobs, count));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) {
    pool.emplace_back(work);
  }
  work();
  for (auto& thread : pool) {
    thread.join();
  }
  return delivery.peak();
}

} // namespace qb::cli

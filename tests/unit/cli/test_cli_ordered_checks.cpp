#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

#include <catch2/catch.hpp>

#include "cli/ordered_checks.hpp"

using namespace qb;

TEST_CASE("results are delivered in order and never more than the window are held", "[cli]")
{
  const std::size_t count = 200;
  const std::size_t window = 6;
  std::vector<std::string> delivered;
  const auto peak = cli::check_in_order(
      count, 4, window,
      [](std::size_t index) {
        // Uneven work, so that later items often finish first.
        std::mt19937 random(static_cast<unsigned>(index));
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 2000));
        DocumentResult result;
        result.file = std::to_string(index);
        return result;
      },
      [&](DocumentResult&& result) { delivered.push_back(result.file); });
  REQUIRE(delivered.size() == count);
  for (std::size_t i = 0; i < count; ++i) {
    CHECK(delivered[i] == std::to_string(i));
  }
  CHECK(peak <= window);
}

TEST_CASE("one job checks and delivers each item at once", "[cli]")
{
  std::vector<std::string> delivered;
  const auto peak = cli::check_in_order(
      5, 1, 1,
      [](std::size_t index) {
        DocumentResult result;
        result.file = std::to_string(index);
        return result;
      },
      [&](DocumentResult&& result) { delivered.push_back(result.file); });
  CHECK(delivered == std::vector<std::string>{"0", "1", "2", "3", "4"});
  CHECK(peak == 1);
}

TEST_CASE("no items: nothing is checked or delivered", "[cli]")
{
  bool called = false;
  cli::check_in_order(
      0, 4, 8,
      [&](std::size_t) {
        called = true;
        return DocumentResult{};
      },
      [&](DocumentResult&&) { called = true; });
  CHECK_FALSE(called);
}

// A report's write of one document (a spool on a slow disk) must not idle the other threads: they go on
// checking up to the window while it is delivered. With the lock held during delivery they could not, and
// the wait below would run out.
TEST_CASE("the other threads go on checking while a result is delivered", "[cli]")
{
  const std::size_t window = 8;
  std::mutex mutex;
  std::condition_variable checked_more;
  std::size_t checked = 0;
  bool others_went_on = false;
  cli::check_in_order(
      40, 2, window,
      [&](std::size_t index) {
        {
          std::lock_guard lock(mutex);
          ++checked;
        }
        checked_more.notify_all();
        DocumentResult result;
        result.file = std::to_string(index);
        return result;
      },
      [&](DocumentResult&& result) {
        if (result.file == "0") {
          std::unique_lock lock(mutex);
          others_went_on =
              checked_more.wait_for(lock, std::chrono::seconds(20), [&] { return checked >= window; });
        }
      });
  CHECK(others_went_on);
}

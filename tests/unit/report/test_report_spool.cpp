#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "report/spool.hpp"

using namespace qb;

namespace {

std::size_t spool_files_in(const std::filesystem::path& folder)
{
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    count += entry.path().filename().string().starts_with("qbcheck-report-") ? 1 : 0;
  }
  return count;
}

} // namespace

TEST_CASE("a spool gives back what was written to it, however large", "[report]")
{
  report::Spool spool;
  CHECK(spool.empty());
  const std::string line(1000, 'x');
  for (int i = 0; i < 5000; ++i) {
    spool.out() << line << '\n';
  }
  CHECK_FALSE(spool.empty());
  std::ostringstream out;
  spool.copy_to(out);
  CHECK(out.str().size() == 5000 * 1001);
  CHECK(out);
}

TEST_CASE("copying an empty spool leaves the target stream good", "[report]")
{
  report::Spool untouched;
  report::Spool asked_but_empty;
  asked_but_empty.out();
  std::ostringstream out;
  untouched.copy_to(out);
  asked_but_empty.copy_to(out);
  CHECK(out); // streaming an empty buffer would have set failbit, and the run would report a write error
  CHECK(out.str().empty());
}

TEST_CASE("a spool indents every line when asked", "[report]")
{
  report::Spool spool;
  spool.out() << "{\n  \"a\": 1\n},\n{}";
  std::ostringstream out;
  spool.copy_indented_to(out, "    ");
  CHECK(out.str() == "    {\n      \"a\": 1\n    },\n    {}");
}

TEST_CASE("a spool leaves no file behind in the temporary folder", "[report]")
{
  const auto folder = std::filesystem::temp_directory_path();
  const auto before = spool_files_in(folder);
  {
    report::Spool spool;
    spool.out() << "text";
    CHECK(spool_files_in(folder) == before); // unlinked as soon as it is open
  }
  CHECK(spool_files_in(folder) == before);
}

TEST_CASE("a spool whose writes failed says so instead of giving back a truncated text", "[report]")
{
  auto failing = std::make_unique<std::stringstream>();
  failing->setstate(std::ios::badbit); // what a write to a full disk leaves
  report::Spool spool(std::move(failing));
  spool.out() << "lost";
  std::ostringstream out;
  CHECK_THROWS_AS(spool.copy_to(out), std::runtime_error);
  CHECK_THROWS_AS(spool.copy_indented_to(out, "  "), std::runtime_error);
}

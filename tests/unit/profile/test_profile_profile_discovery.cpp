#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "profile/profile.hpp"
#include "support/scratch_folder.hpp"

namespace fs = std::filesystem;

namespace {

void touch(const fs::path& path)
{
  std::ofstream(path) << "name: x\n";
}

} // namespace

TEST_CASE("the document's own profile is found before the folder's", "[profile]")
{
  const qb::test::ScratchFolder scratch("profile-own");
  const auto& folder = scratch.path();
  touch(folder / "a.profile.yaml");
  touch(folder / "profile.yaml");
  CHECK(qb::profile::find_profile_for(folder / "a.docx") == folder / "a.profile.yaml");
  // Another document in the folder falls back to the shared profile.
  CHECK(qb::profile::find_profile_for(folder / "b.docx") == folder / "profile.yaml");
}

TEST_CASE("no profile beside the document gives nothing", "[profile]")
{
  const qb::test::ScratchFolder scratch("profile-none");
  const auto& folder = scratch.path();
  touch(folder / "other.yaml");
  fs::create_directories(folder / "profile.yaml.d");
  CHECK_FALSE(qb::profile::find_profile_for(folder / "a.docx").has_value());
  // A folder named like a profile is not a profile.
  fs::create_directories(folder / "a.profile.yaml");
  CHECK_FALSE(qb::profile::find_profile_for(folder / "a.docx").has_value());
}

TEST_CASE("the shared profile is used when the document has none of its own", "[profile]")
{
  const qb::test::ScratchFolder scratch("profile-shared");
  const auto& folder = scratch.path();
  touch(folder / "profile.yaml");
  CHECK(qb::profile::find_profile_for(folder / "申报材料.docx") == folder / "profile.yaml");
}

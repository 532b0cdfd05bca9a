#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "profile/profile.hpp"

namespace fs = std::filesystem;

namespace {

// A fresh, empty folder under the temporary directory.
fs::path fresh_folder(const std::string& name)
{
  const auto folder = fs::temp_directory_path() / ("qbcheck-profile-" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

void touch(const fs::path& path)
{
  std::ofstream(path) << "name: x\n";
}

} // namespace

TEST_CASE("the document's own profile is found before the folder's", "[profile]")
{
  const auto folder = fresh_folder("own");
  touch(folder / "a.profile.yaml");
  touch(folder / "profile.yaml");
  CHECK(qb::profile::find_profile_for(folder / "a.docx") == folder / "a.profile.yaml");
  // Another document in the folder falls back to the shared profile.
  CHECK(qb::profile::find_profile_for(folder / "b.docx") == folder / "profile.yaml");
  fs::remove_all(folder);
}

TEST_CASE("no profile beside the document gives nothing", "[profile]")
{
  const auto folder = fresh_folder("none");
  touch(folder / "other.yaml");
  fs::create_directories(folder / "profile.yaml.d");
  CHECK_FALSE(qb::profile::find_profile_for(folder / "a.docx").has_value());
  // A folder named like a profile is not a profile.
  fs::create_directories(folder / "a.profile.yaml");
  CHECK_FALSE(qb::profile::find_profile_for(folder / "a.docx").has_value());
  fs::remove_all(folder);
}

TEST_CASE("the shared profile is used when the document has none of its own", "[profile]")
{
  const auto folder = fresh_folder("shared");
  touch(folder / "profile.yaml");
  CHECK(qb::profile::find_profile_for(folder / "申报材料.docx") == folder / "profile.yaml");
  fs::remove_all(folder);
}

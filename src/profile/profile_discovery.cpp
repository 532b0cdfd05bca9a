// Finds the applicant profile that belongs to a document when none is given with --profile.
#include "profile/profile.hpp"

namespace qb::profile {

namespace {

bool is_existing_file(const std::filesystem::path& path)
{
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

} // namespace

std::optional<std::filesystem::path> find_profile_for(const std::filesystem::path& document)
{
  const auto folder = document.parent_path();
  // The document's own profile first: report.docx -> report.profile.yaml.
  auto own = folder / (document.stem().string() + ".profile.yaml");
  if (is_existing_file(own)) {
    return own;
  }
  // Then one profile shared by the folder.
  auto shared = folder / "profile.yaml";
  if (is_existing_file(shared)) {
    return shared;
  }
  return std::nullopt;
}

} // namespace qb::profile

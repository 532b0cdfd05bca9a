#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/localized_text.hpp"

namespace qb::templating {

// One file `qbcheck init` writes: its path under the repository folder and its bytes.
struct RepositoryFile
{
  std::filesystem::path path; // relative, e.g. ".github/workflows/qbcheck.yml"
  std::string bytes;
};

// What `qbcheck init DIR [--rules FILE]` writes (docs/template.md): the template document, profile.yaml,
// .qbcheck.yaml, the GitHub Actions workflow, the GitLab CI job and a Chinese README, from the data files
// under rules/init/; with a rule file, a copy of it under rules/ that .qbcheck.yaml names. The template is
// made from that rule file (else the built-in set) and checked against it. Throws TemplateError when the
// template cannot pass, LoadError when the rule file is invalid.
std::vector<RepositoryFile> repository_files(const std::optional<std::filesystem::path>& rules_file,
                                             Lang lang);

// The paths among `files` that exist under `directory` already.
std::vector<std::filesystem::path> existing_files(const std::filesystem::path& directory,
                                                  const std::vector<RepositoryFile>& files);

// Writes `bytes` to `path` (its folder must exist). Throws TemplateError naming the file.
void write_file(const std::filesystem::path& path, const std::string& bytes);

// Writes every file under `directory`, creating folders as needed. Throws TemplateError naming the file
// that could not be written.
void write_files(const std::filesystem::path& directory, const std::vector<RepositoryFile>& files);

} // namespace qb::templating

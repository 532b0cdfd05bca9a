#include "template/init_repository.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "rules/message_catalog.hpp"
#include "rules/ruleset.hpp"
#include "template/template_check.hpp"
#include "template/template_error.hpp"
#include "util/embedded_files.hpp"

namespace qb::templating {
namespace {

namespace fs = std::filesystem;

// Where each data file of rules/init/ goes in the repository.
struct DataFile
{
  const char* source; // under rules/init/
  const char* target;
};
constexpr DataFile k_data_files[] = {
    {"profile.yaml", "profile.yaml"},
    {"qbcheck.yaml", ".qbcheck.yaml"},
    {"github-workflow.yml", ".github/workflows/qbcheck.yml"},
    {"gitlab-ci.yml", ".gitlab-ci.yml"},
    {"README.md", "README.md"},
};
constexpr const char* k_rules_folder = "rules";

std::string data_file(const std::string& name)
{
  const auto content = util::find_embedded_file("init/" + name);
  if (!content) {
    // A build defect (the data files are embedded by CMake); the test suite catches it.
    throw TemplateError(rules::message("template.error.write", {{"file", name}, {"detail", "not embedded"}}));
  }
  return std::string(*content);
}

std::string read_file(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    throw TemplateError(
        rules::message("template.error.rules_copy", {{"file", path.string()}, {"detail", "read failed"}}));
  }
  return text.str();
}

} // namespace

std::vector<RepositoryFile> repository_files(const std::optional<fs::path>& rules_file, Lang lang)
{
  const std::string document = rules::message("template.init.document_name").in(lang);
  std::vector<RepositoryFile> files;
  std::shared_ptr<const rules::Ruleset> ruleset = rules::builtin_ruleset();
  std::optional<fs::path> rules_copy;
  if (rules_file) {
    ruleset = rules::load_ruleset(*rules_file);
    rules_copy = fs::path(k_rules_folder) / rules_file->filename();
  }
  files.push_back({document, make_checked_template(*ruleset, lang).package.zip_bytes()});
  for (const auto& data : k_data_files) {
    std::string bytes = data_file(data.source);
    if (std::string(data.target) == "README.md") {
      bytes = rules::fill_placeholders(bytes, {{"document", document}});
    } else if (std::string(data.target) == ".qbcheck.yaml" && rules_copy) {
      bytes += "\nrules: " + rules_copy->generic_string() + "\n";
    }
    files.push_back({data.target, std::move(bytes)});
  }
  if (rules_copy) {
    files.push_back({*rules_copy, read_file(*rules_file)});
    // Its data files too (sizes, fonts, SME table) when they were read from beside it, at the same place
    // relative to the copy, so CI loads the same rule set.
    for (const auto& [name, path] : ruleset->data.local_data_files) {
      const fs::path relative = fs::path(name).lexically_normal();
      if (relative.is_relative() && !relative.empty() && *relative.begin() != "..") {
        files.push_back({fs::path(k_rules_folder) / relative, read_file(path)});
      }
    }
  }
  return files;
}

std::vector<fs::path> existing_files(const fs::path& directory, const std::vector<RepositoryFile>& files)
{
  std::vector<fs::path> existing;
  for (const auto& file : files) {
    std::error_code error;
    if (fs::exists(directory / file.path, error)) {
      existing.push_back(file.path);
    }
  }
  return existing;
}

void write_file(const fs::path& path, const std::string& bytes)
{
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    throw TemplateError(
        rules::message("template.error.write", {{"file", path.string()}, {"detail", std::strerror(errno)}}));
  }
}

void write_files(const fs::path& directory, const std::vector<RepositoryFile>& files)
{
  for (const auto& file : files) {
    const fs::path path = directory / file.path;
    std::error_code error;
    if (!fs::create_directories(path.parent_path(), error) && error) {
      throw TemplateError(
          rules::message("template.error.write", {{"file", path.string()}, {"detail", error.message()}}));
    }
    write_file(path, file.bytes);
  }
}

} // namespace qb::templating

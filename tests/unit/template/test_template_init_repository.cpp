#include <algorithm>

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include "profile/profile.hpp"
#include "rules/project_config.hpp"
#include "support/docx_builder.hpp"
#include "template/init_repository.hpp"
#include "util/embedded_files.hpp"

using namespace qb;
using namespace qb::templating;

namespace {

const RepositoryFile* find(const std::vector<RepositoryFile>& files, const std::string& path)
{
  const auto it = std::find_if(files.begin(), files.end(), [&](const RepositoryFile& file) {
    return file.path.generic_string() == path;
  });
  return it == files.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("init writes the template, profile, config, both CI files and a README", "[template][init]")
{
  const auto files = repository_files(std::nullopt, Lang::zh);
  std::vector<std::string> paths;
  for (const auto& file : files) {
    paths.push_back(file.path.generic_string());
    CHECK_FALSE(file.bytes.empty());
  }
  CHECK(paths == std::vector<std::string>{"申报材料.docx", "profile.yaml", ".qbcheck.yaml",
                                          ".github/workflows/qbcheck.yml", ".gitlab-ci.yml", "README.md"});
  const auto* readme = find(files, "README.md");
  REQUIRE(readme != nullptr);
  CHECK(readme->bytes.find("qbcheck 申报材料.docx") != std::string::npos);
  CHECK(readme->bytes.find("{document}") == std::string::npos);
}

TEST_CASE("init's profile is valid with every field blank, and its config is valid and empty",
          "[template][init]")
{
  const auto files = repository_files(std::nullopt, Lang::zh);
  const profile::Profile profile =
      profile::load_profile_text(find(files, "profile.yaml")->bytes, "profile.yaml");
  CHECK(profile.name.empty());
  CHECK_FALSE(profile.legal_person.has_value());
  CHECK_FALSE(profile.records.has_value());
  const auto config =
      rules::load_project_config_text(find(files, ".qbcheck.yaml")->bytes, "/repo/.qbcheck.yaml");
  CHECK_FALSE(config.rules.has_value());
  CHECK(config.waivers.empty());
}

TEST_CASE("init's CI files are YAML with the jobs that publish JUnit", "[template][init]")
{
  const auto files = repository_files(std::nullopt, Lang::zh);
  const YAML::Node github = YAML::Load(find(files, ".github/workflows/qbcheck.yml")->bytes);
  const YAML::Node steps = github["jobs"]["check"]["steps"];
  REQUIRE(steps.IsSequence());
  const bool junit_step = std::any_of(steps.begin(), steps.end(), [](const YAML::Node& step) {
    return step["run"] && step["run"].as<std::string>().find("--format junit") != std::string::npos;
  });
  CHECK(junit_step);
  CHECK(github["on"].IsSequence());
  const YAML::Node gitlab = YAML::Load(find(files, ".gitlab-ci.yml")->bytes);
  CHECK(gitlab["qbcheck"]["artifacts"]["reports"]["junit"].as<std::string>() == "qbcheck-junit.xml");
  REQUIRE(gitlab["qbcheck"]["script"].IsSequence());
}

TEST_CASE("init with a rule file copies it with its local data files and names it in the config",
          "[template][init]")
{
  test::TempDir dir;
  std::string text(*util::find_embedded_file("caq-2020.yaml"));
  dir.write("ours.yaml", text);
  dir.write("sizes.yaml", std::string(*util::find_embedded_file("sizes.yaml")));
  const auto files = repository_files(dir.file("ours.yaml"), Lang::zh);
  REQUIRE(find(files, "rules/ours.yaml") != nullptr);
  CHECK(find(files, "rules/ours.yaml")->bytes == text);
  CHECK(find(files, "rules/sizes.yaml") != nullptr);
  CHECK(find(files, "rules/fonts.yaml") == nullptr); // not beside it: the built-in copy is used
  const auto config =
      rules::load_project_config_text(find(files, ".qbcheck.yaml")->bytes, "/repo/.qbcheck.yaml");
  REQUIRE(config.rules.has_value());
  CHECK(config.rules->generic_string() == "/repo/rules/ours.yaml");
}

TEST_CASE("existing_files lists the files already there", "[template][init]")
{
  test::TempDir dir;
  const auto files = repository_files(std::nullopt, Lang::zh);
  CHECK(existing_files(dir.path(), files).empty());
  dir.write("README.md", "mine");
  const auto existing = existing_files(dir.path(), files);
  REQUIRE(existing.size() == 1);
  CHECK(existing.front() == "README.md");
}

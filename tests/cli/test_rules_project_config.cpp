#include <catch2/catch.hpp>

#include <fstream>

#include "rules/project_config.hpp"

using namespace qb;

namespace {

// A fresh folder tree under the temporary directory, removed at the end of the test.
struct TempTree
{
  std::filesystem::path root;
  TempTree()
  {
    root = std::filesystem::temp_directory_path() /
           ("qbcheck-config-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "a" / "b" / "c");
  }
  ~TempTree() { std::filesystem::remove_all(root); }
  void write(const std::filesystem::path& relative, const std::string& text) const
  {
    std::ofstream(root / relative) << text;
  }
};

std::string all_diagnostics(const LoadError& error)
{
  std::string all;
  for (const auto& diagnostic : error.diagnostics()) {
    all += format_diagnostic(diagnostic, Lang::en) + "\n";
  }
  return all;
}

} // namespace

TEST_CASE("the nearest .qbcheck.yaml upward from a document is found", "[report]")
{
  TempTree tree;
  tree.write("a/.qbcheck.yaml", "{}\n");
  tree.write("a/b/c/doc.docx", "");
  CHECK(rules::find_project_config(tree.root / "a/b/c/doc.docx") == tree.root / "a" / ".qbcheck.yaml");
  tree.write("a/b/.qbcheck.yaml", "{}\n");
  CHECK(rules::find_project_config(tree.root / "a/b/c/doc.docx") == tree.root / "a/b" / ".qbcheck.yaml");
  CHECK(rules::find_project_config(tree.root / "a/b/c") == tree.root / "a/b" / ".qbcheck.yaml");
  CHECK_FALSE(rules::find_project_config(tree.root / "x.docx").has_value());
}

TEST_CASE("a project config resolves its paths against its folder", "[report]")
{
  const auto config =
      rules::load_project_config_text("rules: rules/ours.yaml\n"
                                      "profile: ../profile.yaml\n"
                                      "levels:\n"
                                      "  style.body: warning\n"
                                      "  page.size: off\n"
                                      "waivers:\n"
                                      "  - {rule: summary.length, files: '*.docx', reason: ok}\n",
                                      "/repo/sub/.qbcheck.yaml");
  CHECK(config.rules == std::filesystem::path("/repo/sub/rules/ours.yaml"));
  CHECK(config.profile == std::filesystem::path("/repo/profile.yaml"));
  REQUIRE(config.levels.size() == 2);
  CHECK(config.levels.at("style.body").level == Level::warning);
  CHECK_FALSE(config.levels.at("page.size").level.has_value());
  CHECK(config.levels.at("page.size").where.line == 5);
  REQUIRE(config.waivers.size() == 1);
  CHECK(config.waivers[0].base == std::filesystem::path("/repo/sub"));
}

TEST_CASE("a project config with unknown keys and bad values reports them all with line and column",
          "[report]")
{
  try {
    rules::load_project_config_text("rule: x.yaml\n"
                                    "levels:\n"
                                    "  style.body: warn\n"
                                    "waivers: nope\n",
                                    "/repo/.qbcheck.yaml");
    FAIL("no LoadError");
  } catch (const LoadError& error) {
    const auto all = all_diagnostics(error);
    INFO(all);
    CHECK(error.diagnostics().size() == 3);
    CHECK(all.find("/repo/.qbcheck.yaml:1:1:") != std::string::npos);
    CHECK(all.find("'rules'") != std::string::npos);
    CHECK(all.find("/repo/.qbcheck.yaml:3:15:") != std::string::npos);
    CHECK(all.find("/repo/.qbcheck.yaml:4:10:") != std::string::npos);
  }
}

TEST_CASE("a project config that is not YAML is one diagnostic with its place", "[report]")
{
  try {
    rules::load_project_config_text("levels: [unclosed\n", "/repo/.qbcheck.yaml");
    FAIL("no LoadError");
  } catch (const LoadError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].where.line >= 1);
  }
}

TEST_CASE("the rule file comes from the option, then the environment, then the config", "[report]")
{
  rules::ProjectConfig config;
  config.rules = "/repo/rules.yaml";
  rules::RulesOrigin origin{};
  CHECK(rules::choose_rules_file(std::filesystem::path("cli.yaml"), "env.yaml", &config, origin) ==
        std::filesystem::path("cli.yaml"));
  CHECK(origin == rules::RulesOrigin::option);
  CHECK(rules::choose_rules_file(std::nullopt, "env.yaml", &config, origin) ==
        std::filesystem::path("env.yaml"));
  CHECK(origin == rules::RulesOrigin::environment);
  CHECK(rules::choose_rules_file(std::nullopt, "", &config, origin) == config.rules);
  CHECK(origin == rules::RulesOrigin::project_config);
  CHECK_FALSE(rules::choose_rules_file(std::nullopt, nullptr, nullptr, origin).has_value());
  CHECK(origin == rules::RulesOrigin::builtin);
}

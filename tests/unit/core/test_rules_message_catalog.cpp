#include <filesystem>

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include "core/input_error.hpp"
#include "rules/message_catalog.hpp"

using namespace qb;

TEST_CASE("placeholders are filled and unknown ones kept", "[catalog]")
{
  CHECK(rules::fill_placeholders("{a} and {b}", {{"a", "1"}}) == "1 and {b}");
  CHECK(rules::fill_placeholders("no braces", {}) == "no braces");
  CHECK(rules::fill_placeholders("open { only", {{"x", "1"}}) == "open { only");
}

TEST_CASE("every catalogue entry has both languages", "[catalog]")
{
  const auto& catalog = rules::MessageCatalog::builtin();
  REQUIRE_FALSE(catalog.ids().empty());
  for (const auto& id : catalog.ids()) {
    INFO(id);
    const auto text = catalog.text(id);
    CHECK_FALSE(text.zh.empty());
    CHECK_FALSE(text.en.empty());
    CHECK(text.zh != id);
  }
}

TEST_CASE("every input error code has a catalogue message naming the file", "[catalog]")
{
  for (int code = 0; code <= static_cast<int>(InputErrorCode::too_many_elements); ++code) { // the last one
    const auto id = "input." + std::string(to_string(static_cast<InputErrorCode>(code)));
    INFO(id);
    REQUIRE(rules::MessageCatalog::builtin().contains(id));
    CHECK(rules::message(id, {{"file", "申报.docx"}}).zh.find("申报.docx") != std::string::npos);
  }
}

// The catalogue is compiled from rules/messages/*.yaml at build time (src/tools/compile_messages.cpp): it
// must hold exactly what the YAML says, special characters included.
TEST_CASE("the compiled catalogue holds every entry of the message files, byte for byte", "[catalog]")
{
  std::size_t entries = 0;
  for (const auto& file : std::filesystem::directory_iterator(std::filesystem::path(QBCHECK_SOURCE_DIR) /
                                                              "rules" / "messages")) {
    const auto root = YAML::LoadFile(file.path().string());
    for (const auto& entry : root) {
      const auto id = entry.first.as<std::string>();
      INFO(file.path().filename().string() << ": " << id);
      REQUIRE(rules::MessageCatalog::builtin().contains(id));
      const auto text = rules::MessageCatalog::builtin().text(id);
      CHECK(text.zh == entry.second["zh"].as<std::string>(""));
      CHECK(text.en == entry.second["en"].as<std::string>(""));
      ++entries;
    }
  }
  CHECK(rules::MessageCatalog::builtin().ids().size() == entries); // no id is defined twice
}

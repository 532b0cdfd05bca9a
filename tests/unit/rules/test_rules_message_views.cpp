// Messages filled from views of their arguments (MessageArgs, the catalogue's initializer-list overload) and
// the zero-share shortcut of format_percent, against the paths that copy every argument and format every
// share.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/kinds/kind_support.hpp"
#include "rules/message_catalog.hpp"

using namespace qb;

TEST_CASE("placeholders filled from views are those filled from copies, braces odd and names repeated",
          "[catalog]")
{
  const std::vector<rules::MessageArg> copies{{"a", "1"}, {"b", "{a}"}, {"", "empty"}, {"a", "second"}};
  std::vector<rules::MessageArgView> views;
  for (const auto& [name, value] : copies) {
    views.emplace_back(name, value);
  }
  for (const char* pattern : {"{a} and {b}", "{}", "{{a}}", "{a", "a}", "}{a}{", "{b}{c}{a}", "",
                              "中文{a}文本", "{ a}", "{a}{a}{a}"}) {
    INFO(pattern);
    CHECK(rules::fill_placeholder_views(pattern, views) == rules::fill_placeholders(pattern, copies));
  }
}

TEST_CASE("catalogue texts filled through every overload agree", "[catalog]")
{
  const auto& catalog = rules::MessageCatalog::builtin();
  const std::vector<rules::MessageArg> args{{"place", "摘要第 2 段"}, {"detail", "字体为仿宋，应为宋体"}};
  const std::vector<rules::MessageArgView> views{{"place", "摘要第 2 段"},
                                                 {"detail", "字体为仿宋，应为宋体"}};
  for (const char* id : {"kinds.style.at", "kinds.place.paragraph", "no.such.message"}) {
    INFO(id);
    const LocalizedText copied = catalog.text(id, args);
    const LocalizedText listed =
        catalog.text(id, {{"place", "摘要第 2 段"}, {"detail", "字体为仿宋，应为宋体"}});
    const LocalizedText viewed = catalog.text_from_views(id, views, views);
    CHECK(listed.zh == copied.zh);
    CHECK(listed.en == copied.en);
    CHECK(viewed.zh == copied.zh);
    CHECK(viewed.en == copied.en);
  }
  rules::MessageArgs message_args;
  message_args.add("place", LocalizedText{"摘要第 2 段", "Abstract, paragraph 2"})
      .add("detail", std::string("x"));
  const LocalizedText filled = message_args.message("kinds.style.at");
  CHECK(filled.zh == catalog.text("kinds.style.at", {{"place", "摘要第 2 段"}, {"detail", "x"}}).zh);
  CHECK(filled.en ==
        catalog.text("kinds.style.at", {{"place", "Abstract, paragraph 2"}, {"detail", "x"}}).en);
}

TEST_CASE("a zero share is written as the general path writes it", "[kinds]")
{
  CHECK(rules::format_percent(0.0) == rules::format_number(0.0, 1) + "%");
  CHECK(rules::format_percent(-0.0) == rules::format_number(-0.0 * 100.0, 1) + "%");
  CHECK(rules::format_percent(0.0) == "0%");
  CHECK(rules::format_percent(1e-300) == rules::format_number(1e-300 * 100.0, 1) + "%");
  CHECK(rules::format_percent(0.0123) == "1.2%");
}

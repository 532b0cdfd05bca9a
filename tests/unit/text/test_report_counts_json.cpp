#include <catch2/catch.hpp>

#include "report/counts_json.hpp"

using namespace qb;

TEST_CASE("counts become the five figures of issue 3", "[count]")
{
  text::Counts counts;
  counts.words = 7;
  counts.asian = 5;
  counts.non_asian_words = 2;
  counts.characters = 9;
  counts.characters_with_spaces = 11;
  counts.hanzi = 2;
  const auto json = report::to_json(counts);
  CHECK(json == nlohmann::json{{"words", 7},
                               {"asian", 5},
                               {"non_asian_words", 2},
                               {"characters", 9},
                               {"characters_with_spaces", 11}});
}

TEST_CASE("the count report holds mode, document, stories and stored", "[count]")
{
  text::StoryCounts counts;
  counts.main.words = 10;
  counts.textboxes.words = 3;
  counts.footnotes.words = 2;
  counts.endnotes.words = 1;
  model::StoredStatistics stored;
  stored.application = "WPS Office_12";
  stored.words = 9;
  const auto json = report::count_report_json(counts, text::CountingMode::wps, stored);
  CHECK(json["mode"] == "wps");
  CHECK(json["document"]["words"] == 16);
  CHECK(json["stories"]["main"]["words"] == 10);
  CHECK(json["stories"]["textboxes"]["words"] == 3);
  CHECK(json["stories"]["footnotes"]["words"] == 2);
  CHECK(json["stories"]["endnotes"]["words"] == 1);
  CHECK(json["stored"]["application"] == "WPS Office_12");
  CHECK(json["stored"]["words"] == 9);
  CHECK(json["stored"]["characters"].is_null());
  CHECK(json.size() == 4);
}

#include "report/counts_json.hpp"

#include <optional>

namespace qb::report {
namespace {

nlohmann::json optional_json(const std::optional<std::int64_t>& value)
{
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json to_json(const text::Counts& counts)
{
  return nlohmann::json{{"words", counts.words},
                        {"asian", counts.asian},
                        {"non_asian_words", counts.non_asian_words},
                        {"characters", counts.characters},
                        {"characters_with_spaces", counts.characters_with_spaces}};
}

nlohmann::json to_json(const text::StoryCounts& counts)
{
  return nlohmann::json{{"main", to_json(counts.main)},
                        {"textboxes", to_json(counts.textboxes)},
                        {"footnotes", to_json(counts.footnotes)},
                        {"endnotes", to_json(counts.endnotes)}};
}

nlohmann::json to_json(const model::StoredStatistics& stored)
{
  return nlohmann::json{{"application", stored.application},
                        {"app_version", stored.app_version},
                        {"words", optional_json(stored.words)},
                        {"characters", optional_json(stored.characters)},
                        {"characters_with_spaces", optional_json(stored.characters_with_spaces)},
                        {"paragraphs", optional_json(stored.paragraphs)},
                        {"pages", optional_json(stored.pages)}};
}

nlohmann::json count_report_json(const text::StoryCounts& counts, text::CountingMode mode,
                                 const model::StoredStatistics& stored)
{
  return nlohmann::json{{"mode", std::string(text::to_string(mode))},
                        {"document", to_json(counts.document())},
                        {"stories", to_json(counts)},
                        {"stored", to_json(stored)}};
}

} // namespace qb::report

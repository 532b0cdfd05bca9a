#include "docx/package_properties.hpp"

#include <charconv>

#include "docx/relationships.hpp"
#include "docx/xml_part.hpp"

namespace qb::docx {

namespace {

std::string_view trimmed(std::string_view text)
{
  while (!text.empty() &&
         (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n')) {
    text.remove_prefix(1);
  }
  while (!text.empty() &&
         (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

std::optional<std::int64_t> whole_number(pugi::xml_node node)
{
  if (!node) {
    return std::nullopt;
  }
  const std::string_view text = trimmed(node.text().get());
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

} // namespace

model::StoredStatistics read_stored_statistics(const PartSource& parts)
{
  model::StoredStatistics stored;
  const auto target = find_target(package_relationships(parts), "/extended-properties");
  if (!target) {
    return stored;
  }
  const auto app = read_xml_part(parts, *target);
  const pugi::xml_node root = app->xml.child("Properties");
  stored.application = trimmed(root.child("Application").text().get());
  stored.app_version = trimmed(root.child("AppVersion").text().get());
  stored.words = whole_number(root.child("Words"));
  stored.characters = whole_number(root.child("Characters"));
  stored.characters_with_spaces = whole_number(root.child("CharactersWithSpaces"));
  stored.paragraphs = whole_number(root.child("Paragraphs"));
  stored.pages = whole_number(root.child("Pages"));
  return stored;
}

void read_core_properties(const PartSource& parts, model::DocumentFacts& facts)
{
  const auto target = find_target(package_relationships(parts), "/metadata/core-properties");
  if (!target) {
    return;
  }
  const auto core = read_xml_part(parts, *target);
  const pugi::xml_node root = core->xml.child("cp:coreProperties");
  auto set = [&](std::string& field, const char* element) {
    if (pugi::xml_node node = root.child(element)) {
      field = node.text().get();
    }
  };
  set(facts.title, "dc:title");
  set(facts.creator, "dc:creator");
  set(facts.last_modified_by, "cp:lastModifiedBy");
}

} // namespace qb::docx

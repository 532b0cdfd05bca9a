#include "docx/relationships.hpp"

#include <array>
#include <memory>
#include <utility>

#include "docx/target_path.hpp"
#include "docx/xml_part.hpp"

namespace qb::docx {

namespace {

constexpr std::string_view k_strict_base = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
constexpr std::string_view k_transitional_base =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Strict names that differ from their Transitional counterparts beyond the base URI.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> k_renamed_types{{
    {"extendedProperties", "extended-properties"},
    {"customProperties", "custom-properties"},
}};

std::string transitional_type(std::string_view type)
{
  if (type.rfind(k_strict_base, 0) != 0) {
    return std::string(type);
  }
  std::string_view name = type.substr(k_strict_base.size());
  for (const auto& [strict, transitional] : k_renamed_types) {
    if (name == strict) {
      name = transitional;
    }
  }
  return std::string(k_transitional_base) + std::string(name);
}

// "word/document.xml" -> "word/_rels/document.xml.rels"; "" -> "_rels/.rels".
std::string rels_name(std::string_view source_part)
{
  const std::size_t slash = source_part.rfind('/');
  if (slash == std::string_view::npos) {
    return "_rels/" + std::string(source_part) + ".rels";
  }
  return std::string(source_part.substr(0, slash + 1)) + "_rels/" +
         std::string(source_part.substr(slash + 1)) + ".rels";
}

int hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// Targets are URIs: "media/image%201.png" names the zip entry "media/image 1.png".
std::string percent_decoded(std::string_view text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

} // namespace

std::vector<Relationship> read_relationships(const PartSource& parts, std::string_view source_part)
{
  const std::string name = rels_name(source_part);
  std::vector<Relationship> relationships;
  if (!parts.has(name)) {
    return relationships;
  }
  const auto rels = read_xml_part(parts, name);
  for (pugi::xml_node node : rels->xml.child("Relationships").children("Relationship")) {
    Relationship relationship;
    relationship.id = node.attribute("Id").value();
    relationship.type = transitional_type(node.attribute("Type").value());
    if (std::string_view(node.attribute("TargetMode").value()) == "External") {
      relationship.external = true;
      relationships.push_back(std::move(relationship));
      continue;
    }
    const std::string_view raw = node.attribute("Target").value();
    auto target = resolve_target(source_part, raw);
    if (target && !parts.has(*target)) {
      auto decoded = resolve_target(source_part, percent_decoded(raw));
      target = decoded && parts.has(*decoded) ? decoded : std::nullopt;
    }
    if (!target) {
      continue; // outside the package, or no such part: nothing a reader could open
    }
    relationship.target = std::move(*target);
    relationships.push_back(std::move(relationship));
  }
  return relationships;
}

const std::vector<Relationship>& package_relationships(const PartSource& parts)
{
  if (!parts.m_package_relationships) {
    parts.m_package_relationships =
        std::make_shared<const std::vector<Relationship>>(read_relationships(parts, ""));
  }
  return *parts.m_package_relationships;
}

std::optional<std::string> find_target(const std::vector<Relationship>& relationships,
                                       std::string_view type_suffix)
{
  for (const Relationship& relationship : relationships) {
    const std::string_view type = relationship.type;
    if (!relationship.external && type.size() >= type_suffix.size() &&
        type.substr(type.size() - type_suffix.size()) == type_suffix) {
      return relationship.target;
    }
  }
  return std::nullopt;
}

} // namespace qb::docx

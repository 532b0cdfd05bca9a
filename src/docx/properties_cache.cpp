#include "docx/properties_cache.hpp"

#include <functional>
#include <string>

#include <pugixml.hpp>

namespace qb::docx {

namespace {

// The options xml_part.cpp parses parts with (its parse_doctype only matters for a whole part).
constexpr unsigned k_parse_options = pugi::parse_default | pugi::parse_ws_pcdata_single;

// Parses `raw`, an element's bytes, on its own into `xml` for the style sheet to resolve (only misses of the
// cache come here, a few dozen a document), and returns the element; null for no bytes. The bytes are those
// of a tree whose source is well-formed UTF-8 with canonical names (XmlTree writes a tree pugixml repaired or
// renamed out again that way), and pugixml reads names and values without their context (prefixes are
// names), so the element is the one pugixml's tree of the whole part held.
pugi::xml_node parse_alone(std::string_view raw, pugi::xml_document& xml)
{
  if (raw.empty() || !xml.load_buffer(raw.data(), raw.size(), k_parse_options, pugi::encoding_utf8)) {
    return {};
  }
  return xml.document_element();
}

} // namespace

std::size_t PropertiesCache::Hash::operator()(const KeyView& key) const
{
  const std::hash<std::string_view> hash;
  std::size_t seed = hash(key.raw);
  seed ^= hash(key.paragraph_style_id) + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2);
  seed ^= hash(key.table_style_id) + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2);
  return seed;
}

void PropertiesCache::clear()
{
  m_runs.clear();
  m_paragraphs.clear();
  m_recent_runs = {};
  m_recent_paragraphs = {};
}

template <typename Value, std::size_t N>
const Value* PropertiesCache::find(Map<Value>& map, Recent<Value, N>& recent, const KeyView& key)
{
  if (const Value* value = recent.find(key)) {
    return value;
  }
  const auto found = map.find(key);
  if (found == map.end()) {
    return nullptr;
  }
  recent.remember(*found);
  return &found->second;
}

const model::RunProperties& PropertiesCache::run(const StyleSheet& styles, const XmlElement& rPr,
                                                 std::string_view paragraph_style_id,
                                                 std::string_view table_style_id)
{
  const std::string_view raw = rPr.raw();
  if (const auto* found = find(m_runs, m_recent_runs, KeyView{raw, paragraph_style_id, table_style_id})) {
    return *found;
  }
  pugi::xml_document xml;
  auto properties = styles.resolve_run(parse_alone(raw, xml), paragraph_style_id, table_style_id);
  Key key{std::string(raw), std::string(paragraph_style_id), std::string(table_style_id)};
  const auto& entry = *m_runs.emplace(std::move(key), std::move(properties)).first;
  m_recent_runs.remember(entry);
  return entry.second;
}

const model::ParagraphProperties& PropertiesCache::paragraph(const StyleSheet& styles, const XmlElement& pPr,
                                                             std::string_view table_style_id)
{
  const std::string_view raw = pPr.raw();
  if (const auto* found = find(m_paragraphs, m_recent_paragraphs, KeyView{raw, {}, table_style_id})) {
    return *found;
  }
  pugi::xml_document xml;
  auto properties = styles.resolve_paragraph(parse_alone(raw, xml), table_style_id);
  Key key{std::string(raw), {}, std::string(table_style_id)};
  const auto& entry = *m_paragraphs.emplace(std::move(key), std::move(properties)).first;
  m_recent_paragraphs.remember(entry);
  return entry.second;
}

} // namespace qb::docx

#include "docx/properties_cache.hpp"

#include <cstdint>
#include <functional>

namespace qb::docx {

namespace {

// An element longer than this is resolved every time: real ones are a few hundred bytes, and the cache should
// not hold copies of hostile megabytes.
constexpr std::ptrdiff_t k_max_raw_bytes = 4096;

// The start of the parse buffer `node`'s name points into, or null when its name was allocated (renamed by
// canonicalisation) or the tree has no single buffer (pugixml's offset_debug).
const char* tree_base(const pugi::xml_node& node)
{
  const std::ptrdiff_t offset = node.offset_debug();
  return offset < 0 ? nullptr : node.name() - offset;
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

void PropertiesCache::set_part(const XmlPart* part)
{
  m_runs.clear(); // equal bytes mean equal elements within one part only (its namespace prefixes)
  m_paragraphs.clear();
  m_recent_runs = {};
  m_recent_paragraphs = {};
  m_source = {};
  m_tree_base = nullptr;
  if (part == nullptr || part->source.empty() || part->source.size() != part->buffer.size()) {
    return;
  }
  // pugixml parses in place only when it needs no conversion: then the tree's names point into the buffer.
  const pugi::xml_node root = part->xml.document_element();
  if (root && tree_base(root) == part->buffer.data()) {
    m_source = part->source;
    m_tree_base = part->buffer.data();
  }
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

bool PropertiesCache::raw_bytes(const pugi::xml_node& element, std::string_view& raw) const
{
  if (!element) {
    raw = {};
    return true;
  }
  // The bytes up to the next node hold the whole element; a paragraph mark's w:rPr usually ends its w:pPr,
  // and an empty paragraph's w:pPr its w:p, so the node after the parent ends them then. Equal bytes from the
  // same start parse to the same element.
  pugi::xml_node next = element.next_sibling();
  if (!next) {
    next = element.parent().next_sibling();
  }
  if (m_tree_base == nullptr || !next) {
    return false;
  }
  // Both names must point into this part's parse buffer, so that their distances from its start are offsets
  // into m_source (what offset_debug() would say, without its look-up of the document: a renamed element's
  // name was allocated elsewhere and falls outside the buffer).
  if (next.type() != pugi::node_element) {
    return false;
  }
  const auto base = reinterpret_cast<std::uintptr_t>(m_tree_base);
  const auto element_name = reinterpret_cast<std::uintptr_t>(element.name());
  const auto next_name = reinterpret_cast<std::uintptr_t>(next.name());
  if (element_name < base || next_name <= element_name ||
      next_name - element_name > static_cast<std::uintptr_t>(k_max_raw_bytes) ||
      next_name - base > m_source.size()) {
    return false;
  }
  const std::uintptr_t start = element_name - base;
  const std::uintptr_t end = next_name - base;
  raw = m_source.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
  return true;
}

const model::RunProperties* PropertiesCache::run(const StyleSheet& styles, const pugi::xml_node& rPr,
                                                 std::string_view paragraph_style_id,
                                                 std::string_view table_style_id)
{
  std::string_view raw;
  if (!raw_bytes(rPr, raw)) {
    return nullptr;
  }
  if (const auto* found = find(m_runs, m_recent_runs, KeyView{raw, paragraph_style_id, table_style_id})) {
    return found;
  }
  auto properties = styles.resolve_run(rPr, paragraph_style_id, table_style_id);
  Key key{std::string(raw), std::string(paragraph_style_id), std::string(table_style_id)};
  const auto& entry = *m_runs.emplace(std::move(key), std::move(properties)).first;
  m_recent_runs.remember(entry);
  return &entry.second;
}

const model::ParagraphProperties* PropertiesCache::paragraph(const StyleSheet& styles,
                                                             const pugi::xml_node& pPr,
                                                             std::string_view table_style_id)
{
  std::string_view raw;
  if (!raw_bytes(pPr, raw)) {
    return nullptr;
  }
  if (const auto* found = find(m_paragraphs, m_recent_paragraphs, KeyView{raw, {}, table_style_id})) {
    return found;
  }
  auto properties = styles.resolve_paragraph(pPr, table_style_id);
  Key key{std::string(raw), {}, std::string(table_style_id)};
  const auto& entry = *m_paragraphs.emplace(std::move(key), std::move(properties)).first;
  m_recent_paragraphs.remember(entry);
  return &entry.second;
}

} // namespace qb::docx

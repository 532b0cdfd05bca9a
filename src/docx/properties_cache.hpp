#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "docx/style_sheet.hpp"
#include "docx/xml_part.hpp"
#include "model/properties.hpp"

namespace qb::docx {

// Resolved run and paragraph properties remembered for one document, keyed by the raw XML of the w:rPr or
// w:pPr and the styles it is resolved in: Word repeats the same few formats on every run and paragraph, and
// reading such an element child by child and resolving it through the style chains costs some 2,000
// instructions, against a hash of its bytes. Equal bytes in one part parse to equal elements, so a hit is
// exactly what resolving would give. Per document (ReadContext): batch threads share nothing.
class PropertiesCache
{
public:
  // The part whose paragraphs are read next (null: none). Only elements of that part's tree are cached, and
  // only when the tree was parsed in place from a copy of XmlPart::source (offsets in the tree are then
  // offsets in the source: no encoding conversion, no renamed elements).
  void set_part(const XmlPart* part);

  // StyleSheet::resolve_run(rPr, paragraph_style_id, table_style_id), remembered. Null when `rPr` cannot be
  // keyed by its bytes (another part, a renamed tree, no node after it, over 4 KB): the caller resolves it
  // itself. The pointer stays valid as long as the cache.
  const model::RunProperties* run(const StyleSheet& styles, const pugi::xml_node& rPr,
                                  std::string_view paragraph_style_id, std::string_view table_style_id);

  // StyleSheet::resolve_paragraph(pPr, table_style_id), remembered; null as above.
  const model::ParagraphProperties* paragraph(const StyleSheet& styles, const pugi::xml_node& pPr,
                                              std::string_view table_style_id);

private:
  struct Key
  {
    std::string raw; // the bytes from the element's name to the next node's (empty: no element)
    std::string paragraph_style_id;
    std::string table_style_id;
  };
  struct KeyView
  {
    std::string_view raw;
    std::string_view paragraph_style_id;
    std::string_view table_style_id;
  };
  static KeyView view(const Key& key) { return {key.raw, key.paragraph_style_id, key.table_style_id}; }
  static KeyView view(const KeyView& key) { return key; }
  struct Hash
  {
    using is_transparent = void;
    std::size_t operator()(const KeyView& key) const;
    std::size_t operator()(const Key& key) const { return (*this)(view(key)); }
  };
  struct Equal
  {
    using is_transparent = void;
    template <typename A, typename B> bool operator()(const A& a, const B& b) const
    {
      const KeyView x = view(a);
      const KeyView y = view(b);
      return x.raw == y.raw && x.paragraph_style_id == y.paragraph_style_id &&
             x.table_style_id == y.table_style_id;
    }
  };
  template <typename Value> using Map = std::unordered_map<Key, Value, Hash, Equal>;

  // The entries found last: consecutive runs (and the paragraph marks between them) mostly repeat one or two
  // w:rPr, and comparing the bytes with an entry's costs a fraction of hashing them. Entries of an
  // unordered_map stay where they are until it is cleared (set_part clears these too).
  template <typename Value, std::size_t N> struct Recent
  {
    const typename Map<Value>::value_type* entries[N] = {};
    std::size_t next = 0; // the slot replaced next

    const Value* find(const KeyView& key) const
    {
      for (const auto* entry : entries) {
        if (entry != nullptr && Equal{}(entry->first, key)) {
          return &entry->second;
        }
      }
      return nullptr;
    }
    void remember(const typename Map<Value>::value_type& entry)
    {
      entries[next] = &entry;
      next = (next + 1) % N;
    }
  };

  // Map::find through `recent`, or null.
  template <typename Value, std::size_t N>
  static const Value* find(Map<Value>& map, Recent<Value, N>& recent, const KeyView& key);

  // The bytes of `element` in m_source, or false when they cannot be told.
  bool raw_bytes(const pugi::xml_node& element, std::string_view& raw) const;

  std::string_view m_source;
  const char* m_tree_base = nullptr; // the part's parse buffer (XmlPart::buffer); null: nothing is cached
  Map<model::RunProperties> m_runs;
  Map<model::ParagraphProperties> m_paragraphs;
  Recent<model::RunProperties, 2> m_recent_runs;             // a run's w:rPr and its paragraph mark's
  Recent<model::ParagraphProperties, 1> m_recent_paragraphs; // the paragraph before
};

} // namespace qb::docx

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "docx/style_sheet.hpp"
#include "docx/xml_tree.hpp"
#include "model/properties.hpp"

namespace qb::docx {

// Resolved run and paragraph properties remembered for one document, keyed by the raw XML of the w:rPr or
// w:pPr and the styles it is resolved in: Word repeats the same few formats on every run and paragraph, and
// resolving such an element through the style chains costs some 2,000 instructions, against a hash of its
// bytes. Equal bytes in one part parse to equal elements, so a hit is exactly what resolving would give, and
// a miss parses the element's bytes alone with pugixml (the style sheet reads pugixml nodes). Per document
// (ReadContext): batch threads share nothing.
class PropertiesCache
{
public:
  // Forgets every entry: call before reading another part (equal bytes are equal elements within one part,
  // whose prefixes and entities they were written with).
  void clear();

  // StyleSheet::resolve_run(rPr, paragraph_style_id, table_style_id) for the w:rPr `rPr` (null: none),
  // remembered by rPr.raw() and the styles. On a miss the bytes are parsed by pugixml on their own and
  // resolved. The reference stays valid until clear().
  const model::RunProperties& run(const StyleSheet& styles, const XmlElement& rPr,
                                  std::string_view paragraph_style_id, std::string_view table_style_id);

  // StyleSheet::resolve_paragraph(pPr, table_style_id), remembered likewise.
  const model::ParagraphProperties& paragraph(const StyleSheet& styles, const XmlElement& pPr,
                                              std::string_view table_style_id);

private:
  struct Key
  {
    std::string raw; // the element's bytes, XmlElement::raw() (empty: no element)
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

  Map<model::RunProperties> m_runs;
  Map<model::ParagraphProperties> m_paragraphs;
  Recent<model::RunProperties, 2> m_recent_runs;             // a run's w:rPr and its paragraph mark's
  Recent<model::ParagraphProperties, 1> m_recent_paragraphs; // the paragraph before
};

} // namespace qb::docx

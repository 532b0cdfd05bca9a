#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

namespace qb::docx {

class XmlTree;

// One element of an XmlTree: the tree and an index, copied freely. A null element (an absent child, the
// root's parent) is false, and every query on it answers empty or null, as a null pugi::xml_node does.
class XmlElement
{
public:
  XmlElement() = default;

  explicit operator bool() const { return m_tree != nullptr; }
  bool operator==(const XmlElement& other) const = default;

  // The qualified name as written: "w:p".
  std::string_view name() const;

  XmlElement parent() const;
  XmlElement first_child() const; // elements only: character data is not a child
  XmlElement last_child() const;
  XmlElement next_sibling() const;
  XmlElement previous_sibling() const;
  // The first child element named `name` (what pugi's child(name) finds).
  XmlElement child(std::string_view name) const;

  // The value of the first attribute named `name` as pugixml's default parse gives it (the five entities
  // and character references decoded, a \r\n pair and each \t, \r, \n turned into one space), or nullopt
  // when the element has none.
  std::optional<std::string_view> find_attribute(std::string_view name) const;
  // The same, "" when absent.
  std::string_view attribute(std::string_view name) const { return find_attribute(name).value_or(""); }
  // The attributes in document order, values decoded as above.
  std::vector<std::pair<std::string_view, std::string_view>> attributes() const;

  // The element's first run of character data, decoded (entities, and \r\n or \r as \n), as pugi's
  // text().get() gives it with parse_ws_pcdata_single: a run of white space only counts when it is all the
  // element holds. "" when there is none.
  std::string_view text() const;

  // The element's bytes in the tree's source, from its '<' to the end of its end tag (or of its "/>").
  std::string_view raw() const;

  // Position in document order (the document is 0); descendants of this element are the indices after it up
  // to subtree_end(), so a walk over a whole subtree is a loop over indices.
  std::uint32_t index() const { return m_index; }
  std::uint32_t subtree_end() const;
  const XmlTree* tree() const { return m_tree; }

  class ChildIterator;
  class ChildRange;
  ChildRange children() const;

private:
  friend class XmlTree;
  XmlElement(const XmlTree* tree, std::uint32_t index)
    : m_tree(tree)
    , m_index(index)
  {
  }

  const XmlTree* m_tree = nullptr;
  std::uint32_t m_index = 0;
};

class XmlElement::ChildIterator
{
public:
  explicit ChildIterator(XmlElement element)
    : m_element(element)
  {
  }
  XmlElement operator*() const { return m_element; }
  ChildIterator& operator++()
  {
    m_element = m_element.next_sibling();
    return *this;
  }
  bool operator!=(const ChildIterator& other) const { return m_element != other.m_element; }

private:
  XmlElement m_element;
};

class XmlElement::ChildRange
{
public:
  explicit ChildRange(XmlElement first)
    : m_first(first)
  {
  }
  ChildIterator begin() const { return ChildIterator(m_first); }
  ChildIterator end() const { return ChildIterator(XmlElement{}); }

private:
  XmlElement m_first;
};

inline XmlElement::ChildRange XmlElement::children() const
{
  return ChildRange(first_child());
}

// The elements of one XML part in document order, built in one pass over its bytes: no node for character
// data or attributes (they are read from the bytes when asked for), no copies of names. It is what the body
// readers walk instead of a pugixml DOM, which costs several times as much to build for a part Word wrote.
//
// parse() reads only the plain subset of XML that Word and WPS write: an optional UTF-8 XML declaration, then
// one root element with attributes and character data, the five entities and character references. Anything
// else (a comment, CDATA, a processing instruction, a DOCTYPE, a byte-order mark, another encoding, a NUL,
// an unknown entity, a name pugixml would refuse, mismatched tags) makes it answer nullopt, and the caller
// parses the part with pugixml instead (which reports the error, or accepts it) and builds the tree from
// pugixml's tree with from_pugi(). Within the subset, every element, name, attribute value and text() is
// what pugixml's parse with parse_default | parse_ws_pcdata_single gives (a differential test holds it to
// that on every part of the corpora and on mutated input).
class XmlTree
{
public:
  // Takes `bytes` (the tree points into them); nullopt when they are not within the subset above.
  // `expected_elements` only sizes the first allocation (PartScan::tags is a good bound).
  static std::optional<XmlTree> parse(std::string bytes, std::size_t expected_elements = 0);
  // The same, taking `bytes` only when it succeeds: they are left as they were for pugixml otherwise.
  static std::optional<XmlTree> parse_or_keep(std::string& bytes, std::size_t expected_elements = 0);
  // The tree of a document pugixml has parsed (and repaired or canonicalised): comments, processing
  // instructions and the declaration left out, CDATA as character data.
  static XmlTree from_pugi(const pugi::xml_document& xml);

  XmlTree(XmlTree&&) noexcept = default;
  XmlTree& operator=(XmlTree&&) noexcept = default;
  XmlTree(const XmlTree&) = delete;
  XmlTree& operator=(const XmlTree&) = delete;

  // The document itself, as pugi::xml_document is: element 0, named "", the parent of the top-level element
  // (`tree.document().child("w:document")`).
  XmlElement document() const { return {this, 0}; }
  std::size_t size() const { return m_nodes.size(); } // elements, the document included
  XmlElement element(std::uint32_t index) const { return {this, index}; }

private:
  friend class XmlElement;
  friend class FastXmlParser;
  friend class PugiTreeCopier;
  struct Node
  {
    std::uint32_t name_offset = 0; // the name's first byte (just after the '<')
    std::uint32_t name_length = 0;
    std::uint32_t tag_end = 0; // offset of the '>' (or the '/' of "/>") that ends the start tag
    std::uint32_t end = 0;     // offset just past the element's end tag
    std::uint32_t parent = k_none;
    std::uint32_t next_sibling = k_none;
    std::uint32_t previous_sibling = k_none;
    std::uint32_t last_child = k_none;
    std::uint32_t subtree_end = 0; // index after the last descendant
    std::uint32_t text_offset = 0; // see XmlElement::text()
    std::uint32_t text_length = 0;
    bool has_text = false;
    bool text_needs_decoding = false;
  };
  static constexpr std::uint32_t k_none = 0xFFFFFFFFu;

  XmlTree() = default;
  std::string_view decoded(std::uint32_t offset, std::uint32_t length, bool attribute) const;
  // An attribute's value as it is read (`raw` lies in m_source), decoded when it needs to be.
  std::string_view value(std::string_view raw) const;

  std::string m_source;
  std::vector<Node> m_nodes;
  // Values that needed decoding, by their offset in m_source: built on first request.
  mutable std::unordered_map<std::uint32_t, std::string> m_decoded;
};

// [helper P] name(), first_child() and next_sibling() defined here, inline: the body readers and the revision
// count call them for nearly every element (out of line they cost a call each, some 1.5 M instructions over
// the 20 bench documents).
inline std::string_view XmlElement::name() const
{
  if (m_tree == nullptr) {
    return {};
  }
  const auto& node = m_tree->m_nodes[m_index];
  return std::string_view(m_tree->m_source.data() + node.name_offset, node.name_length);
}

inline XmlElement XmlElement::first_child() const
{
  if (m_tree == nullptr || m_tree->m_nodes[m_index].last_child == XmlTree::k_none) {
    return {};
  }
  return {m_tree, m_index + 1}; // in document order, an element's first child comes right after it
}

inline XmlElement XmlElement::next_sibling() const
{
  if (m_tree == nullptr) {
    return {};
  }
  const std::uint32_t next = m_tree->m_nodes[m_index].next_sibling;
  return next == XmlTree::k_none ? XmlElement{} : XmlElement{m_tree, next};
}

} // namespace qb::docx

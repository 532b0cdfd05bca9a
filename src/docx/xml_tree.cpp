#include "docx/xml_tree.hpp"

#include <array>
#include <cstring>
#include <type_traits>

#if defined(__x86_64__) || defined(__i386__)
#include <emmintrin.h>
#endif

#include "docx/value_reader.hpp"

namespace qb::docx {

namespace {

// pugixml's character classes: a name starts with a letter, '_', ':' or any byte of a multi-byte UTF-8
// sequence (ct_start_symbol) and goes on with those, digits, '-' and '.' (ct_symbol); white space is
// ' ', '\t', '\r', '\n' (ct_space).
enum CharClass : std::uint8_t {
  k_name_start = 1,
  k_name = 2,
  k_space = 4,
  k_text_special = 8,   // a byte a run of character data cannot take as it is: '&', '\r', NUL
  k_value_special = 16, // the same in an attribute value: '&', '\t', '\n', '\r', NUL
};

constexpr std::array<std::uint8_t, 256> make_classes()
{
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool start = letter || c == '_' || c == ':' || c >= 0x80;
    const bool name = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
    unsigned value = 0;
    value |= start ? k_name_start : 0;
    value |= name ? k_name : 0;
    value |= (c == ' ' || c == '\t' || c == '\r' || c == '\n') ? k_space : 0;
    value |= (c == '&' || c == '\r' || c == 0) ? k_text_special : 0;
    value |= (c == '&' || c == '\t' || c == '\n' || c == '\r' || c == 0) ? k_value_special : 0;
    classes[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(value);
  }
  return classes;
}

constexpr std::array<std::uint8_t, 256> k_classes = make_classes();

bool is(char c, CharClass kind)
{
  return (k_classes[static_cast<unsigned char>(c)] & kind) != 0;
}

// The code point of a character reference pugixml decodes to a well-formed character: at most 6 hex or 7
// decimal digits, no surrogate, not 0 (pugixml would write a NUL), at most U+10FFFF. 0 when it is not one.
// `p` points after "&#", `end` at the ';'.
char32_t character_reference(const char* p, const char* end)
{
  const bool hex = *p == 'x';
  if (hex) {
    ++p;
  }
  const std::ptrdiff_t digits = end - p;
  if (digits < 1 || digits > (hex ? 6 : 7)) {
    return 0;
  }
  char32_t value = 0;
  for (; p < end; ++p) {
    const char c = *p;
    if (c >= '0' && c <= '9') {
      value = value * (hex ? 16 : 10) + static_cast<char32_t>(c - '0');
    } else if (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      value = value * 16 + static_cast<char32_t>((c | 0x20) - 'a' + 10);
    } else {
      return 0;
    }
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return 0;
  }
  return value;
}

// The character an entity at `p` ('&') stands for, and where it ends; {0, nullptr} when it is not one of the
// five pugixml decodes or a well-formed character reference (pugixml would leave such an '&' as it is, and
// the tree is then built from pugixml's).
struct Entity
{
  char32_t character = 0;
  const char* next = nullptr;
};

Entity read_entity(const char* p, const char* end)
{
  // The longest entity read here: "&#1114111;" (10 bytes).
  const auto available = static_cast<std::size_t>(end - p);
  const void* semicolon = std::memchr(p, ';', std::min<std::size_t>(available, 11));
  if (semicolon == nullptr) {
    return {};
  }
  const char* stop = static_cast<const char*>(semicolon);
  const std::string_view body(p + 1, static_cast<std::size_t>(stop - p - 1));
  char32_t c = 0;
  if (body == "amp") {
    c = '&';
  } else if (body == "lt") {
    c = '<';
  } else if (body == "gt") {
    c = '>';
  } else if (body == "quot") {
    c = '"';
  } else if (body == "apos") {
    c = '\'';
  } else if (body.size() > 1 && body[0] == '#') {
    c = character_reference(body.data() + 1, stop);
  }
  if (c == 0) {
    return {};
  }
  return {c, stop + 1};
}

// Character data or an attribute value as pugixml's default parse leaves it: entities decoded; in text a \r\n
// pair or a lone \r becomes \n (parse_eol), in a value a \r\n pair or any \t, \r, \n one space
// (parse_wconv_attribute). Characters written as references are kept as they are. The bytes were checked by
// the parser (every '&' starts an entity read_entity reads).
std::string decode(std::string_view bytes, bool attribute)
{
  std::string out;
  out.reserve(bytes.size());
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while (p < end) {
    const char c = *p;
    if (c == '&') {
      const Entity entity = read_entity(p, end);
      append_utf8(out, entity.character);
      p = entity.next;
    } else if (c == '\r') {
      out += attribute ? ' ' : '\n';
      p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
    } else if (attribute && (c == '\t' || c == '\n')) {
      out += ' ';
      ++p;
    } else {
      out += c;
      ++p;
    }
  }
  return out;
}

// Past the white space, or the name bytes, from `p`. No end is compared: the scans stop at a byte outside
// their class, which the source's final NUL and a start tag's '>' or '/' always are.
const char* skip_spaces(const char* p)
{
  while (is(*p, k_space)) {
    ++p;
  }
  return p;
}

const char* skip_name(const char* p)
{
  while (is(*p, k_name)) {
    ++p;
  }
  return p;
}

// The first byte in [p, end) equal to one of a, b, c, d, or `end`: sixteen bytes at a time with SSE2 (every
// x86-64 has it), which pays off on the runs of text and the values the scans below cross.
const char* find_first_of(const char* p, const char* end, char a, char b, char c, char d)
{
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  const __m128i vc = _mm_set1_epi8(c);
  const __m128i vd = _mm_set1_epi8(d);
  while (end - p >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)),
                                      _mm_or_si128(_mm_cmpeq_epi8(bytes, vc), _mm_cmpeq_epi8(bytes, vd)));
    const int mask = _mm_movemask_epi8(hits);
    if (mask != 0) {
      return p + __builtin_ctz(static_cast<unsigned>(mask));
    }
    p += 16;
  }
#endif
  while (p < end && *p != a && *p != b && *p != c && *p != d) {
    ++p;
  }
  return p;
}

std::uint32_t offset32(std::size_t offset)
{
  return static_cast<std::uint32_t>(offset);
}

// One attribute of a start tag whose syntax the parser checked: its name and raw value, and where the next
// one may start.
struct RawAttribute
{
  std::string_view name;
  std::string_view value;
  const char* next = nullptr;
};

// The attribute at `p` (after white space) in a checked start tag ending at `tag_end`; next is null when
// there is none.
RawAttribute next_attribute(const char* p, const char* tag_end)
{
  p = skip_spaces(p);
  if (p >= tag_end || !is(*p, k_name_start)) {
    return {};
  }
  const char* name_end = skip_name(p);
  const char* q = skip_spaces(skip_spaces(name_end) + 1); // past '='
  const char quote = *q;
  const char* value_begin = q + 1;
  const char* value_end = static_cast<const char*>(
      std::memchr(value_begin, quote, static_cast<std::size_t>(tag_end - value_begin)));
  return {std::string_view(p, static_cast<std::size_t>(name_end - p)),
          std::string_view(value_begin, static_cast<std::size_t>(value_end - value_begin)), value_end + 1};
}

} // namespace

// The one-pass parser of the subset XmlTree reads (see its comment). Every check that fails answers false,
// and the caller goes to pugixml.
class FastXmlParser
{
public:
  // `source` ends with the NUL every std::string keeps after its bytes: the scans below stop at it without
  // comparing with the end at every byte (a NUL before the end is refused).
  FastXmlParser(const std::string& source, std::vector<XmlTree::Node>& nodes)
    : m_begin(source.data())
    , m_p(source.data())
    , m_end(source.data() + source.size())
    , m_nodes(nodes)
  {
  }

  bool parse()
  {
    if (static_cast<std::size_t>(m_end - m_begin) >= XmlTree::k_none || !skip_declaration()) {
      return false;
    }
    XmlTree::Node& document = m_nodes.emplace_back();
    document.end = offset(m_end);
    m_open.push_back(0);
    while (true) {
      if (*m_p != '<' && !character_data()) {
        return false;
      }
      if (m_p == m_end) {
        break;
      }
      ++m_p; // past '<'
      if (*m_p == '/') {
        if (!end_tag()) {
          return false;
        }
      } else if (is(*m_p, k_name_start)) {
        if (!start_tag()) {
          return false;
        }
      } else {
        return false; // a comment, CDATA, a processing instruction, a DOCTYPE, an error or the end
      }
    }
    if (m_open.size() != 1 || m_nodes[0].last_child == XmlTree::k_none) {
      return false;
    }
    m_nodes[0].subtree_end = offset32(m_nodes.size());
    return true;
  }

private:
  std::uint32_t offset(const char* p) const { return offset32(static_cast<std::size_t>(p - m_begin)); }

  // An XML declaration at the very start, in UTF-8 (pugixml would read a file declared Latin-1 as Latin-1).
  bool skip_declaration()
  {
    constexpr std::string_view k_start = "<?xml";
    const std::string_view all(m_begin, static_cast<std::size_t>(m_end - m_begin));
    if (all.substr(0, 2) != "<?") {
      return true;
    }
    if (all.substr(0, k_start.size()) != k_start || all.size() <= k_start.size() ||
        !is(all[k_start.size()], k_space)) {
      return false;
    }
    const std::size_t close = all.find("?>");
    if (close == std::string_view::npos) {
      return false;
    }
    const std::string_view declaration = all.substr(0, close);
    if (declaration.find('\0') != std::string_view::npos) {
      return false;
    }
    const std::size_t encoding = declaration.find("encoding");
    if (encoding != std::string_view::npos) {
      const std::size_t quote = declaration.find_first_of("\"'", encoding);
      if (quote == std::string_view::npos) {
        return false;
      }
      const std::size_t value_end = declaration.find(declaration[quote], quote + 1);
      if (value_end == std::string_view::npos) {
        return false;
      }
      const std::string_view value = declaration.substr(quote + 1, value_end - quote - 1);
      if (value != "UTF-8" && value != "utf-8") {
        return false;
      }
    }
    m_p = m_begin + close + 2;
    return true;
  }

  // The character data from m_p up to the next '<' or the end; m_p is left there.
  bool character_data()
  {
    const char* begin = m_p;
    const char* p = skip_spaces(begin);
    const bool space_only = *p == '<' || p == m_end;
    bool special = p != begin && std::memchr(begin, '\r', static_cast<std::size_t>(p - begin)) != nullptr;
    while (true) {
      p = find_first_of(p, m_end, '<', '&', '\r', '\0');
      if (*p == '<') {
        break;
      }
      if (*p == '\0') {
        if (p != m_end) {
          return false;
        }
        break;
      }
      special = true;
      if (*p == '&') {
        const Entity entity = read_entity(p, m_end);
        if (entity.next == nullptr) {
          return false;
        }
        p = entity.next;
      } else {
        ++p; // '\r'
      }
    }
    m_p = p;
    const std::uint32_t top = m_open.back();
    if (top == 0) {
      return space_only; // only white space around the root
    }
    XmlTree::Node& node = m_nodes[top];
    // parse_ws_pcdata_single: white space only is kept when it is all the element holds, right after its
    // start tag and right before its end tag.
    const bool kept = !space_only || (begin == m_begin + node.tag_end + 1 && p[0] == '<' && p[1] == '/');
    if (kept && !node.has_text) {
      node.has_text = true;
      node.text_offset = offset(begin);
      node.text_length = offset32(static_cast<std::size_t>(p - begin));
      node.text_needs_decoding = special;
    }
    return true;
  }

  // At m_p: the name of a start tag.
  bool start_tag()
  {
    const std::uint32_t parent = m_open.back();
    if (parent == 0 && m_nodes[0].last_child != XmlTree::k_none) {
      return false; // a second top-level element
    }
    const char* name_end = skip_name(m_p);
    const std::string_view name(m_p, static_cast<std::size_t>(name_end - m_p));
    if (is_properties(name) && copy_repeat(name, parent)) {
      return true;
    }
    const auto index = offset32(m_nodes.size());
    XmlTree::Node& node = m_nodes.emplace_back();
    node.name_offset = offset(m_p);
    node.name_length = offset32(name.size());
    node.parent = parent;
    m_p = name_end;
    if (!attributes()) {
      return false;
    }
    // m_p is at the '>' or the '/' of "/>".
    node.tag_end = offset(m_p);
    const bool empty = *m_p == '/';
    m_p += empty ? 2 : 1;
    XmlTree::Node& parent_node = m_nodes[parent];
    node.previous_sibling = parent_node.last_child;
    if (parent_node.last_child != XmlTree::k_none) {
      m_nodes[parent_node.last_child].next_sibling = index;
    }
    parent_node.last_child = index;
    if (empty) {
      node.end = offset(m_p);
      node.subtree_end = index + 1;
    } else {
      m_open.push_back(index);
    }
    return true;
  }

  // The attributes of a start tag, from just after its name; true with m_p at the '>' or at the '/' of "/>".
  bool attributes()
  {
    const char* p = m_p;
    while (true) {
      // As Word writes them: one space, the name, '=', a double-quoted value without entities.
      if (p[0] == ' ' && is(p[1], k_name_start)) {
        const char* name_end = skip_name(p + 1);
        if (name_end[0] == '=' && name_end[1] == '"') {
          const char* close = find_first_of(name_end + 2, m_end, '"', '&', '\0', '\0');
          if (*close == '"') {
            p = close + 1;
            continue;
          }
        }
      }
      if (*p == '>' || (*p == '/' && p[1] == '>')) {
        m_p = p;
        return true;
      }
      if (!is(*p, k_space)) {
        return false; // pugixml wants white space between a name or a value and the next attribute
      }
      p = skip_spaces(p);
      if (!is(*p, k_name_start)) {
        if (*p == '>' || (*p == '/' && p[1] == '>')) {
          continue;
        }
        return false;
      }
      p = skip_spaces(skip_name(p));
      if (*p != '=') {
        return false;
      }
      p = skip_spaces(p + 1);
      const char quote = *p;
      if (quote != '"' && quote != '\'') {
        return false;
      }
      ++p;
      while (true) {
        p = find_first_of(p, m_end, quote, '&', '\0', '\0');
        if (*p != '&') {
          break;
        }
        const Entity entity = read_entity(p, m_end);
        if (entity.next == nullptr) {
          return false;
        }
        p = entity.next;
      }
      if (*p != quote) {
        return false; // a NUL, or the end
      }
      ++p;
    }
  }

  // At m_p: the '/' of an end tag, which must close the innermost open element.
  bool end_tag()
  {
    const std::uint32_t top = m_open.back();
    if (top == 0) {
      return false;
    }
    XmlTree::Node& node = m_nodes[top];
    const char* name = m_p + 1;
    // The start tag's name, checked there, then a byte that ends a name (the source's final NUL at worst).
    if (static_cast<std::size_t>(m_end - name) < node.name_length ||
        std::memcmp(name, m_begin + node.name_offset, node.name_length) != 0 ||
        is(name[node.name_length], k_name)) {
      return false;
    }
    const char* close = skip_spaces(name + node.name_length);
    if (*close != '>') {
      return false;
    }
    m_p = close + 1;
    node.end = offset(m_p);
    node.subtree_end = offset32(m_nodes.size());
    m_open.pop_back();
    if (is_properties(std::string_view(m_begin + node.name_offset, node.name_length))) {
      remember_repeat(top);
    }
    return true;
  }

  // Word writes the same properties (w:rPr, w:pPr...) on run after run, byte for byte: half the bytes of a
  // document. An element whose bytes equal those of the last one of its name parses to the same elements,
  // so they are copied, moved to the new place, instead of read again.
  static bool is_properties(std::string_view name) { return name.size() > 2 && name.ends_with("Pr"); }

  struct Repeat
  {
    std::string_view name;
    std::uint32_t start = 0;  // offset of its '<'
    std::uint32_t length = 0; // of its bytes
    std::uint32_t index = 0;  // of its element
    std::uint32_t count = 0;  // of its elements, itself included
  };

  Repeat* find_repeat(std::string_view name)
  {
    for (Repeat& repeat : m_repeats) {
      if (repeat.name == name) {
        return &repeat;
      }
    }
    return nullptr;
  }

  void remember_repeat(std::uint32_t index)
  {
    const XmlTree::Node& node = m_nodes[index];
    const std::string_view name(m_begin + node.name_offset, node.name_length);
    Repeat* repeat = find_repeat(name);
    if (repeat == nullptr) {
      if (m_repeats.size() >= k_max_repeats) {
        return;
      }
      repeat = &m_repeats.emplace_back();
      repeat->name = name;
    }
    repeat->start = node.name_offset - 1;
    repeat->length = node.end - repeat->start;
    repeat->index = index;
    repeat->count = node.subtree_end - index;
  }

  // At m_p (the name after '<'): when the bytes from the '<' on are those of the last element named `name`,
  // appends a copy of its elements under `parent` and moves past them.
  bool copy_repeat(std::string_view name, std::uint32_t parent)
  {
    const Repeat* repeat = find_repeat(name);
    const char* start = m_p - 1;
    if (repeat == nullptr || static_cast<std::size_t>(m_end - start) < repeat->length ||
        std::memcmp(start, m_begin + repeat->start, repeat->length) != 0) {
      return false;
    }
    const auto index = offset32(m_nodes.size());
    const std::uint32_t shift = offset(start) - repeat->start; // the copy comes later in the source
    const std::uint32_t moved = index - repeat->index;
    static_assert(std::is_trivially_copyable_v<XmlTree::Node>);
    // Copied whole, then moved: every offset by `shift`, every link by `moved` (none stays none).
    m_nodes.resize(index + repeat->count);
    std::memcpy(&m_nodes[index], &m_nodes[repeat->index], repeat->count * sizeof(XmlTree::Node));
    const auto move = [moved](std::uint32_t link) { return link == XmlTree::k_none ? link : link + moved; };
    for (auto node = m_nodes.begin() + index; node != m_nodes.end(); ++node) {
      node->name_offset += shift;
      node->tag_end += shift;
      node->end += shift;
      node->text_offset += node->has_text ? shift : 0;
      node->parent = move(node->parent);
      node->next_sibling = move(node->next_sibling);
      node->previous_sibling = move(node->previous_sibling);
      node->last_child = move(node->last_child);
      node->subtree_end += moved;
    }
    XmlTree::Node& root = m_nodes[index];
    XmlTree::Node& parent_node = m_nodes[parent];
    root.parent = parent;
    root.next_sibling = XmlTree::k_none;
    root.previous_sibling = parent_node.last_child;
    if (parent_node.last_child != XmlTree::k_none) {
      m_nodes[parent_node.last_child].next_sibling = index;
    }
    parent_node.last_child = index;
    m_p = start + repeat->length;
    return true;
  }

  const char* m_begin;
  const char* m_p;
  const char* m_end;
  std::vector<XmlTree::Node>& m_nodes;
  std::vector<std::uint32_t> m_open; // the elements whose end tag is still to come, the document first
  static constexpr std::size_t k_max_repeats = 16;
  std::vector<Repeat> m_repeats; // the last element of each properties name, up to k_max_repeats names
};

// Writes a pugixml tree out as the subset the fast parser reads (names as they are, values and text escaped)
// and records its elements on the way: the tree of a part that needed pugixml.
class PugiTreeCopier
{
public:
  explicit PugiTreeCopier(XmlTree& tree)
    : m_tree(tree)
  {
  }

  void copy(const pugi::xml_document& xml)
  {
    m_tree.m_nodes.emplace_back(); // the document
    std::vector<std::uint32_t> open{0};
    pugi::xml_node node = xml.first_child();
    while (node) {
      const std::uint32_t parent = open.back();
      bool descend = false;
      if (node.type() == pugi::node_element) {
        descend = start(node, parent);
        if (descend) {
          open.push_back(static_cast<std::uint32_t>(m_tree.m_nodes.size() - 1));
        }
      } else if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        text(node.value(), parent);
      }
      if (descend) {
        node = node.first_child();
        continue;
      }
      // Up until a node has a next sibling, closing each element left.
      while (node && !node.next_sibling()) {
        node = node.parent();
        if (node && node.type() == pugi::node_element) {
          finish(open.back(), node.name());
          open.pop_back();
        }
      }
      if (node) {
        node = node.next_sibling();
      }
    }
    m_tree.m_nodes[0].end = offset32(m_tree.m_source.size());
    m_tree.m_nodes[0].subtree_end = offset32(m_tree.m_nodes.size());
  }

private:
  // Writes the start tag of `element`; true when it has content to descend into (else it was written as an
  // empty element).
  bool start(const pugi::xml_node& element, std::uint32_t parent)
  {
    std::string& out = m_tree.m_source;
    auto& nodes = m_tree.m_nodes;
    const auto index = offset32(nodes.size());
    XmlTree::Node node;
    out += '<';
    node.name_offset = offset32(out.size());
    out += element.name();
    node.name_length = offset32(out.size() - node.name_offset);
    node.parent = parent;
    for (const pugi::xml_attribute attribute : element.attributes()) {
      out += ' ';
      out += attribute.name();
      out += "=\"";
      escape(attribute.value(), true);
      out += '"';
    }
    XmlTree::Node& parent_node = nodes[parent];
    node.previous_sibling = parent_node.last_child;
    if (parent_node.last_child != XmlTree::k_none) {
      nodes[parent_node.last_child].next_sibling = index;
    }
    parent_node.last_child = index;
    node.tag_end = offset32(out.size());
    bool content = false;
    for (const pugi::xml_node child : element.children()) {
      const auto type = child.type();
      content =
          content || type == pugi::node_element || type == pugi::node_pcdata || type == pugi::node_cdata;
    }
    if (content) {
      out += '>';
    } else {
      out += "/>";
      node.end = offset32(out.size());
      node.subtree_end = index + 1;
    }
    nodes.push_back(node);
    return content;
  }

  void text(const char* value, std::uint32_t parent)
  {
    if (parent == 0) {
      return; // pugixml keeps no character data outside the root
    }
    XmlTree::Node& node = m_tree.m_nodes[parent];
    const auto begin = offset32(m_tree.m_source.size());
    const bool escaped = escape(value, false);
    if (!node.has_text) {
      node.has_text = true;
      node.text_offset = begin;
      node.text_length = offset32(m_tree.m_source.size() - begin);
      node.text_needs_decoding = escaped;
    }
  }

  void finish(std::uint32_t index, const char* name)
  {
    std::string& out = m_tree.m_source;
    out += "</";
    out += name;
    out += '>';
    XmlTree::Node& node = m_tree.m_nodes[index];
    node.end = offset32(out.size());
    node.subtree_end = offset32(m_tree.m_nodes.size());
  }

  // Appends `value` with what the fast parser's decoding would change written as references; true when
  // anything was.
  bool escape(const char* value, bool attribute)
  {
    std::string& out = m_tree.m_source;
    bool escaped = false;
    for (const char* p = value; *p != '\0'; ++p) {
      const char c = *p;
      const char* reference = nullptr;
      switch (c) {
      case '&': reference = "&amp;"; break;
      case '<': reference = "&lt;"; break;
      case '>': reference = "&gt;"; break;
      case '"': reference = attribute ? "&quot;" : nullptr; break;
      case '\r': reference = "&#13;"; break;
      case '\t': reference = attribute ? "&#9;" : nullptr; break;
      case '\n': reference = attribute ? "&#10;" : nullptr; break;
      default: break;
      }
      if (reference != nullptr) {
        out += reference;
        escaped = true;
      } else {
        out += c;
      }
    }
    return escaped;
  }

  XmlTree& m_tree;
};

std::optional<XmlTree> XmlTree::parse(std::string bytes, std::size_t expected_elements)
{
  return parse_or_keep(bytes, expected_elements);
}

std::optional<XmlTree> XmlTree::parse_or_keep(std::string& bytes, std::size_t expected_elements)
{
  XmlTree tree;
  tree.m_nodes.reserve(expected_elements + 1);
  if (!FastXmlParser(bytes, tree.m_nodes).parse()) {
    return std::nullopt;
  }
  // The nodes hold offsets, not pointers: moving the bytes keeps them valid.
  tree.m_source = std::move(bytes);
  return tree;
}

XmlTree XmlTree::from_pugi(const pugi::xml_document& xml)
{
  XmlTree tree;
  PugiTreeCopier(tree).copy(xml);
  return tree;
}

std::string_view XmlTree::decoded(std::uint32_t offset, std::uint32_t length, bool attribute) const
{
  auto found = m_decoded.find(offset);
  if (found == m_decoded.end()) {
    found =
        m_decoded.emplace(offset, decode(std::string_view(m_source).substr(offset, length), attribute)).first;
  }
  return found->second;
}

namespace {

XmlElement element_or_null(const XmlTree* tree, std::uint32_t index)
{
  return index == 0xFFFFFFFFu ? XmlElement{} : tree->element(index);
}

} // namespace

XmlElement XmlElement::parent() const
{
  return m_tree == nullptr ? XmlElement{} : element_or_null(m_tree, m_tree->m_nodes[m_index].parent);
}

XmlElement XmlElement::last_child() const
{
  return m_tree == nullptr ? XmlElement{} : element_or_null(m_tree, m_tree->m_nodes[m_index].last_child);
}

XmlElement XmlElement::previous_sibling() const
{
  return m_tree == nullptr ? XmlElement{}
                           : element_or_null(m_tree, m_tree->m_nodes[m_index].previous_sibling);
}

XmlElement XmlElement::child(std::string_view name) const
{
  for (XmlElement child = first_child(); child; child = child.next_sibling()) {
    if (child.name() == name) {
      return child;
    }
  }
  return {};
}

std::uint32_t XmlElement::subtree_end() const
{
  return m_tree == nullptr ? 0 : m_tree->m_nodes[m_index].subtree_end;
}

namespace {

// Calls `visit(name, raw value)` for each attribute of a checked start tag, from just after its name to the
// end of the tag, in order until it returns true.
template <typename Visit> void visit_attributes(const char* after_name, const char* tag_end, Visit visit)
{
  for (RawAttribute attribute = next_attribute(after_name, tag_end); attribute.next != nullptr;
       attribute = next_attribute(attribute.next, tag_end)) {
    if (visit(attribute.name, attribute.value)) {
      return;
    }
  }
}

} // namespace

std::string_view XmlTree::value(std::string_view raw) const
{
  for (const char c : raw) {
    if (is(c, k_value_special)) {
      return decoded(offset32(static_cast<std::size_t>(raw.data() - m_source.data())), offset32(raw.size()),
                     true);
    }
  }
  return raw;
}

std::optional<std::string_view> XmlElement::find_attribute(std::string_view name) const
{
  std::optional<std::string_view> found;
  if (m_tree != nullptr && m_index != 0) {
    const auto& node = m_tree->m_nodes[m_index];
    const char* source = m_tree->m_source.data();
    visit_attributes(source + node.name_offset + node.name_length, source + node.tag_end,
                     [&](std::string_view key, std::string_view raw) {
                       if (key != name) {
                         return false;
                       }
                       found = m_tree->value(raw);
                       return true;
                     });
  }
  return found;
}

std::vector<std::pair<std::string_view, std::string_view>> XmlElement::attributes() const
{
  std::vector<std::pair<std::string_view, std::string_view>> found;
  if (m_tree != nullptr && m_index != 0) {
    const auto& node = m_tree->m_nodes[m_index];
    const char* source = m_tree->m_source.data();
    visit_attributes(source + node.name_offset + node.name_length, source + node.tag_end,
                     [&](std::string_view key, std::string_view raw) {
                       found.emplace_back(key, m_tree->value(raw));
                       return false;
                     });
  }
  return found;
}

std::string_view XmlElement::text() const
{
  if (m_tree == nullptr) {
    return {};
  }
  const auto& node = m_tree->m_nodes[m_index];
  if (!node.has_text) {
    return {};
  }
  if (node.text_needs_decoding) {
    return m_tree->decoded(node.text_offset, node.text_length, false);
  }
  return std::string_view(m_tree->m_source).substr(node.text_offset, node.text_length);
}

std::string_view XmlElement::raw() const
{
  if (m_tree == nullptr) {
    return {};
  }
  const auto& node = m_tree->m_nodes[m_index];
  if (m_index == 0) {
    return m_tree->m_source;
  }
  const std::uint32_t start = node.name_offset - 1;
  return std::string_view(m_tree->m_source).substr(start, node.end - start);
}

} // namespace qb::docx

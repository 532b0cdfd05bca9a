// Used by tests/unit/docx/test_docx_xml_tree.cpp and fuzz/fuzz_xml_tree.cpp.
#include "support/xml_tree_difference.hpp"

#include <utility>
#include <vector>

namespace qb::test {

using docx::XmlElement;
using docx::XmlTree;

namespace {

// The options of docx/xml_part.cpp.
constexpr unsigned k_pugi_options = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;

std::vector<pugi::xml_node> element_children(const pugi::xml_node& node)
{
  std::vector<pugi::xml_node> children;
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) {
      children.push_back(child);
    }
  }
  return children;
}

} // namespace

bool pugi_parse(const std::string& bytes, pugi::xml_document& xml)
{
  return static_cast<bool>(xml.load_buffer(bytes.data(), bytes.size(), k_pugi_options));
}

std::string difference(const pugi::xml_node& expected, XmlElement actual)
{
  std::vector<std::pair<pugi::xml_node, XmlElement>> stack{{expected, actual}};
  while (!stack.empty()) {
    const auto [node, element] = stack.back();
    stack.pop_back();
    const std::string where =
        "<" + std::string(node.name()) + "> at element " + std::to_string(element.index());
    if (element.name() != node.name()) {
      return where + ": name " + std::string(element.name());
    }
    if (node.type() == pugi::node_element) {
      std::vector<std::pair<std::string_view, std::string_view>> attributes;
      for (const pugi::xml_attribute attribute : node.attributes()) {
        attributes.emplace_back(attribute.name(), attribute.value());
        if (element.attribute(attribute.name()) != node.attribute(attribute.name()).value()) {
          return where + ": attribute " + attribute.name();
        }
      }
      if (element.attributes() != attributes) {
        return where + ": attribute list";
      }
      if (element.text() != node.text().get()) {
        return where + ": text \"" + std::string(element.text()) + "\" for \"" + node.text().get() + "\"";
      }
    }
    const auto children = element_children(node);
    std::vector<XmlElement> actual_children;
    for (const XmlElement child : element.children()) {
      actual_children.push_back(child);
      if (child.parent() != element) {
        return where + ": parent of a child";
      }
    }
    if (actual_children.size() != children.size()) {
      return where + ": " + std::to_string(actual_children.size()) + " children for " +
             std::to_string(children.size());
    }
    if (!actual_children.empty()) {
      if (element.last_child() != actual_children.back() || actual_children.front().previous_sibling() ||
          actual_children.back().next_sibling() || actual_children.front().index() != element.index() + 1 ||
          actual_children.back().subtree_end() != element.subtree_end()) {
        return where + ": links or index range";
      }
    } else if (element.subtree_end() != element.index() + 1 || element.last_child()) {
      return where + ": index range of a leaf";
    }
    for (std::size_t i = children.size(); i-- > 0;) {
      stack.emplace_back(children[i], actual_children[i]);
    }
  }
  return {};
}

std::string raw_difference(const XmlTree& tree, const pugi::xml_document& whole, std::size_t limit)
{
  std::vector<pugi::xml_node> in_order;
  for (pugi::xml_node node = whole.first_child(); node;) {
    if (node.type() == pugi::node_element) {
      in_order.push_back(node);
    }
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
    }
    if (node) {
      node = node.next_sibling();
    }
  }
  if (in_order.size() + 1 != tree.size()) {
    return "element count " + std::to_string(tree.size() - 1) + " for " + std::to_string(in_order.size());
  }
  for (std::uint32_t i = 1; i < tree.size() && i <= limit; ++i) {
    pugi::xml_document alone;
    if (!pugi_parse(std::string(tree.element(i).raw()), alone)) {
      return "raw bytes of element " + std::to_string(i) + " do not parse";
    }
    pugi::xml_document expected;
    expected.append_copy(in_order[i - 1]);
    XmlTree copy = XmlTree::from_pugi(alone);
    const std::string found = difference(expected, copy.document());
    if (!found.empty()) {
      return "raw bytes of element " + std::to_string(i) + ": " + found;
    }
  }
  return {};
}

} // namespace qb::test

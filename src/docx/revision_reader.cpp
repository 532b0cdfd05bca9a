#include "docx/revision_reader.hpp"

#include <string_view>
#include <vector>

#include "docx/alternate_content_reader.hpp"

namespace qb::docx {

namespace {

enum class Revision { none, insertion, deletion, format_change };

Revision classify(std::string_view name)
{
  if (!name.starts_with("w:")) {
    return Revision::none;
  }
  name.remove_prefix(2);
  if (name == "ins" || name == "moveTo" || name == "cellIns") {
    return Revision::insertion;
  }
  if (name == "del" || name == "moveFrom" || name == "cellDel") {
    return Revision::deletion;
  }
  if (name == "rPrChange" || name == "pPrChange" || name == "sectPrChange" || name == "tblPrChange" ||
      name == "trPrChange" || name == "tcPrChange") {
    return Revision::format_change;
  }
  return Revision::none;
}

} // namespace

void count_revisions(const pugi::xml_node& root, model::DocumentFacts& facts, std::set<std::string>& authors)
{
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    const auto node = stack.back();
    stack.pop_back();
    const std::string_view name = node.name();
    if (name == "mc:AlternateContent") {
      if (const auto branch = choose_alternate_branch(node)) {
        stack.push_back(branch);
      }
      continue;
    }
    const auto revision = classify(name);
    if (revision != Revision::none) {
      if (revision == Revision::insertion) {
        ++facts.insertions;
      } else if (revision == Revision::deletion) {
        ++facts.deletions;
      } else {
        ++facts.format_changes;
      }
      if (const auto author = node.attribute("w:author"); author && *author.value() != '\0') {
        authors.insert(author.value());
      }
    }
    for (auto child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() == pugi::node_element) {
        stack.push_back(child);
      }
    }
  }
}

} // namespace qb::docx

#include "docx/revision_reader.hpp"

#include <cstddef>
#include <vector>

#include "docx/alternate_content_reader.hpp"
#include "docx/element_name.hpp"

namespace qb::docx {

namespace {

enum class Revision { none, insertion, deletion, format_change };

template <std::size_t N> bool is(const char* name, const char (&literal)[N])
{
  return name_is(name, literal);
}

// The revision an element named "w:" + `local` records. The twelve names are told apart by their first two
// bytes, which reject nearly every other name (w:r, w:t, w:rFonts, w:sz...) before any comparison.
Revision classify(const char* local)
{
  switch (local[0]) {
  case 'i': return is(local, "ins") ? Revision::insertion : Revision::none;
  case 'd': return is(local, "del") ? Revision::deletion : Revision::none;
  case 'm':
    if (local[1] != 'o') {
      return Revision::none;
    }
    if (is(local, "moveTo")) {
      return Revision::insertion;
    }
    return is(local, "moveFrom") ? Revision::deletion : Revision::none;
  case 'c':
    if (local[1] != 'e') {
      return Revision::none;
    }
    if (is(local, "cellIns")) {
      return Revision::insertion;
    }
    return is(local, "cellDel") ? Revision::deletion : Revision::none;
  case 'r': return local[1] == 'P' && is(local, "rPrChange") ? Revision::format_change : Revision::none;
  case 'p': return local[1] == 'P' && is(local, "pPrChange") ? Revision::format_change : Revision::none;
  case 's': return local[1] == 'e' && is(local, "sectPrChange") ? Revision::format_change : Revision::none;
  case 't':
    return is(local, "tblPrChange") || is(local, "trPrChange") || is(local, "tcPrChange")
               ? Revision::format_change
               : Revision::none;
  default: return Revision::none;
  }
}

// False for nearly every name "w:" + `local` that is not a revision's (w:r, w:rPr, w:tcPr, w:sz...): a few
// bytes compared inline, each only when the bytes before it matched letters (so never past the NUL).
inline bool may_be_revision(const char* local)
{
  switch (local[0]) {
  case 'i': return local[1] == 'n';
  case 'd': return local[1] == 'e';
  case 'm': return local[1] == 'o';
  case 'c': return local[1] == 'e';
  case 'r':
  case 'p': return local[1] == 'P' && local[2] == 'r' && local[3] == 'C';
  case 's': return local[1] == 'e' && local[2] == 'c';
  case 't':
    return (local[1] == 'b' && local[2] == 'l') ||
           ((local[1] == 'r' || local[1] == 'c') && local[2] == 'P' && local[3] == 'r' && local[4] == 'C');
  default: return false;
  }
}

bool is_alternate_content(const pugi::xml_node& node, const char* name)
{
  return name[0] == 'm' && is(name, "mc:AlternateContent") && node.type() == pugi::node_element;
}

// Counts the revision elements of a subtree walked by pugixml's own traverse(), which visits every node in
// document order at the cost of one virtual call: walking it through xml_node's out-of-line
// first_child/next_sibling/parent costs several times more. Nodes that are not elements are visited too
// (they have no children); only elements count. traverse() cannot be told to skip a subtree, so the branches
// of an mc:AlternateContent that are not read are passed over by depth.
class RevisionCounter : public pugi::xml_tree_walker
{
public:
  RevisionCounter(model::DocumentFacts& facts, std::set<std::string>& authors)
    : m_facts(facts)
    , m_authors(authors)
  {
  }

  // The node a walk starts from, which traverse() does not visit.
  void visit_top(const pugi::xml_node& node)
  {
    const char* name = node.name();
    if (name[0] == 'w' && name[1] == ':') {
      count(node, name + 2);
    }
  }

  bool for_each(pugi::xml_node& node) override
  {
    if ((m_skip_below >= 0 || !m_alternates.empty()) && !read_here(node)) {
      return true;
    }
    const char* name = node.name();
    if (name[0] == 'w') {
      if (name[1] == ':' && may_be_revision(name + 2)) {
        count(node, name + 2);
      }
    } else if (name[0] == 'm') {
      enter_if_alternate(node, name);
    }
    return true;
  }

private:
  struct Alternate
  {
    int depth = 0;         // of the mc:AlternateContent
    pugi::xml_node branch; // its child that is read (null: none)
  };

  [[gnu::noinline]] void enter_if_alternate(const pugi::xml_node& node, const char* name)
  {
    if (is_alternate_content(node, name)) {
      m_alternates.push_back({depth(), choose_alternate_branch(node)});
    }
  }

  // False for a node inside a branch of an mc:AlternateContent that is not its chosen one.
  [[gnu::noinline]] bool read_here(const pugi::xml_node& node)
  {
    const int level = depth();
    if (m_skip_below >= 0) {
      if (level > m_skip_below) {
        return false;
      }
      m_skip_below = -1;
    }
    while (!m_alternates.empty() && m_alternates.back().depth >= level) {
      m_alternates.pop_back(); // the walk has left its subtree
    }
    if (!m_alternates.empty() && m_alternates.back().depth == level - 1 &&
        node != m_alternates.back().branch) {
      m_skip_below = level;
      return false;
    }
    return true;
  }

  // Counts `node`, named "w:" + `local`, when it is a revision element.
  [[gnu::noinline]] void count(const pugi::xml_node& node, const char* local)
  {
    const Revision revision = classify(local);
    // A processing instruction can bear any name.
    if (revision == Revision::none || node.type() != pugi::node_element) {
      return;
    }
    if (revision == Revision::insertion) {
      ++m_facts.insertions;
    } else if (revision == Revision::deletion) {
      ++m_facts.deletions;
    } else {
      ++m_facts.format_changes;
    }
    if (const auto author = node.attribute("w:author"); author && *author.value() != '\0') {
      m_authors.insert(author.value());
    }
  }

  model::DocumentFacts& m_facts;
  std::set<std::string>& m_authors;
  int m_skip_below = -1;               // depth of a branch being passed over, or -1
  std::vector<Alternate> m_alternates; // the mc:AlternateContent elements enclosing the current node
};

} // namespace

void count_revisions(const pugi::xml_node& root, model::DocumentFacts& facts, std::set<std::string>& authors)
{
  RevisionCounter counter(facts, authors);
  pugi::xml_node top = root;
  if (is_alternate_content(root, root.name())) {
    top = choose_alternate_branch(root); // its children are read; the branch itself is no revision
  } else {
    counter.visit_top(root);
  }
  if (top) {
    top.traverse(counter); // iterative inside pugixml: any depth is safe
  }
}

} // namespace qb::docx

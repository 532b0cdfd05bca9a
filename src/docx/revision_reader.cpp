#include "docx/revision_reader.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

#include "docx/alternate_content_reader.hpp"
#include "docx/element_name.hpp"

namespace qb::docx {

namespace {

enum class Revision { none, insertion, deletion, format_change };

// The revision an element named "w:" + `local` records. The twelve names are told apart by their first two
// bytes, which reject nearly every other name (w:r, w:t, w:rFonts, w:sz...) before any comparison.
Revision classify(std::string_view local)
{
  if (local.size() < 3) {
    return Revision::none; // the shortest is "ins"
  }
  switch (local[0]) {
  case 'i': return name_is(local, "ins") ? Revision::insertion : Revision::none;
  case 'd': return name_is(local, "del") ? Revision::deletion : Revision::none;
  case 'm':
    if (local[1] != 'o') {
      return Revision::none;
    }
    if (name_is(local, "moveTo")) {
      return Revision::insertion;
    }
    return name_is(local, "moveFrom") ? Revision::deletion : Revision::none;
  case 'c':
    if (local[1] != 'e') {
      return Revision::none;
    }
    if (name_is(local, "cellIns")) {
      return Revision::insertion;
    }
    return name_is(local, "cellDel") ? Revision::deletion : Revision::none;
  case 'r': return local[1] == 'P' && name_is(local, "rPrChange") ? Revision::format_change : Revision::none;
  case 'p': return local[1] == 'P' && name_is(local, "pPrChange") ? Revision::format_change : Revision::none;
  case 's':
    return local[1] == 'e' && name_is(local, "sectPrChange") ? Revision::format_change : Revision::none;
  case 't':
    return name_is(local, "tblPrChange") || name_is(local, "trPrChange") || name_is(local, "tcPrChange")
               ? Revision::format_change
               : Revision::none;
  default: return Revision::none;
  }
}

// False for nearly every name "w:" + `local` that is not a revision's (w:r, w:rPr, w:rFonts, w:proofErr...):
// its first byte and its length, inline, before classify() compares bytes.
inline bool may_be_revision(std::string_view local)
{
  if (local.empty()) {
    return false;
  }
  const std::size_t size = local.size();
  switch (local[0]) {
  case 'i':
  case 'd': return size == 3;              // ins, del
  case 'm': return size == 6 || size == 8; // moveTo, moveFrom
  case 'c': return size == 7;              // cellIns, cellDel
  case 'r':
  case 'p': return size == 9;                // rPrChange, pPrChange
  case 's': return size == 12;               // sectPrChange
  case 't': return size == 10 || size == 11; // trPrChange, tcPrChange, tblPrChange
  default: return false;
  }
}

// Counts `element`, named "w:" + `local`, when it is a revision element.
void count(const XmlElement& element, std::string_view local, model::DocumentFacts& facts,
           std::set<std::string>& authors)
{
  const Revision revision = classify(local);
  if (revision == Revision::none) {
    return;
  }
  if (revision == Revision::insertion) {
    ++facts.insertions;
  } else if (revision == Revision::deletion) {
    ++facts.deletions;
  } else {
    ++facts.format_changes;
  }
  if (const auto author = element.find_attribute("w:author"); author && !author->empty()) {
    authors.emplace(*author);
  }
}

// Where the walk jumps when it reaches an index: past the rest of an mc:AlternateContent once its chosen
// branch is read.
struct Jump
{
  std::uint32_t at = 0;
  std::uint32_t to = 0;
};

} // namespace

// The elements of a subtree are the indices from its root's to subtree_end(), in document order: the walk is
// a loop over them. The branches of an mc:AlternateContent that are not read are jumped over: the walk goes
// from the mc:AlternateContent straight to its chosen branch, and from the end of that branch to the end of
// the mc:AlternateContent. Nested ones end no later than the enclosing branch, so the pending jumps form a
// stack whose top is reached first.
void count_revisions(const XmlElement& root, model::DocumentFacts& facts, std::set<std::string>& authors)
{
  if (!root) {
    return;
  }
  const XmlTree& tree = *root.tree();
  std::uint32_t index = root.index() + 1;
  const std::uint32_t end = root.subtree_end();
  std::vector<Jump> jumps;
  if (root.name() == "mc:AlternateContent") {
    // Its branch's children are read; the branch itself is no revision.
    const XmlElement branch = choose_alternate_branch(root);
    if (!branch) {
      return;
    }
    index = branch.index() + 1;
    jumps.push_back({branch.subtree_end(), end});
  } else if (const std::string_view name = root.name(); name.starts_with("w:")) {
    count(root, name.substr(2), facts, authors);
  }
  while (index < end) {
    while (!jumps.empty() && jumps.back().at == index) {
      index = jumps.back().to;
      jumps.pop_back();
    }
    if (index >= end) {
      break;
    }
    const XmlElement element = tree.element(index);
    const std::string_view name = element.name();
    if (name.size() > 2 && name[0] == 'w' && name[1] == ':') {
      if (may_be_revision(name.substr(2))) {
        count(element, name.substr(2), facts, authors);
      }
    } else if (!name.empty() && name[0] == 'm' && name_is(name, "mc:AlternateContent")) {
      const XmlElement branch = choose_alternate_branch(element);
      if (!branch) {
        index = element.subtree_end();
        continue;
      }
      // The branch element itself (mc:Choice, mc:Fallback) is no revision: its children come next.
      jumps.push_back({branch.subtree_end(), element.subtree_end()});
      index = branch.index() + 1;
      continue;
    }
    ++index;
  }
}

} // namespace qb::docx

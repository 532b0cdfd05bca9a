// count_revisions walks an XmlTree as a loop over element indices, jumping over the branches of
// mc:AlternateContent it does not read, and tells names apart byte by byte: checked against the previous walk
// (a stack of element children, names compared as whole strings) on tricky trees, random trees, hostile
// nesting and every document of the real corpus.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "docx/alternate_content_reader.hpp"
#include "docx/open_package.hpp"
#include "docx/relationships.hpp"
#include "docx/revision_reader.hpp"
#include "docx/xml_part.hpp"

using namespace qb;
using namespace qb::docx;

namespace {

// The walk count_revisions made before, kept as the reference.
void reference_count(const XmlElement& root, model::DocumentFacts& facts, std::set<std::string>& authors)
{
  if (!root) {
    return;
  }
  std::vector<XmlElement> stack{root};
  while (!stack.empty()) {
    const auto node = stack.back();
    stack.pop_back();
    std::string_view name = node.name();
    if (name == "mc:AlternateContent") {
      if (const auto branch = choose_alternate_branch(node)) {
        stack.push_back(branch);
      }
      continue;
    }
    if (name.starts_with("w:")) {
      name.remove_prefix(2);
      std::size_t* counter = nullptr;
      if (name == "ins" || name == "moveTo" || name == "cellIns") {
        counter = &facts.insertions;
      } else if (name == "del" || name == "moveFrom" || name == "cellDel") {
        counter = &facts.deletions;
      } else if (name == "rPrChange" || name == "pPrChange" || name == "sectPrChange" ||
                 name == "tblPrChange" || name == "trPrChange" || name == "tcPrChange") {
        counter = &facts.format_changes;
      }
      if (counter != nullptr) {
        ++*counter;
        if (const std::string_view author = node.attribute("w:author"); !author.empty()) {
          authors.insert(std::string(author));
        }
      }
    }
    for (auto child = node.first_child(); child; child = child.next_sibling()) {
      stack.push_back(child);
    }
  }
}

struct Counts
{
  std::size_t insertions = 0;
  std::size_t deletions = 0;
  std::size_t format_changes = 0;
  std::set<std::string> authors;
  bool operator==(const Counts&) const = default;
};

using CountRevisions = void (*)(const XmlElement&, model::DocumentFacts&, std::set<std::string>&);

// What `count` finds under `root`.
Counts counted_by(CountRevisions count, const XmlElement& root)
{
  model::DocumentFacts facts;
  Counts counts;
  count(root, facts, counts.authors);
  counts.insertions = facts.insertions;
  counts.deletions = facts.deletions;
  counts.format_changes = facts.format_changes;
  return counts;
}

Counts counted(const XmlElement& root)
{
  return counted_by(&count_revisions, root);
}

Counts reference(const XmlElement& root)
{
  return counted_by(&reference_count, root);
}

void check_same(const XmlElement& root)
{
  const Counts fast = counted(root);
  const Counts slow = reference(root);
  CHECK(fast.insertions == slow.insertions);
  CHECK(fast.deletions == slow.deletions);
  CHECK(fast.format_changes == slow.format_changes);
  CHECK(fast.authors == slow.authors);
}

const char* const k_namespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex")";

std::unique_ptr<TreePart> part_with(const std::string& body)
{
  return parse_tree_part(std::string("<w:document") + k_namespaces + "><w:body>" + body +
                             "</w:body></w:document>",
                         "word/document.xml", "a.docx");
}

XmlElement body_of(const TreePart& part)
{
  return part.tree.document().child("w:document").child("w:body");
}

// Names that are revisions, that look like them (a prefix, an extension, another prefix), and the
// mc:AlternateContent machinery.
const std::vector<std::string> k_names{
    "w:ins",
    "w:del",
    "w:moveTo",
    "w:moveFrom",
    "w:cellIns",
    "w:cellDel",
    "w:rPrChange",
    "w:pPrChange",
    "w:sectPrChange",
    "w:tblPrChange",
    "w:trPrChange",
    "w:tcPrChange",
    "w:in",
    "w:insX",
    "w:de",
    "w:delText",
    "w:moveToRangeStart",
    "w:moveFromRangeEnd",
    "w:cellMerge",
    "w:cellInsX",
    "w:rPrChang",
    "w:rPr",
    "w:pPr",
    "w:tcPr",
    "w:trPr",
    "w:tblPr",
    "w:tblPrChangeX",
    "w:sectPr",
    "w:sect",
    "w:p",
    "w:r",
    "w:t",
    "w:tbl",
    "w:tc",
    "w:tr",
    "x:ins",
    "ins",
    "w:",
    "m:ins",
    "mc:Choice",
    "mc:Fallback",
    "mc:AlternateContent",
    "mc:AlternateContentX",
    "w:customXmlInsRangeStart",
    "w:i",
    "w:d",
};

// A random tree of `budget` elements over k_names; mc:Choice gets a Requires that is or is not understood.
void random_children(std::mt19937& random, std::string& xml, int& budget, int depth)
{
  std::uniform_int_distribution<std::size_t> pick(0, k_names.size() - 1);
  std::uniform_int_distribution<int> count(0, 4);
  const int children = count(random);
  for (int i = 0; i < children && budget > 0; ++i) {
    --budget;
    const std::string& name = k_names[pick(random)];
    xml += "<" + name;
    if (random() % 3 == 0) {
      xml += " w:author=\"" + std::string(1, static_cast<char>('A' + random() % 5)) + "\"";
    } else if (random() % 5 == 0) {
      xml += " w:author=\"\"";
    }
    if (name == "mc:Choice") {
      xml += random() % 2 == 0 ? " Requires=\"wps\"" : " Requires=\"w16se\"";
    }
    xml += ">";
    if (random() % 4 == 0) {
      xml += "text";
    }
    if (random() % 9 == 0) {
      xml += "<!-- w:ins -->";
    }
    if (depth < 12) {
      random_children(random, xml, budget, depth + 1);
    }
    xml += "</" + name + ">";
  }
}

} // namespace

TEST_CASE("revision walk: mc:AlternateContent reads one branch, anywhere", "[reader]")
{
  const std::vector<std::string> bodies{
      // The choice is understood: only it is read.
      R"(<mc:AlternateContent><mc:Choice Requires="wps"><w:ins w:author="C"/></mc:Choice>)"
      R"(<mc:Fallback><w:del w:author="F"/></mc:Fallback></mc:AlternateContent><w:ins/>)",
      // The choice is not: the fallback is.
      R"(<mc:AlternateContent><mc:Choice Requires="w16se"><w:ins w:author="C"/></mc:Choice>)"
      R"(<mc:Fallback><w:del w:author="F"/><w:del/></mc:Fallback></mc:AlternateContent><w:ins/>)",
      // Neither branch: nothing inside is read, the siblings after it are.
      R"(<w:p><mc:AlternateContent><w:ins/><w:del/></mc:AlternateContent><w:del/></w:p><w:ins/>)",
      // An empty chosen branch, then content after the mc:AlternateContent, at several depths.
      R"(<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"/><mc:Fallback><w:ins/></mc:Fallback>)"
      R"(</mc:AlternateContent></w:r><w:moveTo/></w:p><w:cellDel/>)",
      // Nested: an mc:AlternateContent in the chosen branch, one in the branch not read.
      R"(<mc:AlternateContent><mc:Choice Requires="wps"><w:p><mc:AlternateContent><mc:Choice Requires="x">)"
      R"(<w:ins w:author="no"/></mc:Choice><mc:Fallback><w:del w:author="yes"/></mc:Fallback>)"
      R"(</mc:AlternateContent><w:tcPrChange/></w:p></mc:Choice><mc:Fallback><mc:AlternateContent>)"
      R"(<mc:Choice Requires="w"><w:ins w:author="never"/></mc:Choice></mc:AlternateContent></mc:Fallback>)"
      R"(</mc:AlternateContent><w:pPrChange w:author="after"/>)",
      // Two mc:AlternateContent siblings, the first ending deeper than the second starts.
      R"(<mc:AlternateContent><mc:Fallback><w:p><w:r><w:ins/></w:r></w:p></mc:Fallback></mc:AlternateContent>)"
      R"(<mc:AlternateContent><mc:Choice Requires="v"><w:del/></mc:Choice><mc:Fallback><w:del/></mc:Fallback>)"
      R"(</mc:AlternateContent><w:rPrChange/>)",
      // Two choices, the first understood; the chosen branch with elements and text mixed.
      R"(<mc:AlternateContent><mc:Choice Requires="w14">a<w:ins/>b<w:del/>c</mc:Choice>)"
      R"(<mc:Choice Requires="wps"><w:ins/></mc:Choice><mc:Fallback><w:ins/></mc:Fallback></mc:AlternateContent>)",
      // Revisions nested in revisions; names that only begin like revisions.
      R"(<w:ins w:author="A"><w:del w:author="B"><w:moveFrom><w:moveFromRangeStart/><w:cellIns/></w:moveFrom>)"
      R"(</w:del></w:ins><w:insX/><w:in/><w:rPrChang/><w:tblPrChangeX/><w:sectPrChange w:author=""/>)"
      R"(<w:trPrChange/><w:tblPrChange/><w:cellDel/><w:moveTo/>)",
  };
  for (const std::string& body : bodies) {
    INFO(body);
    const auto part = part_with(body);
    check_same(body_of(*part));
  }
  // The exact figures of the nested case.
  const auto part = part_with(bodies[4]);
  const Counts counts = counted(body_of(*part));
  CHECK(counts.insertions == 0);
  CHECK(counts.deletions == 1);
  CHECK(counts.format_changes == 2);
  CHECK(counts.authors == std::set<std::string>{"after", "yes"});
}

TEST_CASE("revision walk: the root itself, null roots and nodes that are not elements", "[reader]")
{
  // The root is counted, and an mc:AlternateContent root reads its branch.
  const auto ins = part_with(R"(<w:ins w:author="R"><w:del/></w:ins>)");
  check_same(body_of(*ins).first_child());
  CHECK(counted(body_of(*ins).first_child()).insertions == 1);
  const auto alternate = part_with(R"(<mc:AlternateContent><mc:Choice Requires="w16se"><w:ins/></mc:Choice>)"
                                   R"(<mc:Fallback><w:del/></mc:Fallback></mc:AlternateContent>)");
  check_same(body_of(*alternate).first_child());
  CHECK(counted(body_of(*alternate).first_child()).deletions == 1);
  check_same(XmlElement{});
  CHECK(counted(XmlElement{}) == Counts{});
  check_same(ins->tree.document()); // the document node

  // Processing instructions bear names; they are no elements, whatever their name (a tree built from
  // pugixml's leaves them out).
  pugi::xml_document document;
  auto body = document.append_child("w:body");
  body.append_child(pugi::node_pi).set_name("w:ins");
  body.append_child(pugi::node_pi).set_name("mc:AlternateContent");
  body.append_child(pugi::node_declaration).set_name("w:del");
  body.append_child(pugi::node_pcdata).set_value("w:ins");
  body.append_child(pugi::node_comment).set_value("w:ins");
  auto p = body.append_child("w:p");
  p.append_child(pugi::node_pi).set_name("w:rPrChange");
  p.append_child("w:moveTo").append_attribute("w:author") = "PI";
  const XmlTree tree = XmlTree::from_pugi(document);
  const XmlElement tree_body = tree.document().child("w:body");
  check_same(tree_body);
  CHECK(counted(tree_body).insertions == 1);
  CHECK(counted(tree_body).deletions == 0);
  CHECK(counted(tree_body).format_changes == 0);
  CHECK(counted(tree_body).authors == std::set<std::string>{"PI"});
}

TEST_CASE("revision walk: random trees give the previous walk's counts", "[reader]")
{
  std::mt19937 random(20261125);
  for (int round = 0; round < 300; ++round) {
    std::string body;
    int budget = 200;
    random_children(random, body, budget, 0);
    INFO(body);
    const auto part = part_with(body);
    check_same(body_of(*part));
  }
}

TEST_CASE("revision walk: hostile nesting", "[reader][hostile]")
{
  // 100,000 nested revisions and 20,000 nested mc:AlternateContent: no recursion, same counts.
  std::string deep;
  for (int i = 0; i < 100000; ++i) {
    deep += i % 2 == 0 ? "<w:ins>" : "<w:p>";
  }
  for (int i = 100000; i-- > 0;) {
    deep += i % 2 == 0 ? "</w:ins>" : "</w:p>";
  }
  const auto deep_part = part_with(deep);
  CHECK(counted(body_of(*deep_part)).insertions == 50000);
  check_same(body_of(*deep_part));

  std::string alternates;
  for (int i = 0; i < 20000; ++i) {
    alternates += i % 3 == 0 ? R"(<mc:AlternateContent><mc:Choice Requires="w16se"><w:ins/></mc:Choice>)"
                               R"(<mc:Fallback><w:del/>)"
                             : R"(<mc:AlternateContent><mc:Choice Requires="wps"><w:ins/>)";
  }
  for (int i = 20000; i-- > 0;) {
    alternates += i % 3 == 0 ? "</mc:Fallback></mc:AlternateContent>" : "</mc:Choice></mc:AlternateContent>";
  }
  const auto alternate_part = part_with(alternates);
  check_same(body_of(*alternate_part));
}

TEST_CASE("revision walk: every story of the real corpus gives the previous walk's counts",
          "[reader][corpus]")
{
  const std::filesystem::path corpus = std::filesystem::path(QBCHECK_SHARED_DIR) / "corpus" / "real";
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() != ".docx") {
      continue;
    }
    INFO(entry.path().filename().string());
    const auto package = open_package(entry.path());
    const std::string main = find_main_document(*package);
    const auto document = read_tree_part(*package, main);
    check_same(document->tree.document().child("w:document").child("w:body"));
    for (const Relationship& relationship : read_relationships(*package, main)) {
      if (!relationship.external &&
          (relationship.type.ends_with("/footnotes") || relationship.type.ends_with("/endnotes") ||
           relationship.type.ends_with("/comments"))) {
        const auto notes = read_tree_part(*package, relationship.target);
        check_same(notes->tree.document().first_child());
      }
    }
    ++documents;
  }
  CHECK(documents >= 40);
}

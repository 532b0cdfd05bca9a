#include "docx/load_document.hpp"

#include <iterator>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/input_error.hpp"
#include "docx/body_reader.hpp"
#include "docx/notes_reader.hpp"
#include "docx/numbering.hpp"
#include "docx/open_package.hpp"
#include "docx/package_properties.hpp"
#include "docx/relationships.hpp"
#include "docx/revision_reader.hpp"
#include "docx/style_sheet.hpp"
#include "docx/theme.hpp"
#include "docx/xml_part.hpp"

namespace qb::docx {

namespace {

// The parts the main document points at, parsed: the stories (notes) into XmlTrees for the body readers, the
// rest by pugixml. Found by relationship type, never by path; a missing relationship or a relationship to a
// missing part leaves the slot empty.
struct LinkedParts
{
  std::unique_ptr<XmlPart> styles;
  std::unique_ptr<XmlPart> numbering;
  std::unique_ptr<XmlPart> theme;
  std::unique_ptr<XmlPart> settings;
  std::unique_ptr<TreePart> footnotes;
  std::unique_ptr<TreePart> endnotes;
  std::unique_ptr<XmlPart> comments;
};

// The part the relationship of type `type_suffix` targets, when there is one and the package holds it.
std::optional<std::string> linked_name(const PartSource& parts,
                                       const std::vector<Relationship>& relationships,
                                       std::string_view type_suffix)
{
  auto target = find_target(relationships, type_suffix);
  if (!target || !parts.has(*target)) {
    return std::nullopt;
  }
  return target;
}

std::unique_ptr<XmlPart> linked_xml_part(const PartSource& parts,
                                         const std::vector<Relationship>& relationships,
                                         std::string_view type_suffix, const ReadLimits& limits)
{
  const auto name = linked_name(parts, relationships, type_suffix);
  return name ? read_xml_part(parts, *name, limits.max_xml_elements) : nullptr;
}

std::unique_ptr<TreePart> linked_tree_part(const PartSource& parts,
                                           const std::vector<Relationship>& relationships,
                                           std::string_view type_suffix, const ReadLimits& limits)
{
  const auto name = linked_name(parts, relationships, type_suffix);
  return name ? read_tree_part(parts, *name, limits.max_xml_elements) : nullptr;
}

LinkedParts read_linked_parts(const PartSource& parts, const std::string& main_part, const ReadLimits& limits)
{
  const auto relationships = read_relationships(parts, main_part);
  // In this order: the first part that cannot be read names the error.
  LinkedParts linked;
  linked.styles = linked_xml_part(parts, relationships, "/styles", limits);
  linked.numbering = linked_xml_part(parts, relationships, "/numbering", limits);
  linked.theme = linked_xml_part(parts, relationships, "/theme", limits);
  linked.settings = linked_xml_part(parts, relationships, "/settings", limits);
  linked.footnotes = linked_tree_part(parts, relationships, "/footnotes", limits);
  linked.endnotes = linked_tree_part(parts, relationships, "/endnotes", limits);
  linked.comments = linked_xml_part(parts, relationships, "/comments", limits);
  return linked;
}

pugi::xml_node root_of(const std::unique_ptr<XmlPart>& part, const char* name)
{
  return part ? part->xml.child(name) : pugi::xml_node{};
}

XmlElement root_of(const std::unique_ptr<TreePart>& part, std::string_view name)
{
  return part ? part->tree.document().child(name) : XmlElement{};
}

std::size_t count_children(const pugi::xml_node& root, const char* name)
{
  const auto children = root.children(name);
  return static_cast<std::size_t>(std::distance(children.begin(), children.end()));
}

} // namespace

model::Document load_document(const std::filesystem::path& path, const ReadLimits& limits)
{
  const auto opened = open_package_with_main(path, limits);
  return load_main_document(*opened.parts, opened.main_part, limits);
}

model::Document load_document(const PartSource& parts, const ReadLimits& limits)
{
  return load_main_document(parts, find_main_document(parts), limits);
}

model::Document load_main_document(const PartSource& parts, const std::string& main_name,
                                   const ReadLimits& limits)
{
  const auto main = read_tree_part(parts, main_name, limits.max_xml_elements);
  const auto root = root_of(main, "w:document");
  if (!root) {
    throw InputError(InputErrorCode::not_wordprocessing, parts.file(), "no w:document element", main_name);
  }
  const auto linked = read_linked_parts(parts, main_name, limits);

  // Resolvers first: every paragraph and run of the body is resolved through them.
  auto theme = std::make_shared<const Theme>(root_of(linked.theme, "a:theme"));
  const StyleSheet styles(root_of(linked.styles, "w:styles"), theme,
                          theme_font_language(root_of(linked.settings, "w:settings")));
  NumberingResolver numbering(root_of(linked.numbering, "w:numbering"));

  model::Document document;
  document.file = parts.file();
  ReadContext ctx(styles, numbering, document);
  ctx.max_paragraphs = limits.max_paragraphs; // the part limits are enforced by `parts`

  // The main story, then the notes (their anchors come from the body), then the package-wide facts.
  // The properties cache is cleared between parts: equal bytes are equal elements within one part.
  const auto body = root.child("w:body");
  read_body(body, ctx);
  const auto footnotes = root_of(linked.footnotes, "w:footnotes");
  const auto endnotes = root_of(linked.endnotes, "w:endnotes");
  ctx.properties.clear();
  read_notes(footnotes, model::Story::footnote, ctx);
  ctx.properties.clear();
  read_notes(endnotes, model::Story::endnote, ctx);
  ctx.properties.clear();

  std::set<std::string> authors;
  count_revisions(body, document.facts, authors);
  count_revisions(footnotes, document.facts, authors);
  count_revisions(endnotes, document.facts, authors);
  document.facts.revision_authors.assign(authors.begin(), authors.end());
  document.facts.comments = count_children(root_of(linked.comments, "w:comments"), "w:comment");
  document.facts.strict_ooxml = main->strict;
  read_core_properties(parts, document.facts);
  document.stored = read_stored_statistics(parts);
  return document;
}

} // namespace qb::docx

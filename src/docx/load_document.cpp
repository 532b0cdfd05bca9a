#include "docx/load_document.hpp"

#include <iterator>
#include <memory>
#include <set>
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

// The parts the main document points at, parsed. Found by relationship type, never by path; a missing
// relationship or a relationship to a missing part leaves the slot empty.
struct LinkedParts
{
  std::unique_ptr<XmlPart> styles;
  std::unique_ptr<XmlPart> numbering;
  std::unique_ptr<XmlPart> theme;
  std::unique_ptr<XmlPart> settings;
  std::unique_ptr<XmlPart> footnotes;
  std::unique_ptr<XmlPart> endnotes;
  std::unique_ptr<XmlPart> comments;
};

std::unique_ptr<XmlPart> linked_part(const PartSource& parts, const std::vector<Relationship>& relationships,
                                     std::string_view type_suffix, const ReadLimits& limits)
{
  const auto target = find_target(relationships, type_suffix);
  if (!target || !parts.has(*target)) {
    return nullptr;
  }
  return read_xml_part(parts, *target, limits.max_xml_elements);
}

LinkedParts read_linked_parts(const PartSource& parts, const std::string& main_part, const ReadLimits& limits)
{
  const auto relationships = read_relationships(parts, main_part);
  LinkedParts linked;
  linked.styles = linked_part(parts, relationships, "/styles", limits);
  linked.numbering = linked_part(parts, relationships, "/numbering", limits);
  linked.theme = linked_part(parts, relationships, "/theme", limits);
  linked.settings = linked_part(parts, relationships, "/settings", limits);
  linked.footnotes = linked_part(parts, relationships, "/footnotes", limits);
  linked.endnotes = linked_part(parts, relationships, "/endnotes", limits);
  linked.comments = linked_part(parts, relationships, "/comments", limits);
  return linked;
}

pugi::xml_node root_of(const std::unique_ptr<XmlPart>& part, const char* name)
{
  return part ? part->xml.child(name) : pugi::xml_node{};
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
  const auto main = read_xml_part(parts, main_name, limits.max_xml_elements);
  const auto root = main->xml.child("w:document");
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
  const auto body = root.child("w:body");
  ctx.properties.set_part(main.get());
  read_body(body, ctx);
  const auto footnotes = root_of(linked.footnotes, "w:footnotes");
  const auto endnotes = root_of(linked.endnotes, "w:endnotes");
  ctx.properties.set_part(linked.footnotes.get());
  read_notes(footnotes, model::Story::footnote, ctx);
  ctx.properties.set_part(linked.endnotes.get());
  read_notes(endnotes, model::Story::endnote, ctx);
  ctx.properties.set_part(nullptr);

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

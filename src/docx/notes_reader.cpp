#include "docx/notes_reader.hpp"

#include <string_view>

#include "docx/body_reader.hpp"

namespace qb::docx {

void read_notes(const XmlElement& root, model::Story story, ReadContext& ctx)
{
  const std::string_view element = story == model::Story::endnote ? "w:endnote" : "w:footnote";
  const auto& anchors = story == model::Story::endnote ? ctx.endnote_anchors : ctx.footnote_anchors;
  auto& document = ctx.document;
  for (const XmlElement note : root.children()) {
    if (note.name() != element) {
      continue;
    }
    const std::string_view type = note.attribute("w:type");
    if (!type.empty() && type != "normal") {
      continue; // the separator lines Word draws above notes, not notes
    }
    Place place;
    place.story = story;
    place.note_id = note.attribute("w:id");
    if (const auto it = anchors.find(place.note_id); it != anchors.end()) {
      place.anchor = it->second;
      place.section = document.paragraphs[it->second].section;
    } else if (!document.sections.empty()) {
      place.section = document.sections.size() - 1;
    }
    read_story(note, place, ctx);
  }
}

} // namespace qb::docx

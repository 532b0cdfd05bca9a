#include "docx/drawing_reader.hpp"

#include <string_view>

#include "docx/alternate_content_reader.hpp"

namespace qb::docx {

namespace {

bool ends_with(std::string_view text, std::string_view suffix)
{
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Depth-first search for a descendant named `name`, honouring mc:AlternateContent (one branch only).
XmlElement find_descendant(const XmlElement& root, std::string_view name)
{
  std::vector<XmlElement> stack{root};
  while (!stack.empty()) {
    const auto node = stack.back();
    stack.pop_back();
    if (node != root && name == node.name()) {
      return node;
    }
    if (node.name() == "mc:AlternateContent") {
      if (const auto branch = choose_alternate_branch(node)) {
        stack.push_back(branch);
      }
      continue;
    }
    for (auto child = node.last_child(); child; child = child.previous_sibling()) {
      stack.push_back(child);
    }
  }
  return {};
}

model::DrawingKind graphic_kind(const XmlElement& graphic_data)
{
  const std::string_view uri = graphic_data.attribute("uri");
  if (ends_with(uri, "/picture")) {
    return model::DrawingKind::picture;
  }
  if (ends_with(uri, "/chart")) {
    return model::DrawingKind::chart;
  }
  if (ends_with(uri, "/wordprocessingShape") || ends_with(uri, "/wordprocessingGroup") ||
      ends_with(uri, "/wordprocessingCanvas")) {
    return find_descendant(graphic_data, "wps:txbx") ? model::DrawingKind::textbox
                                                     : model::DrawingKind::shape;
  }
  return model::DrawingKind::other;
}

} // namespace

model::Drawing read_drawing(const XmlElement& drawing)
{
  model::Drawing result;
  auto frame = drawing.child("wp:inline");
  if (!frame) {
    frame = drawing.child("wp:anchor");
    result.anchored = static_cast<bool>(frame);
  }
  if (!frame) {
    return result;
  }
  result.description = frame.child("wp:docPr").attribute("descr");
  result.kind = graphic_kind(frame.child("a:graphic").child("a:graphicData"));
  return result;
}

model::Drawing read_vml(const XmlElement& pict)
{
  model::Drawing result;
  result.kind = model::DrawingKind::shape;
  if (find_descendant(pict, "v:imagedata")) {
    result.kind = model::DrawingKind::picture;
  } else if (find_descendant(pict, "v:textbox")) {
    result.kind = model::DrawingKind::textbox;
  }
  for (const XmlElement shape : pict.children()) {
    const std::string_view style = shape.attribute("style");
    if (style.find("position:absolute") != std::string_view::npos) {
      result.anchored = true;
    }
    if (result.description.empty()) {
      result.description = shape.attribute("alt");
    }
  }
  return result;
}

void collect_text_boxes(const XmlElement& graphic, std::vector<XmlElement>& out)
{
  std::vector<XmlElement> stack{graphic};
  while (!stack.empty()) {
    const auto node = stack.back();
    stack.pop_back();
    const std::string_view name = node.name();
    if (name == "w:txbxContent") {
      out.push_back(node);
      continue;
    }
    if (name == "mc:AlternateContent") {
      if (const auto branch = choose_alternate_branch(node)) {
        stack.push_back(branch);
      }
      continue;
    }
    for (auto child = node.last_child(); child; child = child.previous_sibling()) {
      stack.push_back(child);
    }
  }
}

} // namespace qb::docx

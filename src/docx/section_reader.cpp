#include "docx/section_reader.hpp"

#include <limits>
#include <string_view>

#include "docx/value_reader.hpp"

namespace qb::docx {

namespace {

// Page dimensions fit in an int; anything that does not is garbage and reads as "not set".
int twips_attribute(const XmlElement& element, std::string_view name)
{
  const auto value = read_twips(element.attribute(name));
  if (!value || *value > std::numeric_limits<int>::max() || *value < std::numeric_limits<int>::min()) {
    return 0;
  }
  return static_cast<int>(*value);
}

} // namespace

model::Section read_section(const XmlElement& sect_pr)
{
  model::Section section;
  if (const auto size = sect_pr.child("w:pgSz")) {
    section.page_width_twips = twips_attribute(size, "w:w");
    section.page_height_twips = twips_attribute(size, "w:h");
    if (size.attribute("w:orient") == "landscape") {
      section.orientation = model::Orientation::landscape;
    }
  }
  if (const auto margins = sect_pr.child("w:pgMar")) {
    section.margin_top = twips_attribute(margins, "w:top");
    section.margin_bottom = twips_attribute(margins, "w:bottom");
    section.margin_left = twips_attribute(margins, "w:left");
    section.margin_right = twips_attribute(margins, "w:right");
  }
  return section;
}

} // namespace qb::docx

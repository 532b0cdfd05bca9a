#pragma once

#include <string>

#include "template/template_document.hpp"

namespace qb::templating {

// The relationship id of the placeholder picture in word/_rels/document.xml.rels.
inline constexpr const char* k_image_relationship = "rIdImage1";

// The whole package around the three parts the template makes: content types, package and document
// relationships, settings (Word 2013+ compatibility, Chinese as East Asian language) and the picture.
TemplatePackage assemble_package(std::string document_xml, std::string styles_xml, std::string picture_png);

} // namespace qb::templating

#include "template/template_package.hpp"

#include "template/xml_builder.hpp"

namespace qb::templating {
namespace {

constexpr const char* k_package_relationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* k_office_relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* k_wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::string content_types()
{
  pugi::xml_document document;
  pugi::xml_node types = add_element(
      document, "Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
  add_element(
      types, "Default",
      {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  add_element(types, "Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  add_element(types, "Default", {{"Extension", "png"}, {"ContentType", "image/png"}});
  add_element(
      types, "Override",
      {{"PartName", "/word/document.xml"}, {"ContentType", std::string(k_wml) + "document.main+xml"}});
  add_element(types, "Override",
              {{"PartName", "/word/styles.xml"}, {"ContentType", std::string(k_wml) + "styles+xml"}});
  add_element(types, "Override",
              {{"PartName", "/word/settings.xml"}, {"ContentType", std::string(k_wml) + "settings+xml"}});
  return to_part_bytes(document);
}

struct Relationship
{
  std::string id;
  std::string type; // after the officeDocument base
  std::string target;
};

std::string relationships(std::initializer_list<Relationship> entries)
{
  pugi::xml_document document;
  pugi::xml_node root = add_element(document, "Relationships", {{"xmlns", k_package_relationships}});
  for (const auto& entry : entries) {
    add_element(root, "Relationship",
                {{"Id", entry.id}, {"Type", k_office_relationships + entry.type}, {"Target", entry.target}});
  }
  return to_part_bytes(document);
}

std::string settings()
{
  pugi::xml_document document;
  pugi::xml_node root = add_element(
      document, "w:settings", {{"xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}});
  add_value(root, "w:defaultTabStop", "420");
  add_value(root, "w:characterSpacingControl", "compressPunctuation");
  pugi::xml_node compat = add_element(root, "w:compat");
  add_element(compat, "w:compatSetting",
              {{"w:name", "compatibilityMode"},
               {"w:uri", "http://schemas.microsoft.com/office/word"},
               {"w:val", "15"}});
  add_element(root, "w:themeFontLang", {{"w:val", "en-US"}, {"w:eastAsia", "zh-CN"}});
  return to_part_bytes(document);
}

} // namespace

TemplatePackage assemble_package(std::string document_xml, std::string styles_xml, std::string picture_png)
{
  TemplatePackage package;
  package.parts.emplace_back("[Content_Types].xml", content_types());
  package.parts.emplace_back("_rels/.rels", relationships({{"rId1", "officeDocument", "word/document.xml"}}));
  package.parts.emplace_back("word/document.xml", std::move(document_xml));
  package.parts.emplace_back("word/_rels/document.xml.rels",
                             relationships({{"rId1", "styles", "styles.xml"},
                                            {"rId2", "settings", "settings.xml"},
                                            {k_image_relationship, "image", "media/image1.png"}}));
  package.parts.emplace_back("word/styles.xml", std::move(styles_xml));
  package.parts.emplace_back("word/settings.xml", settings());
  package.parts.emplace_back("word/media/image1.png", std::move(picture_png));
  return package;
}

} // namespace qb::templating

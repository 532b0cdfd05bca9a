#include "docx/open_package.hpp"

#include "core/input_error.hpp"
#include "docx/file_sniffer.hpp"
#include "docx/part_names.hpp"
#include "docx/relationships.hpp"
#include "docx/whole_file.hpp"
#include "docx/xml_part.hpp"
#include "docx/zip_package.hpp"

namespace qb::docx {

namespace {

// The content type [Content_Types].xml gives `part`: its Override, else the Default for its extension;
// empty when the package says nothing.
std::string content_type(const PartSource& parts, const std::string& part)
{
  if (!parts.has("[Content_Types].xml")) {
    return {};
  }
  const auto types = read_xml_part(parts, "[Content_Types].xml");
  const pugi::xml_node root = types->xml.child("Types");
  const std::string key = part_key(part);
  for (pugi::xml_node node : root.children("Override")) {
    if (has_part_key(node.attribute("PartName").value(), key)) {
      return node.attribute("ContentType").value();
    }
  }
  const std::size_t dot = key.rfind('.');
  const std::string extension = dot == std::string::npos ? std::string() : key.substr(dot + 1);
  for (pugi::xml_node node : root.children("Default")) {
    if (has_part_key(node.attribute("Extension").value(), extension)) {
      return node.attribute("ContentType").value();
    }
  }
  return {};
}

// .docx, .docm, .dotx and .dotm main parts.
bool is_wordprocessing(std::string_view type)
{
  return type.find("wordprocessingml") != std::string_view::npos ||
         type.rfind("application/vnd.ms-word.", 0) == 0;
}

} // namespace

std::string find_main_document(const PartSource& parts)
{
  const auto target = find_target(package_relationships(parts), "/officeDocument");
  if (!target) {
    throw InputError(InputErrorCode::no_main_document, parts.file());
  }
  const std::string type = content_type(parts, *target);
  if (!type.empty() && !is_wordprocessing(type)) {
    throw InputError(InputErrorCode::not_wordprocessing, parts.file(), type, *target);
  }
  return *target;
}

OpenedPackage open_package_with_main(const std::filesystem::path& path, const ReadLimits& limits)
{
  // A regular file of up to max_file_in_memory is read whole and told apart by its first bytes (one open and
  // read, where sniffing it opened and read it once more); any other is sniffed and read as before.
  if (auto refusal = sniff_status(path)) {
    throw InputError(*refusal->refusal, path.string(), refusal->detail);
  }
  auto bytes = read_whole_file(path, limits.max_file_in_memory);
  const Sniff sniff = bytes ? sniff_head(path, *bytes) : sniff_file(path);
  if (sniff.refusal) {
    throw InputError(*sniff.refusal, path.string(), sniff.detail);
  }
  OpenedPackage opened;
  if (bytes) {
    opened.parts = std::make_unique<ZipPackage>(std::move(*bytes), path.string(), limits);
  } else {
    opened.parts = std::make_unique<ZipPackage>(path, limits);
  }
  opened.main_part = find_main_document(*opened.parts);
  return opened;
}

std::unique_ptr<PartSource> open_package(const std::filesystem::path& path, const ReadLimits& limits)
{
  return open_package_with_main(path, limits).parts;
}

} // namespace qb::docx

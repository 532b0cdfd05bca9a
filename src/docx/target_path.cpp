#include "docx/target_path.hpp"

#include <vector>

namespace qb::docx {

namespace {

// The folder of `part` ("word/document.xml" -> "word", "document.xml" -> "").
std::string_view folder_of(std::string_view part)
{
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash);
}

// True when `path` is one or more segments separated by single slashes, none empty, "." or "..", with no
// backslash or '#': splitting it and joining the segments again gives it back unchanged.
bool plain_path(std::string_view path)
{
  if (path.empty()) {
    return false;
  }
  std::size_t segment_start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    const char c = i < path.size() ? path[i] : '/';
    if (c == '\\' || c == '#') {
      return false;
    }
    if (c != '/') {
      continue;
    }
    const std::string_view segment = path.substr(segment_start, i - segment_start);
    if (segment.empty() || segment == "." || segment == "..") {
      return false;
    }
    segment_start = i + 1;
  }
  return true;
}

} // namespace

std::optional<std::string> resolve_target_by_segments(std::string_view source_part, std::string target)
{
  for (char& c : target) {
    if (c == '\\') {
      c = '/'; // some writers use Windows separators
    }
  }
  if (const std::size_t hash = target.find('#'); hash != std::string::npos) {
    target.erase(hash);
  }
  std::vector<std::string> segments;
  if (target.empty() || target.front() != '/') {
    target = std::string(folder_of(source_part)) + "/" + target;
  }
  std::size_t start = 0;
  while (start <= target.size()) {
    std::size_t end = target.find('/', start);
    if (end == std::string::npos) {
      end = target.size();
    }
    const std::string segment = target.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) {
        return std::nullopt;
      }
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string part;
  for (const std::string& segment : segments) {
    part += (part.empty() ? "" : "/") + segment;
  }
  if (part.empty()) {
    return std::nullopt;
  }
  return part;
}

std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target)
{
  const std::string_view folder = folder_of(source_part);
  if (plain_path(target) && (folder.empty() || plain_path(folder))) {
    std::string part;
    part.reserve(folder.size() + 1 + target.size());
    part += folder;
    if (!folder.empty()) {
      part += '/';
    }
    part += target;
    return part;
  }
  return resolve_target_by_segments(source_part, std::string(target));
}

} // namespace qb::docx

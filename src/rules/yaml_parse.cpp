#include "rules/yaml_parse.hpp"

#include "rules/message_catalog.hpp"

namespace qb::rules {

std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics, std::string_view syntax_message_id)
{
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    // yaml-cpp's marks are 0-based; -1 means "unknown", shown as 0.
    const SourceLocation where{file, error.mark.line >= 0 ? error.mark.line + 1 : 0,
                               error.mark.column >= 0 ? error.mark.column + 1 : 0};
    diagnostics.push_back({where, message(syntax_message_id, {{"detail", error.msg}})});
    return std::nullopt;
  }
}

} // namespace qb::rules

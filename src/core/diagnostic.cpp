#include "core/diagnostic.hpp"

namespace qb {

std::string format_diagnostic(const Diagnostic& diagnostic, Lang lang)
{
  std::string text = diagnostic.where.file;
  if (diagnostic.where.line > 0) {
    text += ":" + std::to_string(diagnostic.where.line);
    if (diagnostic.where.column > 0) {
      text += ":" + std::to_string(diagnostic.where.column);
    }
  }
  return text + ": " + diagnostic.message.in(lang);
}

LoadError::LoadError(std::vector<Diagnostic> diagnostics)
  : m_diagnostics(std::move(diagnostics))
{
  for (const auto& diagnostic : m_diagnostics) {
    if (!m_what.empty()) {
      m_what += "\n";
    }
    m_what += format_diagnostic(diagnostic, Lang::en);
  }
}

} // namespace qb

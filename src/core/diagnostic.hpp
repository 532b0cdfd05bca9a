#pragma once

#include <exception>
#include <string>
#include <vector>

#include "core/localized_text.hpp"

namespace qb {

// A place in a rule, profile or config file (1-based line and column; 0 when unknown).
struct SourceLocation
{
  std::string file;
  int line = 0;
  int column = 0;
};

// One problem found while loading a YAML file, rendered as `file:line:col: message`.
struct Diagnostic
{
  SourceLocation where;
  LocalizedText message;
};

// "file:line:col: message" in `lang`.
std::string format_diagnostic(const Diagnostic& diagnostic, Lang lang);

// Thrown by a loading stage (rules, profile, config) after it has collected every diagnostic of a file.
class LoadError : public std::exception
{
public:
  explicit LoadError(std::vector<Diagnostic> diagnostics);

  const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
  const char* what() const noexcept override { return m_what.c_str(); }

private:
  std::vector<Diagnostic> m_diagnostics;
  std::string m_what;
};

} // namespace qb

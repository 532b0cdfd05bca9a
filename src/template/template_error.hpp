#pragma once

#include <exception>
#include <string>
#include <utility>

#include "core/localized_text.hpp"

namespace qb::templating {

// Thrown when a template cannot be made from a rule set (a part name its own heading patterns reject, a
// generated document that would fail the rule set) or cannot be written. The text comes from the catalogue.
class TemplateError : public std::exception
{
public:
  explicit TemplateError(LocalizedText text)
    : m_text(std::move(text))
  {
  }

  const LocalizedText& text() const { return m_text; }
  const char* what() const noexcept override { return m_text.en.c_str(); }

private:
  LocalizedText m_text;
};

} // namespace qb::templating

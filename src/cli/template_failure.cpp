#include "cli/template_failure.hpp"

#include <exception>
#include <iostream>

#include "cli/command_table.hpp"
#include "core/diagnostic.hpp"
#include "rules/message_catalog.hpp"
#include "template/template_error.hpp"

namespace qb::cli {

int run_reporting_template_failures(const std::string& target, Lang lang, const std::function<int()>& work)
{
  try {
    return work();
  } catch (const LoadError& load_error) {
    for (const auto& diagnostic : load_error.diagnostics()) {
      std::cerr << format_diagnostic(diagnostic, lang) << '\n';
    }
  } catch (const templating::TemplateError& template_error) {
    std::cerr << template_error.text().in(lang) << '\n';
  } catch (const std::exception& failure) {
    std::cerr
        << rules::message("template.error.write", {{"file", target}, {"detail", failure.what()}}).in(lang)
        << '\n';
  }
  return exit_invalid;
}

} // namespace qb::cli

#include "cli/check_pipeline.hpp"

#include <new>

#include "cli/input_error_message.hpp"
#include "core/input_error.hpp"
#include "docx/load_document.hpp"
#include "eval/evaluator.hpp"
#include "rules/message_catalog.hpp"

namespace qb::cli {
namespace {

DocumentResult error_result(const std::filesystem::path& file, std::string code, LocalizedText message)
{
  DocumentResult result;
  result.file = file.string();
  result.status = DocumentStatus::error;
  result.error = DocumentError{std::move(code), std::move(message)};
  return result;
}

DocumentResult input_error_result(const std::filesystem::path& file, const InputError& error)
{
  return error_result(file, "input." + std::string(to_string(error.code())),
                      input_error_message(error, file.string()));
}

DocumentResult profile_error_result(const std::filesystem::path& file, const std::filesystem::path& profile,
                                    const LoadError& error)
{
  auto message =
      rules::message("cli.profile_invalid", {{"file", file.string()}, {"profile", profile.string()}});
  for (const auto& diagnostic : error.diagnostics()) {
    message.zh += "\n  " + format_diagnostic(diagnostic, Lang::zh);
    message.en += "\n  " + format_diagnostic(diagnostic, Lang::en);
  }
  auto result = error_result(file, "profile.invalid", std::move(message));
  result.profile_file = profile.string();
  return result;
}

DocumentResult internal_error_result(const std::filesystem::path& file, const char* what)
{
  return error_result(file, "internal",
                      rules::message("cli.internal_error", {{"file", file.string()}, {"detail", what}}));
}

// The explicit profile, else `<stem>.profile.yaml` / `profile.yaml` beside the document, else none.
std::optional<std::filesystem::path> locate_profile(const std::filesystem::path& file,
                                                    const CheckSettings& settings)
{
  if (settings.profile) {
    return settings.profile;
  }
  return profile::find_profile_for(file);
}

// Runs `step`, turning whatever it throws into the file's error result.
template <typename Step> DocumentResult guarded(const std::filesystem::path& file, Step&& step)
{
  try {
    return step();
  } catch (const InputError& error) {
    return input_error_result(file, error);
  } catch (const std::bad_alloc&) {
    return internal_error_result(file, "out of memory");
  } catch (const std::exception& error) {
    return internal_error_result(file, error.what());
  } catch (...) {
    return internal_error_result(file, "unknown exception");
  }
}

DocumentResult evaluate(const std::filesystem::path& file, const model::Document& document,
                        const CheckSettings& settings)
{
  // Load the profile (a broken one is the document's error, not the run's).
  const auto profile_path = locate_profile(file, settings);
  std::optional<profile::Profile> profile;
  if (profile_path) {
    try {
      profile = profile::load_profile(*profile_path);
    } catch (const LoadError& error) {
      return profile_error_result(file, *profile_path, error);
    }
  }
  // Evaluate every document rule; findings are data, nothing throws past here.
  auto result = eval::evaluate_document(*settings.ruleset, document, profile ? &*profile : nullptr);
  result.file = file.string();
  if (profile) {
    result.profile_file = profile_path->string();
    result.recommender = profile->recommender;
  }
  // Apply the project's level overrides, then the waivers (never turning a result into a pass).
  eval::apply_level_overrides(result.results, settings.levels);
  eval::apply_waivers(result, settings.waivers, settings.today, settings.waiver_usage.get());
  // Re-sort and recompute the status from what is left.
  eval::settle_document(result);
  return result;
}

} // namespace

LoadedFile load_file(const std::filesystem::path& file, const docx::ReadLimits& limits)
{
  LoadedFile loaded{file, std::nullopt, std::nullopt};
  // Every unreadable input ends here with an InputError naming what the file really is.
  auto failure = guarded(file, [&] {
    loaded.document = docx::load_document(file, limits);
    return DocumentResult{};
  });
  if (!loaded.document) {
    loaded.failure = std::move(failure);
  }
  return loaded;
}

DocumentResult check_loaded(LoadedFile&& loaded, const CheckSettings& settings)
{
  if (!loaded.document) {
    return std::move(*loaded.failure);
  }
  auto result = guarded(loaded.file, [&] { return evaluate(loaded.file, *loaded.document, settings); });
  loaded.document.reset(); // the model is freed as soon as its result exists
  return result;
}

DocumentResult check_file(const std::filesystem::path& file, const CheckSettings& settings)
{
  return check_loaded(load_file(file, settings.limits), settings);
}

} // namespace qb::cli

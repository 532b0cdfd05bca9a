#include <catch2/catch.hpp>

#include "cli/command_table.hpp"
#include "cli/exit_status.hpp"

using namespace qb;
using qb::cli::FailOn;

namespace {

DocumentResult document_with(Level level, Outcome outcome)
{
  DocumentResult document;
  document.file = "a.docx";
  RuleResult result;
  result.rule_id = "summary.length";
  result.level = level;
  result.outcome = outcome;
  document.results.push_back(result);
  document.status =
      outcome == Outcome::fail && level == Level::error ? DocumentStatus::fail : DocumentStatus::pass;
  return document;
}

RunResult run_of(std::vector<DocumentResult> documents)
{
  RunResult run;
  run.documents = std::move(documents);
  return run;
}

} // namespace

TEST_CASE("a run where everything passes exits 0", "[cli]")
{
  CHECK(cli::exit_status(run_of({document_with(Level::error, Outcome::pass)}), FailOn::error) ==
        cli::exit_ok);
  CHECK(cli::exit_status(RunResult{}, FailOn::error) == cli::exit_ok);
}

TEST_CASE("an error-level failure exits 1, a warning only with --fail-on warning", "[cli]")
{
  CHECK(cli::exit_status(run_of({document_with(Level::error, Outcome::fail)}), FailOn::error) ==
        cli::exit_failed);
  const auto warning = run_of({document_with(Level::warning, Outcome::fail)});
  CHECK(cli::exit_status(warning, FailOn::error) == cli::exit_ok);
  CHECK(cli::exit_status(warning, FailOn::warning) == cli::exit_failed);
  CHECK(cli::exit_status(run_of({document_with(Level::info, Outcome::fail)}), FailOn::warning) ==
        cli::exit_ok);
}

TEST_CASE("waived and not-checked results never fail a run", "[cli]")
{
  CHECK(cli::exit_status(run_of({document_with(Level::error, Outcome::waived)}), FailOn::warning) ==
        cli::exit_ok);
  CHECK(cli::exit_status(run_of({document_with(Level::error, Outcome::not_checked)}), FailOn::warning) ==
        cli::exit_ok);
}

TEST_CASE("a failed batch rule exits 1", "[cli]")
{
  auto run = run_of({document_with(Level::error, Outcome::pass)});
  run.batch_results.push_back(document_with(Level::error, Outcome::fail).results.front());
  CHECK(cli::exit_status(run, FailOn::error) == cli::exit_failed);
}

TEST_CASE("an unreadable document exits 2 even when others fail", "[cli]")
{
  DocumentResult broken;
  broken.file = "x.doc";
  broken.status = DocumentStatus::error;
  broken.error = DocumentError{"input.legacy_doc", {}};
  CHECK(cli::exit_status(run_of({document_with(Level::error, Outcome::fail), broken}), FailOn::error) ==
        cli::exit_invalid);
}

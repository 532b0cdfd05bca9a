#include "core/result.hpp"

namespace qb {

std::string_view to_string(Level level)
{
  switch (level) {
  case Level::error: return "error";
  case Level::warning: return "warning";
  case Level::info: return "info";
  }
  return "error";
}

std::string_view to_string(Outcome outcome)
{
  switch (outcome) {
  case Outcome::pass: return "pass";
  case Outcome::fail: return "fail";
  case Outcome::not_checked: return "not_checked";
  case Outcome::waived: return "waived";
  }
  return "fail";
}

std::string_view to_string(DocumentStatus status)
{
  switch (status) {
  case DocumentStatus::pass: return "pass";
  case DocumentStatus::fail: return "fail";
  case DocumentStatus::error: return "error";
  }
  return "error";
}

} // namespace qb

#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace qb::profile {

// The figures the SME standard (工信部联企业〔2011〕300号) classifies by. Stable strings: "employees",
// "revenue", "total_assets" (the profile keys of the same figures).
enum class SmeFigure { employees, revenue, total_assets };
// Enterprise size classes, largest first. Stable strings: "large", "medium", "small", "micro".
enum class SmeClass { large, medium, small, micro };

std::string_view to_string(SmeFigure figure);
std::string_view to_string(SmeClass size);

// A lower bound: the figure must be at least `min` (从业人员 in people, the others in 万元).
struct SmeBound
{
  SmeFigure figure = SmeFigure::employees;
  double min = 0;
};

// One industry row. A tier is reached when ALL of its lower bounds are met (且); an enterprise that misses a
// tier's bounds drops to the next tier; one below either bound of `small` is micro (或). `large` holds the
// SME ceiling: reaching all of its bounds means the enterprise is not an SME.
struct SmeIndustry
{
  std::string name;                  // "工业", as the profile's `industry` names it
  std::string name_en;               // "Industry"
  std::vector<std::string> includes; // other names accepted for it ("制造业", "采矿业", ...)
  std::vector<SmeBound> large;
  std::vector<SmeBound> medium;
  std::vector<SmeBound> small;
  SourceLocation where;

  // Every figure any tier uses, in enum order.
  std::vector<SmeFigure> figures() const;
};

// The whole table, as rules/sme-2011.yaml defines it.
struct SmeTable
{
  std::string standard; // "工信部联企业〔2011〕300号"
  std::vector<SmeIndustry> industries;

  // The industry whose name or one of whose `includes` is `name`, or null.
  const SmeIndustry* find(std::string_view name) const;
  // Every industry name, in table order.
  std::vector<std::string> names() const;
};

// Loads a table; throws LoadError with every diagnostic (line:col, unknown keys and figures, missing tiers,
// a tier whose bound exceeds the tier above it, duplicate industries).
SmeTable load_sme_table(const std::filesystem::path& path);
// The same over YAML text; `label` names it in diagnostics.
SmeTable load_sme_table_text(std::string_view yaml, const std::string& label);
// The table a rule set names (RulesetData::sme_table_file): that file when it exists, else the built-in copy
// of its file name (rules/sme-2011.yaml compiled into the binary); throws LoadError when neither exists.
SmeTable load_sme_table_for(const std::string& table_file);

// The table of a rule set (RulesetData::sme_table_file), as load_sme_table_for gives it. A table from a file
// is loaded at once, so that a broken one is a load error of the rule set; the built-in table
// (rules/sme-2011.yaml, known valid) is loaded on first use, once per process (thread-safe): only a profile
// with figures needs it, and parsing it cost a quarter of qbcheck's start-up.
class SmeTableSource
{
public:
  // Throws LoadError as load_sme_table_for does.
  explicit SmeTableSource(const std::string& table_file);

  const SmeTable& table() const;
  bool is_builtin() const { return !m_loaded.has_value(); }

private:
  std::optional<SmeTable> m_loaded; // the table read from a file; empty for the built-in one
};

} // namespace qb::profile

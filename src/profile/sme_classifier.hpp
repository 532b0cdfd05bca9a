#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"
#include "profile/sme_table.hpp"

namespace qb::profile {

// The figures of one enterprise (previous year); nullopt when the profile does not give them.
struct SmeFigures
{
  std::optional<double> employees;    // 从业人员, people
  std::optional<double> revenue;      // 营业收入, 万元
  std::optional<double> total_assets; // 资产总额, 万元
};

// The outcome of classifying one enterprise.
struct SmeClassification
{
  std::optional<SmeClass> size; // nullopt: not classifiable (see `reason`)
  LocalizedText size_name;      // 中型 / medium; empty when not classifiable
  LocalizedText reason; // "工业：从业人员 860 人 ≥ 300 且营业收入 52000 万元 ≥ 2000 万元 → 中型"
  std::vector<SmeFigure> missing; // figures the industry needs that were not given
  bool unknown_industry = false;  // the industry is not in the table (or none was given)
};

// Classifies by `table` (pure: no I/O). A tier is reached when all of its lower bounds are met; missing
// a tier drops to the next; below either bound of `small` is micro. The reason names the figures compared,
// and for a class below large which bound of the tier above was missed.
SmeClassification classify_sme(const SmeTable& table, std::string_view industry, const SmeFigures& figures);

} // namespace qb::profile

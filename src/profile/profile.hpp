#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace qb::profile {

// The four areas of 二（二） in which an applicant must have no violations or bad records, in report order.
inline constexpr const char* k_record_areas[] = {"quality", "integrity", "safety", "environment"};

// A violation or bad record in one of the four areas of 二（二）.
struct Record
{
  std::string area; // "quality", "integrity", "safety", "environment"
  std::string description;
  std::optional<int> year;
  SourceLocation where; // the record in the profile file
};

// The applicant profile (samples/profile.yaml documents every field). Absent optional fields mean "not
// given": rules that need them report not_checked, never pass.
struct Profile
{
  std::string file;                           // where it was loaded from
  std::string name;                           // 企业名称
  std::optional<bool> legal_person;           // 独立法人
  std::string industry;                       // an SME-table industry, e.g. "工业"
  std::optional<double> employees;            // 从业人员 (previous year)
  std::optional<double> revenue;              // 营业收入, 万元
  std::optional<double> total_assets;         // 资产总额, 万元
  std::map<int, double> net_profit;           // year -> net profit, 万元
  std::optional<std::vector<Record>> records; // nullopt: not stated; empty: stated clean
  std::optional<int> method_since;            // year the method was introduced
  std::optional<bool> commit_sharing;         // 承诺参与分享交流
  std::string recommender;                    // 推荐单位
  std::optional<int> henan_benchmark_year; // Henan route: year it became a Henan provincial quality benchmark
  std::optional<bool>
      reported_to_local; // 附件3 route: reported (报备) to the local and provincial departments
  std::optional<std::string> submission_date;            // ISO date, e.g. "2020-06-20"
  std::string scope_category;                            // 附件1 一（一）-（五）, optional
  SourceLocation where;                                  // for messages pointing into the profile
  std::map<std::string, SourceLocation> field_locations; // key -> line:col
};

// The profile keys, in template order (docs/profile.md documents each). A key is "given" when it appears in
// Profile::field_locations.
const std::vector<std::string_view>& profile_keys();

// Loads a profile; throws LoadError with every diagnostic (line:col, types, unknown keys, bad years and
// dates, missing record areas), all of them at once. An unreadable file is one diagnostic without line.
Profile load_profile(const std::filesystem::path& path);
// The same over YAML text; `label` names it in diagnostics and becomes Profile::file.
Profile load_profile_text(std::string_view yaml, const std::string& label);

// The profile for `document`: `<stem>.profile.yaml` beside it, else `profile.yaml` in its folder; nullopt if
// none.
std::optional<std::filesystem::path> find_profile_for(const std::filesystem::path& document);

} // namespace qb::profile

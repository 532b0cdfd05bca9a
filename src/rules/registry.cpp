#include "rules/registry.hpp"

#include <algorithm>

#include "rules/kinds/batch_unique_rule.hpp"
#include "rules/kinds/captions_rule.hpp"
#include "rules/kinds/content_presence_rule.hpp"
#include "rules/kinds/hygiene_rule.hpp"
#include "rules/kinds/mode_disagreement_rule.hpp"
#include "rules/kinds/page_setup_rule.hpp"
#include "rules/kinds/paragraph_style_rule.hpp"
#include "rules/kinds/part_length_rule.hpp"
#include "rules/kinds/profile_fact_rule.hpp"
#include "rules/kinds/profit_years_rule.hpp"
#include "rules/kinds/recommender_rule.hpp"
#include "rules/kinds/section_outline_rule.hpp"
#include "rules/kinds/sme_class_rule.hpp"
#include "rules/kinds/text_pattern_rule.hpp"

namespace qb::rules {

const std::vector<KindEntry>& kind_table()
{
  // One row per kind, sorted by name (`qbcheck rules kinds` prints this table).
  static const std::vector<KindEntry> table{
      {"batch_unique", "at most N submissions per recommending unit over a batch", make_batch_unique_rule},
      {"captions", "position and numbering of table and figure captions", make_captions_rule},
      {"content_presence", "figures/tables, years, items a part mentions", make_content_presence_rule},
      {"hygiene", "tracked changes, comments or hidden text left in the document", make_hygiene_rule},
      {"mode_disagreement", "a part within its limit in one counting mode but over it in the other",
       make_mode_disagreement_rule},
      {"page_setup", "paper size and orientation of every section", make_page_setup_rule},
      {"paragraph_style", "font, size, bold, alignment, line spacing of a scope", make_paragraph_style_rule},
      {"part_length", "字 count of a part against a maximum or minimum", make_part_length_rule},
      {"profile_fact", "a field of the applicant profile compared with a value", make_profile_fact_rule},
      {"profit_years", "net profit above a minimum in each of the listed years", make_profit_years_rule},
      {"recommender", "the recommending unit: a local department or a listed unit", make_recommender_rule},
      {"section_outline", "every part present, and the parts in the required order",
       make_section_outline_rule},
      {"sme_class", "SME size class of the applicant (information)", make_sme_class_rule},
      {"text_pattern", "text of a scope against ICU regexes, applicant name", make_text_pattern_rule},
  };
  return table;
}

const KindEntry* find_kind(std::string_view name)
{
  const auto& table = kind_table();
  auto it = std::lower_bound(table.begin(), table.end(), name,
                             [](const KindEntry& entry, std::string_view key) { return entry.name < key; });
  if (it == table.end() || it->name != name) {
    return nullptr;
  }
  return &*it;
}

} // namespace qb::rules

#include "rules/kinds/page_setup_rule.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include "eval/scope.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"

namespace qb::rules {
namespace {

constexpr double k_mm_per_twip = 25.4 / 1440.0;
constexpr double k_name_tolerance_mm = 1.0;

// Common paper sizes, portrait, in mm: only used to name the size a document has.
struct PaperName
{
  std::string_view name;
  double width_mm;
  double height_mm;
};
constexpr std::array<PaperName, 10> k_papers{{
    {"A3", 297, 420},
    {"A4", 210, 297},
    {"A5", 148, 210},
    {"B4 (JIS)", 257, 364},
    {"B5 (JIS)", 182, 257},
    {"B5 (ISO)", 176, 250},
    {"16K", 184, 260},
    {"Letter", 215.9, 279.4},
    {"Legal", 215.9, 355.6},
    {"Executive", 184.2, 266.7},
}};

std::string_view paper_name(double width_mm, double height_mm)
{
  const double short_side = std::min(width_mm, height_mm);
  const double long_side = std::max(width_mm, height_mm);
  for (const auto& paper : k_papers) {
    if (std::abs(paper.width_mm - short_side) <= k_name_tolerance_mm &&
        std::abs(paper.height_mm - long_side) <= k_name_tolerance_mm) {
      return paper.name;
    }
  }
  return {};
}

LocalizedText section_label(std::size_t index)
{
  return message("kinds.page.section", {{"n", std::to_string(index + 1)}});
}

// The first paragraph of section `index` (sections end at Section::last_paragraph).
std::size_t section_first_paragraph(const model::Document& document, std::size_t index)
{
  return index == 0 ? 0 : document.sections[index - 1].last_paragraph + 1;
}

DocumentLocation section_location(const DocumentContext& context, std::size_t index,
                                  const LocalizedText& detail)
{
  const std::size_t first = section_first_paragraph(context.document, index);
  DocumentLocation location;
  if (first < context.document.paragraphs.size()) {
    location = eval::locate_paragraph(context, first);
  }
  location.place =
      MessageArgs().add("place", section_label(index)).add("detail", detail).message("kinds.style.at");
  return location;
}

bool near(int value, int expected, int tolerance)
{
  return std::abs(value - expected) <= tolerance;
}

} // namespace

LocalizedText describe_page_size(int width_twips, int height_twips)
{
  const double width_mm = width_twips * k_mm_per_twip;
  const double height_mm = height_twips * k_mm_per_twip;
  MessageArgs args;
  args.add("width", format_number(width_mm, 1)).add("height", format_number(height_mm, 1));
  const std::string_view name = paper_name(width_mm, height_mm);
  if (name.empty()) {
    return args.message("kinds.page.size");
  }
  return args.add("name", std::string(name)).message("kinds.page.size_named");
}

PageSetupRule::PageSetupRule(RuleSpec spec, PageCheck check, PageExpectation expected,
                             std::size_t report_first)
  : Rule(std::move(spec))
  , m_check(check)
  , m_expected(expected)
  , m_report_first(report_first)
{
}

RuleResult PageSetupRule::evaluate(const DocumentContext& context) const
{
  return m_check == PageCheck::size ? evaluate_size(context) : evaluate_orientation(context);
}

RuleResult PageSetupRule::evaluate_size(const DocumentContext& context) const
{
  const auto& sections = context.document.sections;
  const LocalizedText expected = describe_page_size(m_expected.width_twips, m_expected.height_twips);
  std::vector<std::size_t> failing;
  std::size_t known = 0;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const int width = sections[i].page_width_twips;
    const int height = sections[i].page_height_twips;
    if (width <= 0 || height <= 0) {
      continue;
    }
    ++known;
    const int tolerance = m_expected.tolerance_twips;
    const bool upright =
        near(width, m_expected.width_twips, tolerance) && near(height, m_expected.height_twips, tolerance);
    const bool turned =
        near(width, m_expected.height_twips, tolerance) && near(height, m_expected.width_twips, tolerance);
    if (!upright && !turned) {
      failing.push_back(i);
    }
  }
  if (known == 0) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = message("kinds.page.size_unknown");
    return result;
  }
  RuleResult result = make_result(failing.empty() ? Outcome::pass : Outcome::fail);
  result.expected = expected.zh;
  if (failing.empty()) {
    result.actual = expected.zh;
    return result;
  }
  std::vector<LocalizedText> labels;
  for (std::size_t index : failing) {
    const LocalizedText found =
        describe_page_size(sections[index].page_width_twips, sections[index].page_height_twips);
    labels.push_back(section_label(index));
    if (result.locations.size() < m_report_first) {
      result.locations.push_back(section_location(context, index, found));
    }
  }
  const auto& first = sections[failing.front()];
  const LocalizedText actual = describe_page_size(first.page_width_twips, first.page_height_twips);
  result.actual = actual.zh;
  result.message = MessageArgs()
                       .add("actual", actual)
                       .add("expected", expected)
                       .add("section", join(labels))
                       .add("count", std::to_string(failing.size()))
                       .fill(spec().message);
  return result;
}

RuleResult PageSetupRule::evaluate_orientation(const DocumentContext& context) const
{
  const auto& sections = context.document.sections;
  const bool want_portrait = m_expected.orientation == model::Orientation::portrait;
  std::vector<std::size_t> failing;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const auto& section = sections[i];
    const bool sized = section.page_width_twips > 0 && section.page_height_twips > 0;
    const bool portrait = section.orientation == model::Orientation::portrait &&
                          (!sized || section.page_width_twips < section.page_height_twips);
    if (portrait != want_portrait) {
      failing.push_back(i);
    }
  }
  const LocalizedText expected = message(want_portrait ? "kinds.page.portrait" : "kinds.page.landscape");
  const LocalizedText other = message(want_portrait ? "kinds.page.landscape" : "kinds.page.portrait");
  RuleResult result = make_result(failing.empty() ? Outcome::pass : Outcome::fail);
  result.expected = expected.zh;
  result.actual = failing.empty() ? expected.zh : other.zh;
  if (failing.empty()) {
    return result;
  }
  std::vector<LocalizedText> labels;
  for (std::size_t index : failing) {
    const auto& section = sections[index];
    const LocalizedText detail =
        MessageArgs()
            .add("orientation", other)
            .add("size", describe_page_size(section.page_width_twips, section.page_height_twips))
            .message("kinds.page.orientation_found");
    labels.push_back(section_label(index));
    if (result.locations.size() < m_report_first) {
      result.locations.push_back(section_location(context, index, detail));
    }
  }
  result.message = MessageArgs()
                       .add("actual", other)
                       .add("expected", expected)
                       .add("section", join(labels))
                       .add("count", std::to_string(failing.size()))
                       .fill(spec().message);
  return result;
}

std::unique_ptr<Rule> make_page_setup_rule(RuleSpec spec, ParamReader& params, const RulesetData& /*data*/)
{
  bool valid = true;
  const auto check = params.choice("check", {"size", "orientation"}, Need::required);
  PageExpectation expected;
  if (check == "size") {
    const auto read_twips = [&](std::string_view key, int& out, std::int64_t minimum) {
      if (auto value = read_count(params, key, minimum, valid)) {
        out = static_cast<int>(std::min<std::size_t>(*value, 1'000'000));
      }
    };
    read_twips("width", expected.width_twips, 1);
    read_twips("height", expected.height_twips, 1);
    read_twips("tolerance", expected.tolerance_twips, 0);
  } else if (check == "orientation") {
    const auto orientation = params.choice("orientation", {"portrait", "landscape"});
    note_invalid(params, "orientation", orientation.has_value(), valid);
    if (orientation == "landscape") {
      expected.orientation = model::Orientation::landscape;
    }
  }
  const std::size_t report_first = read_count(params, "report_first", 0, valid).value_or(5);
  if (!check || !valid) {
    return nullptr;
  }
  return std::make_unique<PageSetupRule>(
      std::move(spec), *check == "size" ? PageCheck::size : PageCheck::orientation, expected, report_first);
}

} // namespace qb::rules

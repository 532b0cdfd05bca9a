#include "rules/kinds/paragraph_style_rule.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "eval/outline.hpp"
#include "model/document.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/message_catalog.hpp"
#include "rules/param_reader.hpp"
#include "rules/ruleset.hpp"
#include "text/char_class.hpp"

namespace qb::rules {
namespace {

enum class Property : std::size_t { font, size, bold, alignment, line_spacing };
constexpr std::size_t k_property_count = 5;
constexpr std::array<std::string_view, k_property_count> k_property_ids{"font", "size", "bold", "alignment",
                                                                        "line_spacing"};
constexpr double k_size_tolerance_pt = 0.05;
constexpr int k_single_line = 240;

// How many characters of one property were judged, how many deviate, and which values were found instead.
struct Tally
{
  double checked = 0;
  double deviating = 0;
  std::map<std::string, std::pair<LocalizedText, double>> found; // keyed by the zh text

  void deviate(const LocalizedText& value, double weight)
  {
    deviating += weight;
    auto& slot = found[value.zh];
    slot.first = value;
    slot.second += weight;
  }
  double share() const { return checked > 0 ? deviating / checked : 0.0; }
  const LocalizedText& most_found() const
  {
    auto best = std::max_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return a.second.second < b.second.second;
    });
    return best->second.first;
  }
};

// One deviation in one paragraph, kept to build locations once the failing properties are known.
struct Finding
{
  std::size_t paragraph;
  Property property;
  LocalizedText found;
};

struct RunChars
{
  std::size_t all = 0;   // characters a reader sees (blanks and invisible format characters left out)
  std::size_t asian = 0; // those set in the East Asian font
};

RunChars count_chars(const model::Run& run)
{
  RunChars chars;
  std::size_t pos = 0;
  while (pos < run.text.size()) {
    const char32_t code_point = next_code_point(run.text, pos);
    switch (text::classify(static_cast<std::int32_t>(code_point))) {
    case text::CharClass::ignored:
    case text::CharClass::breaking:
    case text::CharClass::blank: break;
    case text::CharClass::asian:
    case text::CharClass::hanzi:
      ++chars.all;
      ++chars.asian;
      break;
    case text::CharClass::ambiguous:
      // Quotes, dashes, ellipses: Word sets them in the East Asian font when the run is hinted so.
      ++chars.all;
      if (run.props.fonts.hint == model::FontHint::east_asia) {
        ++chars.asian;
      }
      break;
    case text::CharClass::extend:
    case text::CharClass::other: ++chars.all; break;
    }
  }
  return chars;
}

bool counts_as_text(const model::Run& run)
{
  return !run.hidden && (run.kind == model::RunKind::text || run.kind == model::RunKind::math);
}

LocalizedText describe_font(const std::string& font)
{
  return font.empty() ? message("kinds.style.font_unset") : LocalizedText{font, font};
}

LocalizedText describe_size(double points, const RulesetData& data)
{
  const std::string shown = format_number(points, 2);
  for (const auto& [name, size] : data.size_names) {
    if (std::abs(size - points) < k_size_tolerance_pt) {
      return message("kinds.style.size_named", {{"points", shown}, {"name", name}});
    }
  }
  return message("kinds.style.size_points", {{"points", shown}});
}

LocalizedText describe_bold(bool bold)
{
  return message(bold ? "kinds.style.bold" : "kinds.style.regular");
}

LocalizedText describe_alignment(model::Alignment alignment)
{
  return message("kinds.align." + std::string(model::to_string(alignment)));
}

LocalizedText describe_spacing(const model::LineSpacing& spacing)
{
  const int line = spacing.line.value_or(k_single_line);
  switch (spacing.rule) {
  case model::LineRule::auto_rule:
    if (line == k_single_line) {
      return message("kinds.spacing.single");
    }
    return message("kinds.spacing.multiple", {{"n", format_number(line / 240.0, 2)}});
  case model::LineRule::exact:
    return message("kinds.spacing.exact", {{"points", format_number(line / 20.0, 1)}});
  case model::LineRule::at_least:
    return message("kinds.spacing.at_least", {{"points", format_number(line / 20.0, 1)}});
  }
  return message("kinds.spacing.single");
}

LocalizedText describe_expected(Property property, const StyleExpectation& expected, const RulesetData& data)
{
  switch (property) {
  case Property::font: return describe_font(*expected.font);
  case Property::size: {
    LocalizedText text = describe_size(*expected.size_pt, data);
    return text;
  }
  case Property::bold: return describe_bold(*expected.bold);
  case Property::alignment: return describe_alignment(*expected.alignment);
  case Property::line_spacing:
    return describe_spacing(model::LineSpacing{expected.line_240ths, model::LineRule::auto_rule});
  }
  return {};
}

bool is_set(Property property, const StyleExpectation& expected)
{
  switch (property) {
  case Property::font: return expected.font.has_value();
  case Property::size: return expected.size_pt.has_value();
  case Property::bold: return expected.bold.has_value();
  case Property::alignment: return expected.alignment.has_value();
  case Property::line_spacing: return expected.line_240ths.has_value();
  }
  return false;
}

bool spacing_matches(const model::LineSpacing& spacing, int expected_240ths)
{
  // Single spacing is lineRule auto (or absent) with line 240, or no w:line anywhere in the chain.
  if (spacing.rule != model::LineRule::auto_rule) {
    return false;
  }
  return spacing.line.value_or(k_single_line) == expected_240ths;
}

// Judges the paragraphs of a scope one by one, filling the tallies and the findings.
class StyleJudge
{
public:
  StyleJudge(const StyleExpectation& expected, const DocumentContext& context)
    : m_expected(expected)
    , m_data(context.data)
    , m_context(context)
    , m_per_run(expected.font || expected.size_pt || expected.bold)
  {
  }

  // Judges the paragraph at `position` in the document.
  void judge(std::size_t position)
  {
    const model::Paragraph& paragraph = m_context.document.paragraphs[position];
    if (!m_per_run) {
      // Only paragraph properties are judged, weighted by the characters a reader sees: exactly the counter's
      // characters without the list label (wps mode), which the outline has or will have counted anyway.
      const auto& counts =
          m_context.outline.paragraph_counts(m_context.document, position, text::CountingMode::wps);
      judge_paragraph(paragraph, static_cast<double>(counts.characters));
      return;
    }
    if (judge_uniform(paragraph, position)) {
      return;
    }
    std::size_t all = 0;
    std::size_t bold_chars = 0;
    m_run_chars.clear(); // each run's characters, counted once for both passes
    for (const auto& run : paragraph.runs) {
      const RunChars chars = counts_as_text(run) ? count_chars(run) : RunChars{};
      m_run_chars.push_back(chars);
      all += chars.all;
      bold_chars += run.props.bold.value ? chars.all : 0;
    }
    const bool bold_allowed = may_stay_bold(paragraph, all, bold_chars);
    for (std::size_t i = 0; i < paragraph.runs.size(); ++i) {
      if (counts_as_text(paragraph.runs[i])) {
        judge_run(paragraph.index, paragraph.runs[i], m_run_chars[i], bold_allowed);
      }
    }
    judge_paragraph(paragraph, static_cast<double>(all));
  }

  const Tally& tally(Property property) const { return m_tallies[static_cast<std::size_t>(property)]; }
  const std::vector<Finding>& findings() const { return m_findings; }

private:
  // Judges at once a paragraph whose text runs share one East Asian font, size and boldness and that deviates
  // in nothing, from the outline's remembered word-mode counts (its characters and Asian characters, with
  // ambiguous ones Asian by the run's hint, as count_chars has them): the tallies get exactly the sums the
  // run-by-run path adds (integers, exact in a double). False, with nothing recorded, for any other
  // paragraph: a deviation's findings follow the runs' order, and a list label is in the word-mode counts.
  bool judge_uniform(const model::Paragraph& paragraph, std::size_t position)
  {
    if (paragraph.props.numbering) {
      return false;
    }
    const model::Run* first = nullptr;
    for (const auto& run : paragraph.runs) {
      if (!counts_as_text(run)) {
        continue;
      }
      if (first == nullptr) {
        first = &run;
      } else if (run.props.fonts.east_asia.value != first->props.fonts.east_asia.value ||
                 run.props.size_pt.value != first->props.size_pt.value ||
                 run.props.bold.value != first->props.bold.value) {
        return false;
      }
    }
    if (first == nullptr) {
      judge_paragraph(paragraph, 0.0);
      return true;
    }
    const auto& counts =
        m_context.outline.paragraph_counts(m_context.document, position, text::CountingMode::word);
    const auto all = static_cast<std::size_t>(counts.characters);
    const auto asian = static_cast<std::size_t>(counts.asian);
    const model::RunProperties& props = first->props;
    const std::string& font = props.fonts.east_asia.value;
    const bool font_ok = !m_expected.font || asian == 0 || expected_font(font);
    const bool size_ok = !m_expected.size_pt || all == 0 ||
                         std::abs(props.size_pt.value - *m_expected.size_pt) < k_size_tolerance_pt;
    const bool bold = props.bold.value;
    const bool bold_ok = !m_expected.bold || all == 0 || bold == *m_expected.bold ||
                         (bold && may_stay_bold(paragraph, all, all));
    if (!font_ok || !size_ok || !bold_ok) {
      return false;
    }
    if (m_expected.font && asian > 0) {
      m_tallies[static_cast<std::size_t>(Property::font)].checked += static_cast<double>(asian);
    }
    if (all > 0 && m_expected.size_pt) {
      m_tallies[static_cast<std::size_t>(Property::size)].checked += static_cast<double>(all);
    }
    if (all > 0 && m_expected.bold) {
      m_tallies[static_cast<std::size_t>(Property::bold)].checked += static_cast<double>(all);
    }
    judge_paragraph(paragraph, static_cast<double>(all));
    return true;
  }

  // Whether `font` is the expected font (RulesetData::font_matches, which folds case and looks through the
  // aliases), remembered for the last font asked about: a document's runs use a few fonts, one after another.
  bool expected_font(const std::string& font)
  {
    if (!m_last_font || *m_last_font != font) {
      m_last_font = font;
      m_last_font_matches = !font.empty() && m_data.font_matches(font, *m_expected.font);
    }
    return m_last_font_matches;
  }

  bool may_stay_bold(const model::Paragraph& paragraph, std::size_t all, std::size_t bold_chars) const
  {
    if (!m_expected.allow_bold_subheadings || all == 0 || bold_chars != all) {
      return false;
    }
    return paragraph.props.outline_level.has_value() || all <= m_expected.subheading_max_chars;
  }

  void judge_run(std::size_t paragraph, const model::Run& run, const RunChars& chars, bool bold_allowed)
  {
    if (m_expected.font && chars.asian > 0) {
      const std::string& font = run.props.fonts.east_asia.value;
      const bool ok = expected_font(font);
      record(paragraph, Property::font, static_cast<double>(chars.asian), ok,
             [&] { return describe_font(font); });
    }
    if (chars.all == 0) {
      return;
    }
    const auto weight = static_cast<double>(chars.all);
    if (m_expected.size_pt) {
      const double size = run.props.size_pt.value;
      const bool ok = std::abs(size - *m_expected.size_pt) < k_size_tolerance_pt;
      record(paragraph, Property::size, weight, ok, [&] { return describe_size(size, m_data); });
    }
    if (m_expected.bold) {
      const bool bold = run.props.bold.value;
      const bool ok = bold == *m_expected.bold || (bold && bold_allowed);
      record(paragraph, Property::bold, weight, ok, [&] { return describe_bold(bold); });
    }
  }

  void judge_paragraph(const model::Paragraph& paragraph, double weight)
  {
    if (weight <= 0) {
      return;
    }
    if (m_expected.alignment) {
      const model::Alignment alignment = paragraph.props.alignment.value;
      record(paragraph.index, Property::alignment, weight, alignment == *m_expected.alignment,
             [&] { return describe_alignment(alignment); });
    }
    if (m_expected.line_240ths) {
      const auto& spacing = paragraph.props.line_spacing;
      record(paragraph.index, Property::line_spacing, weight,
             spacing_matches(spacing, *m_expected.line_240ths), [&] { return describe_spacing(spacing); });
    }
  }

  // `describe` gives the value found; it is only called for a deviation (building the text costs more than
  // judging a run).
  template <typename Describe>
  void record(std::size_t paragraph, Property property, double weight, bool ok, const Describe& describe)
  {
    Tally& tally = m_tallies[static_cast<std::size_t>(property)];
    tally.checked += weight;
    if (ok) {
      return;
    }
    const LocalizedText found = describe();
    tally.deviate(found, weight);
    const bool seen = std::any_of(m_findings.begin(), m_findings.end(), [&](const Finding& finding) {
      return finding.paragraph == paragraph && finding.property == property;
    });
    if (!seen) {
      m_findings.push_back(Finding{paragraph, property, found});
    }
  }

  const StyleExpectation& m_expected;
  const RulesetData& m_data;
  const DocumentContext& m_context;
  const bool
      m_per_run; // some run property (font, size, bold) is judged, so each run's characters are counted
  std::array<Tally, k_property_count> m_tallies;
  std::vector<Finding> m_findings;
  std::vector<RunChars> m_run_chars;
  std::optional<std::string> m_last_font; // the last font expected_font() judged
  bool m_last_font_matches = false;
};

LocalizedText describe_difference(Property property, const LocalizedText& found,
                                  const LocalizedText& expected)
{
  const std::string property_id =
      "kinds.style.property." + std::string(k_property_ids[static_cast<std::size_t>(property)]);
  return MessageArgs()
      .add("property", message(property_id))
      .add("actual", found)
      .add("expected", expected)
      .message("kinds.style.differs");
}

} // namespace

ParagraphStyleRule::ParagraphStyleRule(RuleSpec spec, eval::Scope scope, StyleExpectation expected,
                                       double max_deviation, std::size_t report_first)
  : Rule(std::move(spec))
  , m_scope(std::move(scope))
  , m_expected(std::move(expected))
  , m_max_deviation(max_deviation)
  , m_report_first(report_first)
{
}

RuleResult ParagraphStyleRule::evaluate(const DocumentContext& context) const
{
  if (!eval::scope_available(context, m_scope)) {
    RuleResult result = make_result(Outcome::not_checked);
    result.message = message("kinds.scope.unavailable");
    return result;
  }
  StyleJudge judge(m_expected, context);
  for (std::size_t index : eval::select_scope(context, m_scope)) {
    judge.judge(index);
  }

  std::array<bool, k_property_count> failing{};
  std::array<LocalizedText, k_property_count> expected_of; // by property, for those set
  std::vector<LocalizedText> summaries;
  std::vector<LocalizedText> expectations;
  double worst_share = 0;
  for (std::size_t i = 0; i < k_property_count; ++i) {
    const auto property = static_cast<Property>(i);
    if (!is_set(property, m_expected)) {
      continue;
    }
    expected_of[i] = describe_expected(property, m_expected, context.data);
    const LocalizedText& expected = expected_of[i];
    expectations.push_back(expected);
    const Tally& tally = judge.tally(property);
    if (tally.deviating <= 0 || tally.share() <= m_max_deviation + 1e-12) {
      continue;
    }
    failing[i] = true;
    worst_share = std::max(worst_share, tally.share());
    summaries.push_back(MessageArgs()
                            .add("detail", describe_difference(property, tally.most_found(), expected))
                            .add("share", format_percent(tally.share()))
                            .message("kinds.style.summary"));
  }

  RuleResult result = make_result(summaries.empty() ? Outcome::pass : Outcome::fail);
  result.expected = "≤ " + format_percent(m_max_deviation);
  result.actual = format_percent(worst_share);
  if (summaries.empty()) {
    return result;
  }

  // One location per offending paragraph (document order), naming every failing property found there. Only
  // the first `report_first` paragraphs are described (a document set in the wrong font has hundreds).
  std::vector<std::size_t> paragraphs;
  for (const Finding& finding : judge.findings()) {
    if (failing[static_cast<std::size_t>(finding.property)]) {
      paragraphs.push_back(finding.paragraph);
    }
  }
  std::sort(paragraphs.begin(), paragraphs.end());
  paragraphs.erase(std::unique(paragraphs.begin(), paragraphs.end()), paragraphs.end());
  const auto reported_end =
      paragraphs.begin() + static_cast<std::ptrdiff_t>(std::min(paragraphs.size(), m_report_first));
  std::map<std::size_t, std::vector<LocalizedText>> details;
  for (const Finding& finding : judge.findings()) {
    const auto property = static_cast<std::size_t>(finding.property);
    if (failing[property] && std::binary_search(paragraphs.begin(), reported_end, finding.paragraph)) {
      details[finding.paragraph].push_back(
          describe_difference(finding.property, finding.found, expected_of[property]));
    }
  }
  for (auto it = paragraphs.begin(); it != reported_end; ++it) {
    DocumentLocation location = eval::locate_paragraph(context, *it);
    location.place = MessageArgs()
                         .add("place", location.place)
                         .add("detail", join(details[*it], "；", "; "))
                         .message("kinds.style.at");
    result.locations.push_back(std::move(location));
  }
  MessageArgs args;
  args.add("details", join(summaries, "；", "; "))
      .add("where", result.locations.empty() ? LocalizedText{} : result.locations.front().place)
      .add("count", std::to_string(paragraphs.size()))
      .add("share", format_percent(worst_share))
      .add("allowed", format_percent(m_max_deviation))
      .add("expected", join(expectations))
      .add("actual", result.actual);
  result.message = args.fill(spec().message);
  return result;
}

std::unique_ptr<Rule> make_paragraph_style_rule(RuleSpec spec, ParamReader& params, const RulesetData& data)
{
  bool valid = true;
  std::optional<eval::Scope> scope = read_scope(params, data, valid);

  StyleExpectation expected;
  expected.font = params.string("font");
  if (auto size = params.string("size")) {
    expected.size_text = *size;
    expected.size_pt = data.parse_size(*size);
    if (!expected.size_pt) {
      params.error("size", message("kinds.param.bad_size", {{"value", *size}}));
      valid = false;
    }
  }
  expected.bold = params.boolean("bold");
  expected.allow_bold_subheadings = params.boolean("allow_bold_subheadings").value_or(false);
  if (auto limit = read_count(params, "subheading_max_chars", 1, valid)) {
    expected.subheading_max_chars = *limit;
  }
  static const std::vector<std::string> k_alignments{"center",  "left",       "right", "both",
                                                     "justify", "distribute", "start", "end"};
  if (auto alignment = params.choice("alignment", k_alignments)) {
    static const std::map<std::string, model::Alignment> k_map{
        {"center", model::Alignment::center}, {"left", model::Alignment::start},
        {"start", model::Alignment::start},   {"right", model::Alignment::end},
        {"end", model::Alignment::end},       {"both", model::Alignment::both},
        {"justify", model::Alignment::both},  {"distribute", model::Alignment::distribute}};
    expected.alignment = k_map.at(*alignment);
  }
  if (auto spacing = params.choice("line_spacing", {"single", "1.5", "double"})) {
    expected.line_240ths = *spacing == "single" ? 240 : (*spacing == "1.5" ? 360 : 480);
  }
  const double max_deviation = read_share(params, "max_deviation", valid).value_or(0.0);
  const std::size_t report_first = read_count(params, "report_first", 0, valid).value_or(5);
  note_invalid(params, "font", expected.font.has_value(), valid);
  note_invalid(params, "bold", expected.bold.has_value(), valid);
  note_invalid(params, "alignment", expected.alignment.has_value(), valid);
  note_invalid(params, "line_spacing", expected.line_240ths.has_value(), valid);

  const bool anything =
      expected.font || expected.size_pt || expected.bold || expected.alignment || expected.line_240ths;
  if (!anything && valid) {
    params.error("", message("kinds.param.style_nothing"));
    valid = false;
  }
  if (!valid || !scope) {
    return nullptr;
  }
  return std::make_unique<ParagraphStyleRule>(std::move(spec), std::move(*scope), std::move(expected),
                                              max_deviation, report_first);
}

} // namespace qb::rules

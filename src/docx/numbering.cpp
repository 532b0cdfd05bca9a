#include "docx/numbering.hpp"

#include <array>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "docx/number_format.hpp"

namespace qb::docx {

namespace {

constexpr int k_levels = 9;
constexpr int k_max_links = 8; // numStyleLink hops followed before giving up (a guard against cycles)

// One w:lvl of an abstract numbering definition (or of a w:lvlOverride).
struct LevelDefinition
{
  bool defined = false;
  int start = 0; // ECMA-376 17.9.25: an omitted w:start is 0
  std::string format = "decimal";
  std::string text;
  int restart = -1; // w:lvlRestart: -1 when omitted (restart after any higher level), 0 never, n (1-based)
  bool is_legal = false;
  std::string suffix = "\t";
};

struct AbstractNumbering
{
  std::array<LevelDefinition, k_levels> levels;
  std::string style_link;     // w:styleLink: this definition is the one a numbering style stands for
  std::string num_style_link; // w:numStyleLink: the levels live in the definition with that styleLink
};

struct Instance
{
  std::size_t abstract = 0;
  std::array<std::optional<int>, k_levels> start_override;
  std::array<LevelDefinition, k_levels> level_override; // defined only where a w:lvl is overridden
  bool used = false;
};

// The running counters of one list. Word keeps them per abstract definition: w:num instances sharing one
// continue each other's numbering, and an instance's w:startOverride restarts the shared counter the first
// time that instance is used (ECMA-376 17.9.6-17.9.8; LibreOffice and several renderers do the same).
struct Counters
{
  std::array<int, k_levels> value{};
  std::array<bool, k_levels> reset{true, true, true, true, true, true, true, true, true};
  std::array<std::optional<int>, k_levels> forced_start;
};

int int_value(const pugi::xml_node& element, int fallback)
{
  const pugi::xml_attribute value = element.attribute("w:val");
  return value ? value.as_int(fallback) : fallback;
}

std::string num_fmt(const pugi::xml_node& level)
{
  pugi::xml_node element = level.child("w:numFmt");
  if (!element) {
    // Word 2010+ writes custom formats as mc:AlternateContent with a classic format in the Fallback.
    element = level.child("mc:AlternateContent").child("mc:Fallback").child("w:numFmt");
  }
  return element ? element.attribute("w:val").as_string("decimal") : "decimal";
}

LevelDefinition read_level(const pugi::xml_node& level)
{
  LevelDefinition result;
  result.defined = true;
  result.start = int_value(level.child("w:start"), 0);
  result.format = num_fmt(level);
  result.text = level.child("w:lvlText").attribute("w:val").as_string();
  result.restart = level.child("w:lvlRestart") ? int_value(level.child("w:lvlRestart"), -1) : -1;
  if (const pugi::xml_node legal = level.child("w:isLgl")) {
    const std::string_view value = legal.attribute("w:val").as_string("1");
    result.is_legal = !(value == "0" || value == "false" || value == "off");
  }
  const std::string_view suffix = level.child("w:suff").attribute("w:val").as_string("tab");
  result.suffix = suffix == "space" ? " " : suffix == "nothing" ? "" : "\t";
  return result;
}

int level_index(const pugi::xml_node& node)
{
  return node.attribute("w:ilvl").as_int(-1);
}

// True when using level `used` restarts level `level` (w:lvlRestart, ECMA-376 17.9.10).
bool restarts(const LevelDefinition& definition, int level, int used)
{
  if (definition.restart == 0) {
    return false;
  }
  if (definition.restart > 0 && definition.restart - 1 < level) {
    return used < definition.restart;
  }
  return used < level; // omitted, or naming a level that is not higher: the default
}

} // namespace

struct NumberingResolver::Impl
{
  std::vector<AbstractNumbering> abstracts;
  std::vector<Counters> counters; // per abstract definition
  std::unordered_map<int, std::size_t> abstract_by_id;
  std::unordered_map<int, Instance> instances;

  void read(const pugi::xml_node& root)
  {
    for (const pugi::xml_node& node : root.children("w:abstractNum")) {
      AbstractNumbering abstract;
      abstract.style_link = node.child("w:styleLink").attribute("w:val").as_string();
      abstract.num_style_link = node.child("w:numStyleLink").attribute("w:val").as_string();
      for (const pugi::xml_node& level : node.children("w:lvl")) {
        const int index = level_index(level);
        if (index >= 0 && index < k_levels && !abstract.levels[static_cast<std::size_t>(index)].defined) {
          abstract.levels[static_cast<std::size_t>(index)] = read_level(level);
        }
      }
      abstract_by_id.emplace(node.attribute("w:abstractNumId").as_int(-1), abstracts.size());
      abstracts.push_back(std::move(abstract));
    }
    counters.resize(abstracts.size());
    for (const pugi::xml_node& node : root.children("w:num")) {
      const auto found = abstract_by_id.find(int_value(node.child("w:abstractNumId"), -1));
      if (found == abstract_by_id.end()) {
        continue;
      }
      Instance instance;
      instance.abstract = follow_links(found->second);
      for (const pugi::xml_node& override_node : node.children("w:lvlOverride")) {
        const int index = level_index(override_node);
        if (index < 0 || index >= k_levels) {
          continue;
        }
        const auto slot = static_cast<std::size_t>(index);
        if (const pugi::xml_node start = override_node.child("w:startOverride")) {
          instance.start_override[slot] = int_value(start, 0);
        }
        if (const pugi::xml_node level = override_node.child("w:lvl")) {
          instance.level_override[slot] = read_level(level);
        }
      }
      instances.emplace(node.attribute("w:numId").as_int(0), std::move(instance));
    }
  }

  // A definition with w:numStyleLink has no levels of its own: they are in the definition whose
  // w:styleLink names the same numbering style.
  std::size_t follow_links(std::size_t index) const
  {
    for (int hop = 0; hop < k_max_links && !abstracts[index].num_style_link.empty(); ++hop) {
      const std::string& link = abstracts[index].num_style_link;
      std::size_t target = abstracts.size();
      for (std::size_t i = 0; i < abstracts.size(); ++i) {
        if (i != index && abstracts[i].style_link == link) {
          target = i;
          break;
        }
      }
      if (target == abstracts.size()) {
        break;
      }
      index = target;
    }
    return index;
  }

  const LevelDefinition& definition(const Instance& instance, int level) const
  {
    const auto slot = static_cast<std::size_t>(level);
    if (instance.level_override[slot].defined) {
      return instance.level_override[slot];
    }
    return abstracts[instance.abstract].levels[slot];
  }

  // The value level `level` shows: its counter, or (never used since its last restart) the start - 1 that
  // Word shows as "0" in "0.1" when a heading 2 comes before any heading 1.
  int shown_value(const Instance& instance, const Counters& state, int level) const
  {
    const auto slot = static_cast<std::size_t>(level);
    if (!state.reset[slot]) {
      return state.value[slot];
    }
    const int start = state.forced_start[slot].value_or(definition(instance, level).start);
    return start > 0 ? start - 1 : 0;
  }

  void advance(const Instance& instance, Counters& state, int level)
  {
    const auto slot = static_cast<std::size_t>(level);
    if (state.reset[slot]) {
      state.value[slot] = state.forced_start[slot].value_or(definition(instance, level).start);
      state.forced_start[slot].reset();
      state.reset[slot] = false;
    } else if (state.value[slot] < std::numeric_limits<int>::max()) {
      ++state.value[slot];
    }
    for (int lower = level + 1; lower < k_levels; ++lower) {
      if (restarts(definition(instance, lower), lower, level)) {
        state.reset[static_cast<std::size_t>(lower)] = true;
      }
    }
  }

  std::string label(const Instance& instance, const Counters& state, const LevelDefinition& current) const
  {
    std::string out;
    const std::string& text = current.text;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
        const int level = text[i + 1] - '1';
        const std::string& format = definition(instance, level).format;
        out += format_number(shown_value(instance, state, level), current.is_legal ? "decimal" : format);
        ++i;
      } else {
        out += text[i];
      }
    }
    return out;
  }
};

NumberingResolver::NumberingResolver(const pugi::xml_node& numbering)
  : m_impl(std::make_unique<Impl>())
{
  m_impl->read(numbering);
}

NumberingResolver::~NumberingResolver() = default;
NumberingResolver::NumberingResolver(NumberingResolver&&) noexcept = default;
NumberingResolver& NumberingResolver::operator=(NumberingResolver&&) noexcept = default;

std::optional<model::Numbering> NumberingResolver::next(int num_id, int level)
{
  if (num_id <= 0) {
    return std::nullopt;
  }
  const auto found = m_impl->instances.find(num_id);
  if (found == m_impl->instances.end()) {
    return std::nullopt;
  }
  Instance& instance = found->second;
  level = level < 0 ? 0 : level >= k_levels ? k_levels - 1 : level;
  const LevelDefinition& current = m_impl->definition(instance, level);
  if (!current.defined) {
    return std::nullopt;
  }
  Counters& state = m_impl->counters[instance.abstract];
  if (!instance.used) {
    instance.used = true;
    for (std::size_t slot = 0; slot < instance.start_override.size(); ++slot) {
      if (instance.start_override[slot]) {
        state.reset[slot] = true;
        state.forced_start[slot] = instance.start_override[slot];
      }
    }
  }
  m_impl->advance(instance, state, level);
  if (current.format == "none" && current.text.empty()) {
    return std::nullopt;
  }
  model::Numbering result;
  result.num_id = num_id;
  result.level = level;
  result.format = current.format;
  result.label = m_impl->label(instance, state, current);
  result.suffix = current.suffix;
  return result;
}

} // namespace qb::docx

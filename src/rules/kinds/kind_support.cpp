#include "rules/kinds/kind_support.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "eval/scope.hpp"
#include "rules/ruleset.hpp"

namespace qb::rules {

char32_t next_code_point_slow(std::string_view utf8, std::size_t& pos)
{
  constexpr char32_t k_replacement = 0xFFFD;
  const auto lead = static_cast<unsigned char>(utf8[pos]);
  std::size_t length = 0;
  char32_t code_point = 0;
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07;
  } else {
    ++pos;
    return k_replacement;
  }
  if (pos + length > utf8.size()) {
    ++pos;
    return k_replacement;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(utf8[pos + i]);
    if ((next & 0xC0) != 0x80) {
      ++pos;
      return k_replacement;
    }
    code_point = (code_point << 6) | (next & 0x3F);
  }
  pos += length;
  return code_point;
}

std::string format_number(double value, int decimals)
{
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') {
      text.pop_back();
    }
    if (text.back() == '.') {
      text.pop_back();
    }
  }
  if (text == "-0") {
    text = "0";
  }
  return text;
}

std::string format_percent(double share)
{
  if (share == 0.0) {
    return "0%"; // what the general path writes for zero (and -0), without snprintf: most shares are zero
  }
  return format_number(share * 100.0, 1) + "%";
}

std::string join(const std::vector<std::string>& items, std::string_view separator)
{
  std::string result;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      result += separator;
    }
    result += items[i];
  }
  return result;
}

LocalizedText join(const std::vector<LocalizedText>& items, std::string_view zh_separator,
                   std::string_view en_separator)
{
  LocalizedText result;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      result.zh += zh_separator;
      result.en += en_separator;
    }
    result.zh += items[i].zh;
    result.en += items[i].en;
  }
  return result;
}

MessageArgs& MessageArgs::add(std::string_view name, const std::string& value)
{
  m_names.emplace_back(name);
  m_zh.push_back(value);
  m_en.push_back(value);
  return *this;
}

MessageArgs& MessageArgs::add(std::string_view name, const LocalizedText& value)
{
  m_names.emplace_back(name);
  m_zh.push_back(value.zh);
  m_en.push_back(value.en);
  return *this;
}

std::vector<MessageArgView> MessageArgs::args(const std::vector<std::string>& values) const
{
  std::vector<MessageArgView> result;
  result.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    result.emplace_back(m_names[i], values[i]);
  }
  return result;
}

LocalizedText MessageArgs::fill(const LocalizedText& pattern) const
{
  return LocalizedText{fill_placeholder_views(pattern.zh, args(m_zh)),
                       fill_placeholder_views(pattern.en, args(m_en))};
}

LocalizedText MessageArgs::message(std::string_view id) const
{
  return MessageCatalog::builtin().text_from_views(id, args(m_zh), args(m_en));
}

namespace {

std::vector<std::string> part_ids(const RulesetData& data)
{
  std::vector<std::string> ids;
  for (const auto& part : data.parts) {
    ids.push_back(part.id);
  }
  return ids;
}

bool check_part(ParamReader& params, std::string_view key, const std::string& id, const RulesetData& data)
{
  const auto ids = part_ids(data);
  if (ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) {
    return true;
  }
  params.error(key, message("kinds.param.unknown_part", {{"value", id}, {"allowed", join(ids, ", ")}}));
  return false;
}

} // namespace

std::optional<eval::Scope> read_scope(ParamReader& params, const RulesetData& data, bool& valid)
{
  std::optional<eval::Scope> scope;
  const auto text = params.string("scope", Need::required);
  if (!text) {
    valid = false;
  } else {
    scope = eval::parse_scope(*text);
    if (!scope) {
      params.error("scope", message("kinds.param.bad_scope",
                                    {{"value", *text}, {"allowed", join(eval::scope_names(), ", ")}}));
      valid = false;
    } else if (scope->kind == eval::ScopeKind::part_heading &&
               !check_part(params, "scope", scope->part, data)) {
      valid = false;
    }
  }
  const bool takes_parts =
      scope && (scope->kind == eval::ScopeKind::body || scope->kind == eval::ScopeKind::captions);
  auto parts = read_parts(params, "parts", data, valid);
  if (scope && !takes_parts && params.has("parts")) {
    params.error("parts", message("kinds.param.parts_not_used", {{"scope", *text}}));
    valid = false;
  }
  if (takes_parts) {
    scope->parts = std::move(parts);
  }
  return scope;
}

std::vector<std::string> read_parts(ParamReader& params, std::string_view key, const RulesetData& data,
                                    bool& valid)
{
  auto parts = params.string_list(key);
  for (const auto& id : parts) {
    valid = check_part(params, key, id, data) && valid;
  }
  return parts;
}

std::optional<std::string> read_part(ParamReader& params, std::string_view key, const RulesetData& data,
                                     bool& valid, Need need)
{
  auto part = params.string(key, need);
  note_invalid(params, key, part.has_value(), valid);
  if (need == Need::required && !part) {
    valid = false;
  }
  if (part && !check_part(params, key, *part, data)) {
    valid = false;
  }
  return part;
}

std::optional<std::size_t> read_count(ParamReader& params, std::string_view key, std::int64_t minimum,
                                      bool& valid)
{
  const auto value = params.integer(key);
  note_invalid(params, key, value.has_value(), valid);
  if (!value) {
    return std::nullopt;
  }
  if (*value < minimum) {
    params.error(key, message("kinds.param.too_small",
                              {{"value", std::to_string(*value)}, {"minimum", std::to_string(minimum)}}));
    valid = false;
    return std::nullopt;
  }
  return static_cast<std::size_t>(*value);
}

std::optional<double> read_share(ParamReader& params, std::string_view key, bool& valid)
{
  const auto value = params.number(key);
  note_invalid(params, key, value.has_value(), valid);
  if (value && (*value < 0.0 || *value > 1.0 || std::isnan(*value))) {
    params.error(key, message("kinds.param.bad_share", {{"value", format_number(*value, 4)}}));
    valid = false;
    return std::nullopt;
  }
  return value;
}

void note_invalid(const ParamReader& params, std::string_view key, bool read, bool& valid)
{
  if (!read && params.has(key)) {
    valid = false;
  }
}

} // namespace qb::rules

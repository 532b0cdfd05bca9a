#include "rules/kinds/profile_fact_rule.hpp"

#include <algorithm>

#include "profile/profile.hpp"
#include "profile/profile_hints.hpp"
#include "profile/yaml_support.hpp"
#include "rules/kinds/kind_support.hpp"
#include "rules/param_reader.hpp"

namespace qb::rules {

namespace {

constexpr std::size_t k_report_first = 5; // offending records listed
constexpr std::size_t k_excerpt_chars = 30;

// Every profile field a rule may compare, with its type.
const std::vector<std::pair<std::string, FactType>>& fact_fields()
{
  static const std::vector<std::pair<std::string, FactType>> fields = {
      {"name", FactType::text},
      {"legal_person", FactType::boolean},
      {"industry", FactType::text},
      {"employees", FactType::number},
      {"revenue", FactType::number},
      {"total_assets", FactType::number},
      {"records", FactType::records},
      {"method_since", FactType::year},
      {"commit_sharing", FactType::boolean},
      {"recommender", FactType::text},
      {"henan_benchmark_year", FactType::year},
      {"reported_to_local", FactType::boolean},
      {"submission_date", FactType::date},
      {"scope_category", FactType::text},
  };
  return fields;
}

const std::vector<std::pair<std::string, FactOp>>& fact_ops()
{
  static const std::vector<std::pair<std::string, FactOp>> ops = {
      {"==", FactOp::eq}, {"!=", FactOp::ne}, {"<", FactOp::lt},        {"<=", FactOp::le},
      {">", FactOp::gt},  {">=", FactOp::ge}, {"empty", FactOp::empty},
  };
  return ops;
}

std::string op_text(FactOp op)
{
  for (const auto& [text, value] : fact_ops()) {
    if (value == op) {
      return text;
    }
  }
  return "==";
}

// The operators a field type allows.
std::vector<std::string> allowed_ops(FactType type)
{
  switch (type) {
  case FactType::records: return {"empty"};
  case FactType::boolean:
  case FactType::text: return {"==", "!="};
  case FactType::number:
  case FactType::year:
  case FactType::date: return {"==", "!=", "<", "<=", ">", ">="};
  }
  return {};
}

template <typename T> bool compare(const T& actual, FactOp op, const T& expected)
{
  switch (op) {
  case FactOp::eq: return actual == expected;
  case FactOp::ne: return actual != expected;
  case FactOp::lt: return actual < expected;
  case FactOp::le: return actual <= expected;
  case FactOp::gt: return actual > expected;
  case FactOp::ge: return actual >= expected;
  case FactOp::empty: return false;
  }
  return false;
}

// The field's value as display text and as a comparable value; nullopt when the profile does not give it.
std::optional<FactValue> field_value(const profile::Profile& profile, const std::string& field, FactType type)
{
  if (field == "records") {
    return std::nullopt;
  }
  FactValue value;
  if (field == "legal_person") {
    value.flag = profile.legal_person;
  }
  if (field == "commit_sharing") {
    value.flag = profile.commit_sharing;
  }
  if (field == "reported_to_local") {
    value.flag = profile.reported_to_local;
  }
  if (field == "employees") {
    value.number = profile.employees;
  }
  if (field == "revenue") {
    value.number = profile.revenue;
  }
  if (field == "total_assets") {
    value.number = profile.total_assets;
  }
  if (field == "method_since" && profile.method_since) {
    value.number = *profile.method_since;
  }
  if (field == "henan_benchmark_year" && profile.henan_benchmark_year) {
    value.number = *profile.henan_benchmark_year;
  }
  if (field == "submission_date") {
    value.text = profile.submission_date.value_or("");
  }
  if (field == "name") {
    value.text = profile.name;
  }
  if (field == "industry") {
    value.text = profile.industry;
  }
  if (field == "recommender") {
    value.text = profile.recommender;
  }
  if (field == "scope_category") {
    value.text = profile.scope_category;
  }
  const bool given = type == FactType::boolean                            ? value.flag.has_value()
                     : type == FactType::number || type == FactType::year ? value.number.has_value()
                                                                          : !value.text.empty();
  if (!given) {
    return std::nullopt;
  }
  return value;
}

std::string display(const FactValue& value, FactType type)
{
  switch (type) {
  case FactType::boolean: return value.flag.value_or(false) ? "true" : "false";
  case FactType::number: return format_number(value.number.value_or(0), 2);
  case FactType::year: return format_number(value.number.value_or(0), 0);
  case FactType::date:
  case FactType::text: return value.text;
  case FactType::records: return {};
  }
  return {};
}

bool holds(const FactValue& actual, FactType type, FactOp op, const FactValue& expected)
{
  switch (type) {
  case FactType::boolean: return compare(*actual.flag, op, expected.flag.value_or(false));
  case FactType::number:
  case FactType::year: return compare(*actual.number, op, expected.number.value_or(0));
  case FactType::date:
  case FactType::text: return compare(actual.text, op, expected.text);
  case FactType::records: return false;
  }
  return false;
}

// The first `limit` code points of `text`.
std::string excerpt(const std::string& text, std::size_t limit)
{
  std::size_t pos = 0;
  for (std::size_t count = 0; pos < text.size() && count < limit; ++count) {
    next_code_point(text, pos);
  }
  return text.substr(0, pos);
}

LocalizedText describe(const profile::Record& record)
{
  const auto area = message("profile.area." + record.area);
  MessageArgs args;
  args.add("area", area).add("description", record.description);
  if (record.year) {
    args.add("year", std::to_string(*record.year));
    return args.message("profile.record_item_year");
  }
  return args.message("profile.record_item");
}

// Reads `value` with the reader of the field's type.
std::optional<FactValue> read_value(ParamReader& params, FactType type, bool& valid)
{
  FactValue value;
  switch (type) {
  case FactType::boolean: value.flag = params.boolean("value", Need::required); break;
  case FactType::number: value.number = params.number("value", Need::required); break;
  case FactType::year: {
    const auto year = params.integer("value", Need::required);
    if (year) {
      value.number = static_cast<double>(*year);
    }
    break;
  }
  case FactType::date:
  case FactType::text: {
    const auto text = params.string("value", Need::required);
    if (text && type == FactType::date && !profile::detail::is_iso_date(*text)) {
      params.error("value", message("profile.bad_date", {{"key", "value"}, {"value", *text}}));
      valid = false;
    }
    value.text = text.value_or("");
    if (!text) {
      valid = false;
    }
    return value;
  }
  case FactType::records: return value;
  }
  if (!value.flag && !value.number) {
    valid = false;
  }
  return value;
}

} // namespace

ProfileFactRule::ProfileFactRule(RuleSpec spec, std::string field, FactType type, FactOp op, FactValue value)
  : Rule(std::move(spec))
  , m_field(std::move(field))
  , m_type(type)
  , m_op(op)
  , m_value(std::move(value))
{
}

RuleResult ProfileFactRule::evaluate(const DocumentContext& context) const
{
  RuleResult result = make_result(Outcome::pass);
  if (context.profile == nullptr) {
    profile::set_not_checked(result, profile::no_profile_hint());
    return result;
  }
  if (m_type == FactType::records) {
    return evaluate_records(*context.profile);
  }
  const auto actual = field_value(*context.profile, m_field, m_type);
  if (!actual) {
    profile::set_not_checked(result, profile::missing_field_hint(*context.profile, m_field));
    return result;
  }
  result.actual = display(*actual, m_type);
  result.expected = op_text(m_op) + " " + display(m_value, m_type);
  if (holds(*actual, m_type, m_op, m_value)) {
    return result;
  }
  result.outcome = Outcome::fail;
  result.message = MessageArgs()
                       .add("actual", result.actual)
                       .add("expected", result.expected)
                       .add("value", display(m_value, m_type))
                       .add("field", m_field)
                       .add("label", profile::field_label(m_field))
                       .fill(spec().message);
  return result;
}

RuleResult ProfileFactRule::evaluate_records(const profile::Profile& profile) const
{
  RuleResult result = make_result(Outcome::pass);
  if (!profile.records) {
    profile::set_not_checked(result, profile::missing_field_hint(profile, m_field));
    return result;
  }
  const auto& records = *profile.records;
  result.actual = std::to_string(records.size());
  result.expected = "0";
  if (records.empty()) {
    return result;
  }
  result.outcome = Outcome::fail;
  std::vector<LocalizedText> items;
  for (const auto& record : records) {
    items.push_back(describe(record));
    if (result.locations.size() < k_report_first) {
      DocumentLocation location;
      location.excerpt = excerpt(record.description, k_excerpt_chars);
      location.place = MessageArgs()
                           .add("file", profile.file)
                           .add("line", std::to_string(record.where.line))
                           .message("profile.record_place");
      result.locations.push_back(std::move(location));
    }
  }
  result.message = MessageArgs()
                       .add("actual", result.actual)
                       .add("count", result.actual)
                       .add("records", join(items, "；", "; "))
                       .add("field", m_field)
                       .add("label", profile::field_label(m_field))
                       .fill(spec().message);
  return result;
}

std::unique_ptr<Rule> make_profile_fact_rule(RuleSpec spec, ParamReader& params, const RulesetData& /*data*/)
{
  std::vector<std::string> field_names;
  for (const auto& [name, type] : fact_fields()) {
    field_names.push_back(name);
  }
  std::vector<std::string> op_names;
  for (const auto& [name, op] : fact_ops()) {
    op_names.push_back(name);
  }
  const auto field = params.choice("field", field_names, Need::required);
  const auto op_choice = params.choice("op", op_names);
  if (!field || (params.has("op") && !op_choice)) {
    params.string("value"); // read, so that it is not reported a second time as an unknown key
    return nullptr;
  }
  const FactType type = std::find_if(fact_fields().begin(), fact_fields().end(), [&](const auto& row) {
                          return row.first == *field;
                        })->second;
  const std::string op_name = op_choice.value_or("==");
  const FactOp op = std::find_if(fact_ops().begin(), fact_ops().end(), [&](const auto& row) {
                      return row.first == op_name;
                    })->second;
  const auto allowed = allowed_ops(type);
  if (std::find(allowed.begin(), allowed.end(), op_name) == allowed.end()) {
    params.error("op", message("profile.fact.bad_op",
                               {{"field", *field}, {"op", op_name}, {"allowed", join(allowed, " ")}}));
    params.string("value");
    return nullptr;
  }
  bool valid = true;
  FactValue value;
  if (op != FactOp::empty) {
    value = read_value(params, type, valid).value_or(FactValue{});
  }
  if (!valid) {
    return nullptr;
  }
  return std::make_unique<ProfileFactRule>(std::move(spec), *field, type, op, std::move(value));
}

} // namespace qb::rules

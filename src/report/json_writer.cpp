#include "report/json_writer.hpp"

namespace qb::report {
namespace {

constexpr int k_indent = 2;

} // namespace

std::string JsonWriter::dump(const nlohmann::json& value)
{
  return value.dump(k_indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void JsonArraySpool::add(const nlohmann::json& element)
{
  auto& out = m_spool.out();
  if (m_count > 0) {
    out << ",\n";
  }
  out << JsonWriter::dump(element);
  ++m_count;
}

JsonWriter::JsonWriter(std::ostream& out)
  : m_out(out)
{
}

std::string JsonWriter::indent(std::size_t depth) const
{
  return std::string(depth * k_indent, ' ');
}

// Separates this value from the one before it and indents it, unless it follows its key.
void JsonWriter::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_members.empty()) {
    m_out << (m_members.back() > 0 ? ",\n" : "\n") << indent(m_members.size());
    ++m_members.back();
  }
}

void JsonWriter::key(std::string_view name)
{
  m_out << (m_members.back() > 0 ? ",\n" : "\n") << indent(m_members.size())
        << nlohmann::json(std::string(name)).dump() << ": ";
  ++m_members.back();
  m_after_key = true;
}

void JsonWriter::value(const nlohmann::json& value)
{
  before_value();
  // dump writes nested lines indented from column 0; shift them to this depth.
  const auto text = dump(value);
  const auto shift = indent(m_members.size());
  std::size_t start = 0;
  for (auto end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    m_out.write(text.data() + start, static_cast<std::streamsize>(end + 1 - start));
    m_out << shift;
    start = end + 1;
  }
  m_out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

void JsonWriter::open(char bracket)
{
  before_value();
  m_out << bracket;
  m_members.push_back(0);
}

void JsonWriter::close(char bracket)
{
  const bool empty = m_members.back() == 0;
  m_members.pop_back();
  if (!empty) {
    m_out << '\n' << indent(m_members.size());
  }
  m_out << bracket;
}

void JsonWriter::begin_object()
{
  open('{');
}
void JsonWriter::end_object()
{
  close('}');
}
void JsonWriter::begin_array()
{
  open('[');
}
void JsonWriter::end_array()
{
  close(']');
}

void JsonWriter::spooled_array(JsonArraySpool& elements)
{
  before_value();
  if (elements.empty()) {
    m_out << "[]";
    return;
  }
  m_out << "[\n";
  elements.m_spool.copy_indented_to(m_out, indent(m_members.size() + 1));
  m_out << '\n' << indent(m_members.size()) << ']';
}

void JsonWriter::end_document()
{
  m_out << '\n';
}

} // namespace qb::report

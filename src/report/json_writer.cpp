#include "report/json_writer.hpp"

#include <array>
#include <stdexcept>

namespace qb::report {
namespace {

constexpr int k_indent = 2;

// Whether `text` is well-formed UTF-8 (RFC 3629: no overlong forms, surrogates or code points past U+10FFFF).
bool is_utf8(std::string_view text)
{
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      length = 3;
      low = byte == 0xE0 ? 0xA0 : 0x80;
      high = byte == 0xED ? 0x9F : 0xBF;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      length = 4;
      low = byte == 0xF0 ? 0x90 : 0x80;
      high = byte == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    if (i + length > text.size()) {
      return false;
    }
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
        return false;
      }
    }
    i += length;
  }
  return true;
}

} // namespace

void write_json_string(std::ostream& out, std::string_view text)
{
  if (!is_utf8(text)) {
    out << nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr std::array<char, 16> hex{'0', '1', '2', '3', '4', '5', '6', '7',
                                            '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  out << '"';
  std::size_t plain = 0; // start of the run of bytes written as they are
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') {
      continue;
    }
    out.write(text.data() + plain, static_cast<std::streamsize>(i - plain));
    plain = i + 1;
    switch (byte) {
    case '"': out << "\\\""; break;
    case '\\': out << "\\\\"; break;
    case '\b': out << "\\b"; break;
    case '\t': out << "\\t"; break;
    case '\n': out << "\\n"; break;
    case '\f': out << "\\f"; break;
    case '\r': out << "\\r"; break;
    default: out << "\\u00" << hex[byte >> 4] << hex[byte & 0xF]; break;
    }
  }
  out.write(text.data() + plain, static_cast<std::streamsize>(text.size() - plain));
  out << '"';
}

std::string JsonWriter::dump(const nlohmann::json& value)
{
  return value.dump(k_indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

JsonWriter::JsonWriter(std::ostream& out, std::size_t depth)
  : m_out(out)
  , m_depth(depth)
{
}

void JsonWriter::indent(std::size_t depth)
{
  static const std::string spaces(256, ' ');
  auto count = (depth + m_depth) * k_indent;
  while (count > 0) {
    const auto now = std::min(count, spaces.size());
    m_out.write(spaces.data(), static_cast<std::streamsize>(now));
    count -= now;
  }
}

// Separates this value from the one before it and indents it, unless it follows its key.
void JsonWriter::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_members.empty()) {
    m_out << (m_members.back() > 0 ? ",\n" : "\n");
    indent(m_members.size());
    ++m_members.back();
  }
}

void JsonWriter::key(std::string_view name)
{
  m_out << (m_members.back() > 0 ? ",\n" : "\n");
  indent(m_members.size());
  write_json_string(m_out, name);
  m_out << ": ";
  ++m_members.back();
  m_after_key = true;
}

void JsonWriter::value(const nlohmann::json& value)
{
  before_value();
  // dump writes nested lines indented from column 0; shift them to this depth.
  const auto text = dump(value);
  std::size_t start = 0;
  for (auto end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    m_out.write(text.data() + start, static_cast<std::streamsize>(end + 1 - start));
    indent(m_members.size());
    start = end + 1;
  }
  m_out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

void JsonWriter::string(std::string_view text)
{
  before_value();
  write_json_string(m_out, text);
}

void JsonWriter::integer(std::int64_t number)
{
  before_value();
  m_out << number;
}

void JsonWriter::null()
{
  before_value();
  m_out << "null";
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
    m_out << '\n';
    indent(m_members.size());
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
  if (elements.m_depth != m_depth + m_members.size() + 1) {
    throw std::logic_error("a spooled JSON array placed at another depth than its elements were written at");
  }
  before_value();
  if (elements.empty()) {
    m_out << "[]";
    return;
  }
  m_out << "[\n";
  elements.m_spool.copy_to(m_out);
  m_out << '\n';
  indent(m_members.size());
  m_out << ']';
}

void JsonWriter::end_document()
{
  m_out << '\n';
}

JsonArraySpool::JsonArraySpool(std::size_t depth)
  : m_depth(depth)
{
}

JsonWriter JsonArraySpool::add()
{
  auto& out = m_spool.out();
  if (m_count > 0) {
    out << ",\n";
  }
  ++m_count;
  JsonWriter writer(out, m_depth);
  writer.indent(0);
  return writer;
}

void JsonArraySpool::add(const nlohmann::json& element)
{
  add().value(element);
}

} // namespace qb::report

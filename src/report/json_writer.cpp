#include "report/json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace qb::report {
namespace {

constexpr int k_indent = 2;
// A writer hands its buffer to the stream once it holds this much.
constexpr std::size_t k_flush_size = 16 * 1024;

// What a byte of a string is to write_json_string: copied as it is (ASCII), escaped, the lead byte of a UTF-8
// sequence of 2, 3 or 4 bytes (checked), or never part of well-formed UTF-8.
enum ByteClass : unsigned char {
  k_plain = 0,
  k_escaped = 1,
  k_lead2 = 2,
  k_lead3 = 3,
  k_lead4 = 4,
  k_invalid = 5
};

constexpr std::array<unsigned char, 256> k_byte_class = [] {
  std::array<unsigned char, 256> table{};
  for (int byte = 0; byte < 256; ++byte) {
    if (byte < 0x20 || byte == '"' || byte == '\\') {
      table[byte] = k_escaped;
    } else if (byte < 0x80) {
      table[byte] = k_plain;
    } else if (byte >= 0xC2 && byte <= 0xDF) {
      table[byte] = k_lead2;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      table[byte] = k_lead3;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      table[byte] = k_lead4;
    } else {
      table[byte] = k_invalid;
    }
  }
  return table;
}();

// Whether the `length` bytes at `i` are one well-formed UTF-8 sequence (RFC 3629: no overlong forms,
// surrogates or code points past U+10FFFF), given that its lead byte is of class k_lead<length>.
bool well_formed_sequence(const unsigned char* bytes, std::size_t i, std::size_t size, std::size_t length)
{
  if (size - i < length) {
    return false;
  }
  const unsigned char lead = bytes[i];
  const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (bytes[i + 1] < low || bytes[i + 1] > high) {
    return false;
  }
  for (std::size_t k = 2; k < length; ++k) {
    if ((bytes[i + k] & 0xC0) != 0x80) {
      return false;
    }
  }
  return true;
}

// True when the 8 bytes at `bytes` are all copied as they are: printable ASCII, neither '"' nor '\\'. Most of
// a report's keys and values that are not Chinese pass 8 bytes at a time. (x - k * 0x01..01) & ~x & 0x80..80
// is non-zero exactly when some byte of x is below k, once no byte has its high bit set.
bool plain_ascii_word(const unsigned char* bytes)
{
  constexpr std::uint64_t k_ones = 0x0101010101010101u;
  constexpr std::uint64_t k_high_bits = 0x8080808080808080u;
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  if ((word & k_high_bits) != 0) {
    return false;
  }
  const auto any_below = [&](std::uint64_t value, unsigned char bound) {
    return ((value - k_ones * bound) & ~value & k_high_bits) != 0;
  };
  return !any_below(word, 0x20) && !any_below(word ^ (k_ones * '"'), 1) &&
         !any_below(word ^ (k_ones * '\\'), 1);
}

// True for a well-formed three-byte sequence at `i` whose lead byte is E1..EC or EE..EF (most CJK text): any
// two continuation bytes complete it. Other sequences take well_formed_sequence().
bool common_three_byte_sequence(const unsigned char* bytes, std::size_t i, std::size_t size)
{
  const unsigned char lead = bytes[i];
  return size - i >= 3 && lead != 0xE0 && lead != 0xED && (bytes[i + 1] & 0xC0) == 0x80 &&
         (bytes[i + 2] & 0xC0) == 0x80;
}

// The longest line start JsonWriter::key() gathers on the stack.
constexpr std::size_t k_short_line = 96;

// True when every byte of `name` is written as it is (printable ASCII, neither '"' nor '\\').
bool plain_key(std::string_view name)
{
  return std::all_of(name.begin(), name.end(),
                     [](char byte) { return k_byte_class[static_cast<unsigned char>(byte)] == k_plain; });
}

void append_escaped(std::string& out, unsigned char byte)
{
  static constexpr std::array<char, 16> hex{'0', '1', '2', '3', '4', '5', '6', '7',
                                            '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  switch (byte) {
  case '"': out.append("\\\"", 2); break;
  case '\\': out.append("\\\\", 2); break;
  case '\b': out.append("\\b", 2); break;
  case '\t': out.append("\\t", 2); break;
  case '\n': out.append("\\n", 2); break;
  case '\f': out.append("\\f", 2); break;
  case '\r': out.append("\\r", 2); break;
  default: {
    const char code[6] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
    out.append(code, sizeof code);
    break;
  }
  }
}

// `text` as a JSON string literal appended to `out`, in one pass that also checks the UTF-8: false (with
// `out` holding part of it) when `text` is not well-formed. Runs of bytes that need no escape are appended
// whole.
bool append_utf8_json_string(std::string& out, std::string_view text)
{
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  out.push_back('"');
  std::size_t plain = 0; // start of the run of bytes written as they are
  std::size_t i = 0;
  while (i < size) {
    const unsigned char kind = k_byte_class[bytes[i]];
    if (kind == k_plain) {
      i += size - i >= 8 && plain_ascii_word(bytes + i) ? 8 : 1;
    } else if (kind == k_lead3 && common_three_byte_sequence(bytes, i, size)) {
      i += 3;
    } else if (kind == k_escaped) {
      out.append(text.data() + plain, i - plain);
      append_escaped(out, bytes[i]);
      plain = ++i;
    } else if (kind != k_invalid && well_formed_sequence(bytes, i, size, kind)) {
      i += kind;
    } else {
      return false;
    }
  }
  out.append(text.data() + plain, size - plain);
  out.push_back('"');
  return true;
}

} // namespace

void append_json_string(std::string& out, std::string_view text)
{
  const std::size_t start = out.size();
  if (!append_utf8_json_string(out, text)) {
    out.resize(start);
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
}

void write_json_string(std::ostream& out, std::string_view text)
{
  std::string literal;
  append_json_string(literal, text);
  out.write(literal.data(), static_cast<std::streamsize>(literal.size()));
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

JsonWriter::JsonWriter(JsonWriter&& other) noexcept
  : m_out(other.m_out)
  , m_buffer(std::move(other.m_buffer))
  , m_depth(other.m_depth)
  , m_members(std::move(other.m_members))
  , m_after_key(other.m_after_key)
{
  other.m_buffer.clear(); // written once, by this writer
}

JsonWriter::~JsonWriter()
{
  flush();
}

void JsonWriter::flush()
{
  if (!m_buffer.empty()) {
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_buffer.clear();
  }
}

void JsonWriter::flush_when_full()
{
  if (m_buffer.size() >= k_flush_size) {
    flush();
  }
}

void JsonWriter::indent(std::size_t depth)
{
  m_buffer.append((depth + m_depth) * k_indent, ' ');
}

// Separates this value from the one before it and indents it, unless it follows its key.
void JsonWriter::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_members.empty()) {
    m_buffer.append(m_members.back() > 0 ? ",\n" : "\n");
    indent(m_members.size());
    ++m_members.back();
  }
}

void JsonWriter::key(std::string_view name)
{
  const bool first = m_members.back() == 0;
  const std::size_t spaces = (m_members.size() + m_depth) * k_indent;
  std::array<char, k_short_line> line; // NOLINT: filled up to `length` below
  if (spaces + name.size() + 6 <= line.size() && plain_key(name)) {
    // A short name of plain ASCII (every key of the reports but a user's part id, which may be anything):
    // the separator, the indent, the quoted name and ": " gathered and appended at once.
    std::size_t length = 0;
    if (!first) {
      line[length++] = ',';
    }
    line[length++] = '\n';
    std::memset(line.data() + length, ' ', spaces);
    length += spaces;
    line[length++] = '"';
    std::memcpy(line.data() + length, name.data(), name.size());
    length += name.size();
    line[length++] = '"';
    line[length++] = ':';
    line[length++] = ' ';
    m_buffer.append(line.data(), length);
  } else {
    m_buffer.append(first ? "\n" : ",\n");
    indent(m_members.size());
    append_json_string(m_buffer, name);
    m_buffer.append(": ", 2);
  }
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
    m_buffer.append(text, start, end + 1 - start);
    indent(m_members.size());
    start = end + 1;
  }
  m_buffer.append(text, start, std::string::npos);
  flush_when_full();
}

void JsonWriter::string(std::string_view text)
{
  before_value();
  append_json_string(m_buffer, text);
  flush_when_full();
}

void JsonWriter::integer(std::int64_t number)
{
  before_value();
  std::array<char, 24> digits{};
  const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), number).ptr;
  m_buffer.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

void JsonWriter::null()
{
  before_value();
  m_buffer.append("null", 4);
}

void JsonWriter::open(char bracket)
{
  before_value();
  m_buffer.push_back(bracket);
  m_members.push_back(0);
}

void JsonWriter::close(char bracket)
{
  const bool empty = m_members.back() == 0;
  m_members.pop_back();
  if (!empty) {
    m_buffer.push_back('\n');
    indent(m_members.size());
  }
  m_buffer.push_back(bracket);
  flush_when_full();
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
    m_buffer.append("[]", 2);
    return;
  }
  m_buffer.append("[\n", 2);
  flush(); // the elements go straight from the spool to the stream
  elements.m_spool.copy_to(m_out);
  m_buffer.push_back('\n');
  indent(m_members.size());
  m_buffer.push_back(']');
}

void JsonWriter::end_document()
{
  m_buffer.push_back('\n');
  flush();
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

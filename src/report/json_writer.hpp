#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/spool.hpp"

namespace qb::report {

class JsonArraySpool;

// Writes pretty-printed JSON piece by piece, byte for byte as nlohmann::json::dump(2) writes the same tree
// whole, so a report can stream its documents without building one tree of the run (nor one per document:
// writing the text directly costs a fifth of building and dumping a tree). Members must be written in the
// order nlohmann::json keeps them, by name. Strings that are not UTF-8 (a GBK file name) show their bad bytes
// as U+FFFD, as dump's `replace` handler does. The text is gathered in a buffer and reaches the stream in
// large pieces (a stream's sentry costs more than most pieces): at end_document(), flush(), when the buffer
// is full and when the writer is destroyed.
class JsonWriter
{
public:
  // `depth`: how deep the value written lies in the document around it (its nested lines are indented so).
  explicit JsonWriter(std::ostream& out, std::size_t depth = 0);
  ~JsonWriter();
  JsonWriter(JsonWriter&& other) noexcept;
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  JsonWriter& operator=(JsonWriter&&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The next member's name, inside an object.
  void key(std::string_view name);
  // Whole values: a member's (after key) or an array's element.
  void value(const nlohmann::json& value);
  void string(std::string_view text);
  void integer(std::int64_t number);
  void null();
  void spooled_array(JsonArraySpool& elements);
  // Ends the document with a newline (and flushes).
  void end_document();
  // Writes what the buffer holds to the stream.
  void flush();

  static std::string dump(const nlohmann::json& value);

private:
  friend class JsonArraySpool;
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void indent(std::size_t depth);
  void flush_when_full();

  std::ostream& m_out;
  std::string m_buffer; // written, not yet in m_out
  std::size_t m_depth;
  std::vector<std::size_t> m_members; // per open container, how many members it has so far
  bool m_after_key = false;
};

// The elements of a JSON array written as they come, at the depth where JsonWriter::spooled_array will place
// them, so that placing them is a plain copy.
class JsonArraySpool
{
public:
  // `depth`: the depth of the elements (one more than the array's).
  explicit JsonArraySpool(std::size_t depth);

  // A writer for the next element.
  JsonWriter add();
  void add(const nlohmann::json& element);
  bool empty() const { return m_count == 0; }

private:
  friend class JsonWriter;
  std::size_t m_depth;
  Spool m_spool;
  std::size_t m_count = 0;
};

// `text` as a JSON string literal, as nlohmann::json::dump writes it (UTF-8 kept, not escaped to \u).
void write_json_string(std::ostream& out, std::string_view text);
// The same, appended to `out`.
void append_json_string(std::string& out, std::string_view text);

} // namespace qb::report

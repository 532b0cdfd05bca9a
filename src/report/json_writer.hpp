#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/spool.hpp"

namespace qb::report {

// The elements of a JSON array written as they come and placed later by JsonWriter::spooled_array.
class JsonArraySpool
{
public:
  void add(const nlohmann::json& element);
  bool empty() const { return m_count == 0; }

private:
  friend class JsonWriter;
  Spool m_spool;
  std::size_t m_count = 0;
};

// Writes pretty-printed JSON piece by piece, byte for byte as nlohmann::json::dump(2) writes the same tree
// whole, so a report can stream its documents without building one tree of the run. Strings that are not
// UTF-8 (a GBK file name) show their bad bytes as U+FFFD, as dump's `replace` handler does.
class JsonWriter
{
public:
  explicit JsonWriter(std::ostream& out);

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The next member's name, inside an object.
  void key(std::string_view name);
  // A whole value: a member's (after key) or an array's element.
  void value(const nlohmann::json& value);
  void spooled_array(JsonArraySpool& elements);
  // Ends the document with a newline.
  void end_document();

  static std::string dump(const nlohmann::json& value);

private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  std::string indent(std::size_t depth) const;

  std::ostream& m_out;
  std::vector<std::size_t> m_members; // per open container, how many members it has so far
  bool m_after_key = false;
};

} // namespace qb::report

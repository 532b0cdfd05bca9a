#pragma once

#include <ios>
#include <iosfwd>
#include <memory>
#include <string_view>

namespace qb::report {

// Text a report writes now but must place later (the documents of a JSON report come before its summary, an
// HTML page's verdict before its table): kept in an anonymous temporary file in $TMPDIR, deleted on close,
// so a report of any size costs no memory. Where no temporary file can be made it is kept in memory.
class Spool
{
public:
  Spool();
  // A spool kept in `stream` (tests give it a failing one).
  explicit Spool(std::unique_ptr<std::iostream> stream);
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Where to write; asking for it counts as writing.
  std::ostream& out();
  bool empty() const { return !m_written; }

  // Copies everything written so far to `target`. Throws std::runtime_error when a write to the spool failed
  // (a full temporary folder): the report would be cut short without a word.
  void copy_to(std::ostream& target);
  // The same, with `indent` written before every line (a JSON array placed at some depth).
  void copy_indented_to(std::ostream& target, std::string_view indent);

private:
  // Flushes, checks that every write succeeded, returns the size written and seeks back to the start.
  std::streamoff rewind();

  std::unique_ptr<std::iostream> m_stream;
  bool m_written = false;
};

} // namespace qb::report

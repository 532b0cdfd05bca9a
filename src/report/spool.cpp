#include "report/spool.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace qb::report {
namespace {

// An unlinked temporary file: the name is removed at once, the open stream keeps the data until it closes,
// so nothing is left behind even if the process is killed.
std::unique_ptr<std::iostream> open_temporary_file()
{
  std::error_code error;
  const auto folder = std::filesystem::temp_directory_path(error);
  if (error) {
    return nullptr;
  }
  std::string pattern = (folder / "qbcheck-report-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) {
    return nullptr;
  }
  close(fd);
  auto file = std::make_unique<std::fstream>(pattern, std::ios::in | std::ios::out | std::ios::trunc |
                                                          std::ios::binary);
  std::filesystem::remove(pattern, error);
  if (!*file) {
    return nullptr;
  }
  return file;
}

} // namespace

Spool::Spool()
  : m_stream(open_temporary_file())
{
  if (!m_stream) {
    m_stream = std::make_unique<std::stringstream>();
  }
}

Spool::Spool(std::unique_ptr<std::iostream> stream)
  : m_stream(std::move(stream))
{
}

Spool::~Spool() = default;

std::streamoff Spool::rewind()
{
  m_stream->flush();
  if (!*m_stream) {
    throw std::runtime_error("cannot write the report's temporary file (is the temporary folder full?)");
  }
  const std::streamoff size = m_stream->tellp(); // before seekg: a file stream has one position for both
  m_stream->seekg(0);
  return size;
}

std::ostream& Spool::out()
{
  m_written = true;
  return *m_stream;
}

void Spool::copy_to(std::ostream& target)
{
  if (!m_written) {
    return;
  }
  if (rewind() <= 0) {
    return; // streaming an empty buffer would set target's failbit
  }
  target << m_stream->rdbuf();
  m_stream->clear();
}

void Spool::copy_indented_to(std::ostream& target, std::string_view indent)
{
  if (!m_written) {
    return;
  }
  rewind();
  std::string line;
  bool first = true;
  while (std::getline(*m_stream, line)) {
    if (!first) {
      target << '\n';
    }
    target << indent << line;
    first = false;
  }
  m_stream->clear();
}

} // namespace qb::report

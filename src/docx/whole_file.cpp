#include "docx/whole_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docx/string_fill.hpp"

namespace qb::docx {

namespace {

// Closes the descriptor on every way out.
class FileDescriptor
{
public:
  explicit FileDescriptor(int fd)
    : m_fd(fd)
  {
  }
  ~FileDescriptor()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return m_fd; }

private:
  int m_fd;
};

} // namespace

std::optional<std::string> read_whole_file(const std::filesystem::path& path, std::uint64_t max_bytes)
{
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  struct stat status
  {
  };
  if (file.get() < 0 || ::fstat(file.get(), &status) != 0 || !S_ISREG(status.st_mode) || status.st_size < 0 ||
      static_cast<std::uint64_t>(status.st_size) > max_bytes) {
    return std::nullopt;
  }
  // Read straight into the string, without zero-filling it first.
  std::string bytes;
  bool failed = false;
  fill_string(bytes, static_cast<std::size_t>(status.st_size), [&](char* data, std::size_t size) noexcept {
    std::size_t filled = 0;
    while (filled < size) {
      const ssize_t n = ::read(file.get(), data + filled, size - filled);
      if (n < 0) {
        failed = true;
        break;
      }
      if (n == 0) {
        break; // shortened since fstat: what is there is the file
      }
      filled += static_cast<std::size_t>(n);
    }
    return filled;
  });
  if (failed) {
    return std::nullopt;
  }
  return bytes;
}

} // namespace qb::docx

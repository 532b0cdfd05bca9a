#pragma once

#include <filesystem>
#include <string_view>

namespace qb::test {

// A new, empty folder of its own under the temporary directory (mkdtemp), removed with everything in it when
// the object goes. Test cases run in parallel (ctest -j), and a suite may run beside another build's (the
// sanitizer suite), so a fixed name would let one test delete or overwrite another's files.
class ScratchFolder
{
public:
  explicit ScratchFolder(std::string_view purpose);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::filesystem::path& name) const { return m_path / name; }

private:
  std::filesystem::path m_path;
};

} // namespace qb::test

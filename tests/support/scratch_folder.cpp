#include "support/scratch_folder.hpp"

#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include <stdlib.h>

namespace qb::test {

ScratchFolder::ScratchFolder(std::string_view purpose)
{
  const auto pattern =
      std::filesystem::temp_directory_path() / ("qbcheck-" + std::string(purpose) + "-XXXXXX");
  std::string name = pattern.string();
  std::vector<char> buffer(name.begin(), name.end());
  buffer.push_back('\0');
  if (::mkdtemp(buffer.data()) == nullptr) {
    throw std::runtime_error("cannot make a scratch folder like " + name);
  }
  m_path = buffer.data();
}

ScratchFolder::~ScratchFolder()
{
  std::error_code ignored; // a destructor must not throw; a leftover folder is harmless
  std::filesystem::remove_all(m_path, ignored);
}

} // namespace qb::test

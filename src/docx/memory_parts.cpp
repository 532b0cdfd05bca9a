#include "docx/memory_parts.hpp"

#include <stdexcept>

#include "docx/part_names.hpp"

namespace qb::docx {

MemoryParts::MemoryParts(std::string file)
  : m_file(std::move(file))
{
}

void MemoryParts::add(std::string name, std::string bytes)
{
  forget_package_relationships();
  std::string key = part_key(name);
  if (auto found = m_index.find(key); found != m_index.end()) {
    m_parts[found->second].second = std::move(bytes);
    return;
  }
  m_index.emplace(std::move(key), m_parts.size());
  m_parts.emplace_back(std::move(name), std::move(bytes));
}

std::vector<std::string> MemoryParts::names() const
{
  std::vector<std::string> names;
  names.reserve(m_parts.size());
  for (const auto& [name, bytes] : m_parts) {
    names.push_back(name);
  }
  return names;
}

bool MemoryParts::has(std::string_view name) const
{
  return m_index.find(PartName{name}) != m_index.end();
}

std::string MemoryParts::read(std::string_view name) const
{
  auto found = m_index.find(PartName{name});
  if (found == m_index.end()) {
    throw std::out_of_range("no part named " + std::string(name) + " in " + m_file);
  }
  return m_parts[found->second].second;
}

} // namespace qb::docx

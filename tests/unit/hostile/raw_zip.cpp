#include "unit/hostile/raw_zip.hpp"

namespace qb::test {

namespace {

void put16(std::string& out, std::uint32_t value)
{
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t value)
{
  put16(out, value & 0xFFFF);
  put16(out, value >> 16);
}

} // namespace

std::uint32_t RawZip::crc32(std::string_view data)
{
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : data) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
  }
  return ~crc;
}

std::uint32_t RawZip::local(std::string_view name, std::string_view data, const LocalLie& lie)
{
  const auto offset = static_cast<std::uint32_t>(m_local.size());
  const std::string_view shown = lie.name.empty() ? name : std::string_view(lie.name);
  const auto size =
      static_cast<std::uint32_t>(lie.size >= 0 ? lie.size : static_cast<std::int64_t>(data.size()));
  m_local += "PK\x03\x04";
  put16(m_local, 20); // version needed
  put16(m_local, 0);  // flags
  put16(m_local, 0);  // stored
  put32(m_local, 0);  // time, date
  put32(m_local, lie.crc >= 0 ? static_cast<std::uint32_t>(lie.crc) : crc32(data));
  put32(m_local, size);
  put32(m_local, size);
  put16(m_local, static_cast<std::uint32_t>(shown.size()));
  put16(m_local, 0); // extra length
  m_local += shown;
  m_local += data;
  return offset;
}

void RawZip::central(std::string_view name, std::uint32_t offset, std::string_view data)
{
  const auto size = static_cast<std::uint32_t>(data.size());
  m_central += "PK\x01\x02";
  put16(m_central, 20); // version made by
  put16(m_central, 20); // version needed
  put16(m_central, 0);  // flags
  put16(m_central, 0);  // stored
  put32(m_central, 0);  // time, date
  put32(m_central, crc32(data));
  put32(m_central, size);
  put32(m_central, size);
  put16(m_central, static_cast<std::uint32_t>(name.size()));
  put16(m_central, 0); // extra length
  put16(m_central, 0); // comment length
  put16(m_central, 0); // disk
  put16(m_central, 0); // internal attributes
  put32(m_central, 0); // external attributes
  put32(m_central, offset);
  m_central += name;
  ++m_count;
}

std::string RawZip::finish() const
{
  std::string out = m_local + m_central;
  out += "PK\x05\x06";
  put16(out, 0); // this disk
  put16(out, 0); // central directory's disk
  put16(out, m_count);
  put16(out, m_count);
  put32(out, static_cast<std::uint32_t>(m_central.size()));
  put32(out, static_cast<std::uint32_t>(m_local.size()));
  put16(out, 0); // comment length
  return out;
}

} // namespace qb::test

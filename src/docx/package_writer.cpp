#include "docx/package_writer.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>

#include <zip.h>

namespace qb::docx {

namespace {

// Every entry's MS-DOS date and time: 1980-01-01 00:00, the earliest there is (what Word writes).
constexpr zip_uint16_t k_dos_time = 0;
constexpr zip_uint16_t k_dos_date = (0 << 9) | (1 << 5) | 1; // years since 1980, month, day

// Streams `unit` repeated `count` times to libzip (a zip_source_function callback's state).
struct RepeatedSource
{
  const std::string* unit;
  std::uint64_t count;
  std::uint64_t position = 0; // bytes produced so far
};

zip_int64_t repeated_callback(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command)
{
  auto* source = static_cast<RepeatedSource*>(state);
  const std::uint64_t total = source->unit->size() * source->count;
  switch (command) {
  case ZIP_SOURCE_OPEN: source->position = 0; return 0;
  case ZIP_SOURCE_READ: {
    auto* out = static_cast<char*>(data);
    zip_uint64_t written = 0;
    while (written < length && source->position < total) {
      const std::uint64_t offset = source->position % source->unit->size();
      const std::uint64_t n = std::min<std::uint64_t>(length - written, source->unit->size() - offset);
      std::memcpy(out + written, source->unit->data() + offset, n);
      written += n;
      source->position += n;
    }
    return static_cast<zip_int64_t>(written);
  }
  case ZIP_SOURCE_CLOSE: return 0;
  case ZIP_SOURCE_STAT: {
    auto* stat = static_cast<zip_stat_t*>(data);
    zip_stat_init(stat);
    stat->size = total;
    stat->valid |= ZIP_STAT_SIZE;
    return sizeof(zip_stat_t);
  }
  case ZIP_SOURCE_ERROR: return 2 * sizeof(int);
  case ZIP_SOURCE_FREE: return 0;
  case ZIP_SOURCE_SUPPORTS:
    return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                          ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
  default: return -1;
  }
}

[[noreturn]] void fail(const std::string& what, zip_error_t* error)
{
  std::string message = "cannot write zip: " + what + ": " + zip_error_strerror(error);
  zip_error_fini(error);
  throw std::runtime_error(message);
}

// Reads back everything written into an in-memory zip source.
std::string drain(zip_source_t* source)
{
  zip_stat_t stat;
  if (zip_source_open(source) < 0 || zip_source_stat(source, &stat) < 0) {
    fail("reading the buffer", zip_source_error(source));
  }
  std::string bytes(stat.size, '\0');
  const zip_int64_t n = zip_source_read(source, bytes.data(), bytes.size());
  zip_source_close(source);
  if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size) {
    throw std::runtime_error("cannot write zip: short read of the buffer");
  }
  return bytes;
}

} // namespace

void PackageWriter::add(std::string name, std::string bytes)
{
  put({std::move(name), std::move(bytes), 0});
}

void PackageWriter::add_repeated(std::string name, std::string unit, std::uint64_t count)
{
  if (unit.empty()) {
    count = 0;
    unit = " "; // an empty part; keeps the modulo in the callback well defined
  }
  put({std::move(name), std::move(unit), count});
}

void PackageWriter::put(Entry entry)
{
  auto same = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry& existing) { return existing.name == entry.name; });
  if (same != m_entries.end()) {
    *same = std::move(entry);
    return;
  }
  m_entries.push_back(std::move(entry));
}

std::string PackageWriter::to_bytes() const
{
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    fail("creating the buffer", &error);
  }
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer);
    fail("opening the buffer", &error);
  }
  zip_source_keep(buffer); // survive zip_close so the bytes can be read back
  std::vector<std::unique_ptr<RepeatedSource>> states;
  for (const Entry& entry : m_entries) {
    zip_source_t* source = nullptr;
    if (entry.repeat == 0) {
      source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    } else {
      states.push_back(std::make_unique<RepeatedSource>(RepeatedSource{&entry.bytes, entry.repeat}));
      source = zip_source_function(archive, repeated_callback, states.back().get());
    }
    const zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      zip_error_set(&error, zip_error_code_zip(zip_get_error(archive)), 0);
      zip_discard(archive);
      zip_source_free(buffer);
      fail("adding " + entry.name, &error);
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 0);
    zip_file_set_dostime(archive, static_cast<zip_uint64_t>(index), k_dos_time, k_dos_date, 0);
  }
  if (zip_close(archive) < 0) {
    zip_error_set(&error, zip_error_code_zip(zip_get_error(archive)), 0);
    zip_discard(archive);
    zip_source_free(buffer);
    fail("closing", &error);
  }
  std::string bytes = drain(buffer);
  zip_source_free(buffer);
  return bytes;
}

void PackageWriter::write(const std::filesystem::path& path) const
{
  const std::string bytes = to_bytes();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    throw std::runtime_error("cannot write " + path.string());
  }
}

} // namespace qb::docx

// ZipPackage::read inflates straight into the returned string, sized from the header and grown only when the
// header lies. Checked against the previous read (64 KiB chunks appended to a string) on honest and lying
// headers, sizes around the chunk and the cap, corrupt data and a lying CRC: the same bytes, or the same
// error with the same detail.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <zip.h>

#include "core/input_error.hpp"
#include "docx/package_writer.hpp"
#include "docx/zip_package.hpp"
#include "support/docx_builder.hpp"
#include "support/zip_headers.hpp"

using namespace qb;
using namespace qb::docx;
using qb::test::get16;

namespace {

// What a read gives: the bytes, or an error's code and detail.
struct Outcome
{
  bool ok = false;
  std::string bytes;
  InputErrorCode code = InputErrorCode::not_a_zip;
  std::string detail;
};

std::string describe(std::uint64_t bytes)
{
  if (bytes % (1024 * 1024) == 0) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
  }
  return std::to_string(bytes) + " bytes";
}

// The read ZipPackage made before: the header's size reserved, 64 KiB chunks appended.
Outcome reference_read(const std::filesystem::path& path, const std::string& name, std::uint64_t cap)
{
  int code = 0;
  zip_t* archive = zip_open(path.string().c_str(), ZIP_RDONLY, &code);
  REQUIRE(archive != nullptr);
  const std::unique_ptr<zip_t, void (*)(zip_t*)> closer(archive, zip_discard);
  const zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  REQUIRE(index >= 0);
  Outcome outcome;
  outcome.code = InputErrorCode::part_too_large;
  outcome.detail = describe(cap);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
      (stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > cap) {
    return outcome;
  }
  zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    outcome.code = InputErrorCode::not_a_zip;
    outcome.detail = zip_strerror(archive);
    return outcome;
  }
  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file_closer(file, zip_fclose);
  std::string bytes;
  const std::uint64_t hint = (stat.valid & ZIP_STAT_SIZE) != 0 ? stat.size : 0;
  bytes.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(hint, cap) + 1));
  std::vector<char> chunk(64 * 1024);
  while (true) {
    const zip_int64_t n = zip_fread(file, chunk.data(), chunk.size());
    if (n < 0) {
      outcome.code = InputErrorCode::not_a_zip;
      outcome.detail = zip_file_strerror(file);
      return outcome;
    }
    if (n == 0) {
      break;
    }
    if (bytes.size() + static_cast<std::uint64_t>(n) > cap) {
      return outcome;
    }
    bytes.append(chunk.data(), static_cast<std::size_t>(n));
  }
  outcome.ok = true;
  outcome.bytes = std::move(bytes);
  return outcome;
}

Outcome package_read(const std::filesystem::path& path, const std::string& name, std::uint64_t cap)
{
  ReadLimits limits;
  limits.max_part_bytes = cap;
  const ZipPackage package(path, limits);
  Outcome outcome;
  try {
    outcome.bytes = package.read(name);
    outcome.ok = true;
  } catch (const InputError& error) {
    outcome.code = error.code();
    outcome.detail = error.detail();
    CHECK(error.part() == name);
  }
  return outcome;
}

void check_same(const std::filesystem::path& path, const std::string& name, std::uint64_t cap)
{
  INFO(path.filename().string() << " " << name << " cap " << cap);
  const Outcome fast = package_read(path, name, cap);
  const Outcome slow = reference_read(path, name, cap);
  CHECK(fast.ok == slow.ok);
  if (fast.ok && slow.ok) {
    CHECK(fast.bytes.size() == slow.bytes.size());
    CHECK(fast.bytes == slow.bytes);
  } else if (!fast.ok && !slow.ok) {
    CHECK(fast.code == slow.code);
    CHECK(fast.detail == slow.detail);
  }
}

// Makes both headers of every entry named `name` claim `size` uncompressed bytes (a lying header), or, with
// `crc`, claim that CRC instead.
void patch(std::string& zip, const std::string& name, std::uint32_t value, bool crc)
{
  test::patch_entry_headers(
      zip, name, crc ? test::ZipHeaderField::crc32 : test::ZipHeaderField::uncompressed_size, value);
}

// `size` bytes of XML-like text that deflates well but not trivially.
std::string text_of(std::size_t size)
{
  std::string text;
  text.reserve(size + 64);
  for (std::size_t i = 0; text.size() < size; ++i) {
    text += "<w:p><w:r><w:t>" + std::to_string(i * 7919 % 100003) + "</w:t></w:r></w:p>";
  }
  text.resize(size);
  return text;
}

} // namespace

TEST_CASE("a part is read into its buffer as the chunked read read it", "[package]")
{
  test::TempDir dir;
  const std::vector<std::size_t> sizes{0, 1, 65535, 65536, 65537, 3 * 65536 + 7, 1 << 20, (1 << 20) + 1};
  PackageWriter writer;
  for (const std::size_t size : sizes) {
    writer.add("part" + std::to_string(size) + ".xml", text_of(size));
  }
  const std::string honest = writer.to_bytes();
  const auto honest_path = dir.write("honest.docx", honest);
  for (const std::size_t size : sizes) {
    const std::string name = "part" + std::to_string(size) + ".xml";
    // Caps below, at and above the size, and the default.
    for (const std::uint64_t cap :
         {std::uint64_t{size}, std::uint64_t{size} + 1, std::uint64_t{1} << 20, std::uint64_t{64} << 20}) {
      check_same(honest_path, name, cap);
      if (size > 0) {
        check_same(honest_path, name, size - 1);
      }
    }
    // Headers claiming less, a little more, far more and the most a header can say.
    for (const std::uint32_t claimed : {0u, 1u, 1000u, static_cast<std::uint32_t>(size + 1),
                                        static_cast<std::uint32_t>(size * 3 + 5), 60u << 20, 0xFFFFFFFEu}) {
      std::string lying = honest;
      patch(lying, name, claimed, false);
      const auto path = dir.write("lying.docx", lying);
      for (const std::uint64_t cap :
           {std::uint64_t{size}, std::uint64_t{size} + 70000, std::uint64_t{64} << 20}) {
        check_same(path, name, cap);
        if (size > 0) {
          check_same(path, name, size - 1);
        }
      }
    }
    if (size > 0) {
      // A CRC that does not match: the error at the end of the data, or the cap first.
      std::string bad_crc = honest;
      patch(bad_crc, name, 0x12345678u, true);
      const auto path = dir.write("crc.docx", bad_crc);
      check_same(path, name, std::uint64_t{64} << 20);
      check_same(path, name, size - 1);
      CHECK_FALSE(package_read(path, name, std::uint64_t{64} << 20).ok);
    }
  }
}

TEST_CASE("a part whose deflated data is damaged fails as the chunked read failed", "[package]")
{
  test::TempDir dir;
  PackageWriter writer;
  writer.add("word/document.xml", text_of(400000));
  const std::string zip = writer.to_bytes();
  const std::size_t data = 30 + get16(zip, 26) + get16(zip, 28);
  // Damage early, in the middle and near the end of the compressed data.
  for (const std::size_t offset : {std::size_t{20}, std::size_t{3000}, std::size_t{9000}}) {
    std::string damaged = zip;
    for (std::size_t i = data + offset; i < data + offset + 40 && i < damaged.size(); ++i) {
      damaged[i] = static_cast<char>(~damaged[i]);
    }
    const auto path = dir.write("damaged.docx", damaged);
    INFO(offset);
    for (const std::uint64_t cap : {std::uint64_t{64} << 20, std::uint64_t{100000}, std::uint64_t{65536}}) {
      check_same(path, "word/document.xml", cap);
    }
    CHECK_FALSE(package_read(path, "word/document.xml", std::uint64_t{64} << 20).ok);
  }
}

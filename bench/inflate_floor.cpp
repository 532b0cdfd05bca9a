// The floor of `make bench`: opens every file given and inflates the XML parts qbcheck reads, nothing else.
// No XML parsing, no model, no rules: no checker that reads these parts can be faster than this.
//
//   inflate_floor FILE...   ->   docs=N xml_bytes=B seconds=S
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <zip.h>

#include "docx/part_source.hpp"
#include "docx/whole_file.hpp"

namespace {

// The parts docx::load_document reads from a package Word wrote (found there through relationships; Word
// always uses these names). The package relationships and content types are read too.
constexpr const char* k_parts[] = {
    "[Content_Types].xml",   "_rels/.rels",       "word/_rels/document.xml.rels",
    "word/document.xml",     "word/styles.xml",   "word/numbering.xml",
    "word/theme/theme1.xml", "word/settings.xml", "word/footnotes.xml",
    "word/endnotes.xml",     "word/comments.xml", "docProps/core.xml",
    "docProps/app.xml",
};

// Inflates `name` into `buffer` (reused across parts); returns the bytes inflated, 0 when absent.
std::size_t inflate_part(zip_t* archive, const char* name, std::vector<char>& buffer)
{
  zip_file_t* file = zip_fopen(archive, name, ZIP_FL_NOCASE);
  if (file == nullptr) {
    return 0;
  }
  std::size_t total = 0;
  while (true) {
    const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
    if (n <= 0) {
      break;
    }
    total += static_cast<std::size_t>(n);
  }
  zip_fclose(file);
  return total;
}

// The archive at `path`, opened as qbcheck opens it (docx::open_package): read whole when it is no larger
// than ReadLimits::max_file_in_memory (every bench file is), else by libzip from the file. Null when it
// cannot be.
zip_t* open_archive(const char* path, std::string& file_bytes)
{
  if (auto whole = qb::docx::read_whole_file(path, qb::docx::ReadLimits{}.max_file_in_memory)) {
    file_bytes = std::move(*whole);
    zip_source_t* source = zip_source_buffer_create(file_bytes.data(), file_bytes.size(), 0, nullptr);
    zip_t* archive = source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, nullptr) : nullptr;
    if (archive == nullptr && source != nullptr) {
      zip_source_free(source);
    }
    return archive;
  }
  int error = 0;
  return zip_open(path, ZIP_RDONLY, &error);
}

} // namespace

int main(int argc, char** argv)
{
  // As qbcheck batch does: libzip's mktime() per entry would otherwise stat /etc/localtime each time.
  if (std::getenv("TZ") == nullptr) {
    setenv("TZ", ":/etc/localtime", 0);
  }
  std::vector<char> buffer(64 * 1024);
  std::string file_bytes;
  std::size_t docs = 0;
  std::size_t bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 1; i < argc; ++i) {
    zip_t* archive = open_archive(argv[i], file_bytes);
    if (archive == nullptr) {
      std::fprintf(stderr, "inflate_floor: cannot open %s\n", argv[i]);
      return 2;
    }
    for (const char* part : k_parts) {
      bytes += inflate_part(archive, part, buffer);
    }
    zip_discard(archive);
    ++docs;
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::printf("docs=%zu xml_bytes=%zu seconds=%.6f\n", docs, bytes, seconds.count());
  return 0;
}

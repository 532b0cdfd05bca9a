#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace qb::docx {

struct Relationship;

// Limits that keep any input, however hostile, within bounded memory.
struct ReadLimits
{
  std::uint64_t max_part_bytes = 64ull
                                 << 20; // a part inflating past this is refused (checked while inflating)
  std::size_t max_entries = 10000;      // zip entries; real documents have tens
  // Paragraphs of all stories. A real application has a few thousand; 64 MiB of empty <w:p/> would make ten
  // million, each a model paragraph of about 1 KB. 300,000 is some 6,000 pages (docs/hostile-inputs.md).
  std::size_t max_paragraphs = 300000;
  // '<' bytes of one XML part, counted before it is parsed (every element has one or two): pugixml builds a
  // DOM node of about 100 bytes for each element, so 64 MiB of <w:p/> would take over 1 GB before the
  // paragraph limit could refuse it. Word writes about 240 '<' a page (a 100-page document: 23,738; the
  // largest of the real corpus: 49,834), so 4,000,000 is some 16,000 pages (docs/hostile-inputs.md).
  std::size_t max_xml_elements = 4000000;
  // A file of at most this many bytes is read whole, with one read() (libzip reading a file seeks and reads
  // for every entry: some sixty system calls a document, as costly as a fifth of inflating it); a larger one
  // (photographs) is read in place, entry by entry. A real application is 0.1 to 10 MB.
  std::uint64_t max_file_in_memory = 16ull << 20;
};

// Read access to the parts of an OPC package, by part name without a leading slash ("word/document.xml").
// ZipPackage reads a .docx; MemoryParts serves XML strings to tests.
class PartSource
{
public:
  virtual ~PartSource() = default;

  // The label used in error messages: the file path as the user gave it.
  virtual const std::string& file() const = 0;
  // Part names in the package (zip entry names), in archive order.
  virtual std::vector<std::string> names() const = 0;
  // True when a part of that name exists (ASCII case-insensitive, as OPC part names are).
  virtual bool has(std::string_view name) const = 0;
  // The part's bytes. Throws InputError(part_too_large) past ReadLimits::max_part_bytes, or
  // InputError(not_a_zip) when inflating fails, std::out_of_range when there is no such part (check has()
  // first, or use relationships, whose targets always exist). Never call it for media: qbcheck never inflates
  // media.
  virtual std::string read(std::string_view name) const = 0;

protected:
  // Drops what package_relationships() kept, for a source whose parts change (MemoryParts::add).
  void forget_package_relationships() { m_package_relationships.reset(); }

private:
  // The package's own relationships, read once (docx/relationships.hpp: package_relationships). Like reading
  // a part, filling it is not safe for two threads at once: a package is read by one thread.
  friend const std::vector<Relationship>& package_relationships(const PartSource& parts);
  mutable std::shared_ptr<const std::vector<Relationship>> m_package_relationships;
};

} // namespace qb::docx

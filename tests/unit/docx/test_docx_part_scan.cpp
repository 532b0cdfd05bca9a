#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <unicode/utf8.h>

#include "docx/part_scan.hpp"

using namespace qb::docx;

namespace {

// What scan_part must say, found the slow way: every sequence decoded by ICU, every byte compared.
PartScan reference_scan(const std::string& bytes)
{
  PartScan scan;
  scan.tags = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '<'));
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t offset = 0;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT(bytes.data(), offset, length, c);
    if (c < 0) {
      scan.well_formed_utf8 = false;
    }
  }
  return scan;
}

// Pieces that meet at every offset of a 16-byte block: markup, the sequences judged by masks, those left to
// the decoder (E0, ED and four-byte leads)...
const std::vector<std::string> k_well_formed_pieces = {"<",
                                                       "<w:t>",
                                                       "a",
                                                       " ",
                                                       "\xE4\xB8\xAD",
                                                       "\xEF\xBC\x88",
                                                       "\xC2\xB7",
                                                       "\xDF\xBF",
                                                       "\xE0\xA4\x80",
                                                       "\xED\x9F\xBF",
                                                       "\xF0\x9F\x98\x80",
                                                       "\xF4\x8F\xBF\xBF"};

// ... and ill-formed ones (lone continuation bytes, truncated leads, overlongs, surrogates, C0/C1/F5..FF).
const std::vector<std::string> k_ill_formed_pieces = {
    "\x80",     "\xBF",     "\xE4\xB8",         "\xE4", "\xC2",        "\xE0\x80\x80", "\xED\xA0\x80",
    "\xC0\xAF", "\xC1\xBF", "\xF5\x80\x80\x80", "\xFF", "\xF0\x9F\x98"};

std::vector<std::string> all_pieces()
{
  std::vector<std::string> pieces = k_well_formed_pieces;
  pieces.insert(pieces.end(), k_ill_formed_pieces.begin(), k_ill_formed_pieces.end());
  return pieces;
}

std::string random_text(std::mt19937& random, const std::vector<std::string>& pieces, std::size_t count)
{
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    text += pieces[pick(random)];
  }
  return text;
}

// Every version of the scan (SSE2 and, where the processor has it, AVX2) and the one scan_part chose.
void require_same_as_reference(const std::string& bytes)
{
  const PartScan expected = reference_scan(bytes);
  INFO("bytes: " << bytes.size());
  for (const auto& [name, scan] :
       {std::pair{"chosen", scan_part(bytes)}, std::pair{"baseline", scan_part_baseline(bytes)}}) {
    INFO(name);
    REQUIRE(scan.tags == expected.tags);
    REQUIRE(scan.well_formed_utf8 == expected.well_formed_utf8);
  }
  if (scan_part_avx2_supported()) {
    const PartScan scan = scan_part_avx2(bytes);
    INFO("avx2");
    REQUIRE(scan.tags == expected.tags);
    REQUIRE(scan.well_formed_utf8 == expected.well_formed_utf8);
  }
}

} // namespace

TEST_CASE("scan_part counts '<' and judges UTF-8 as decoding every sequence does", "[reader][utf8]")
{
  SECTION("empty and short input")
  {
    require_same_as_reference("");
    require_same_as_reference("<");
    require_same_as_reference("\xE4\xB8");
    require_same_as_reference("<w:t>\xE4\xB8\xAD</w:t>");
  }
  SECTION("a sequence straddling each block boundary, then each kind of byte after it")
  {
    const auto pieces = all_pieces();
    for (const std::string& piece : pieces) {
      for (const std::string& after : pieces) {
        for (std::size_t pad = 0; pad < 72; ++pad) { // every offset of two 32-byte blocks
          require_same_as_reference(std::string(pad, 'x') + piece + after + std::string(20, '<'));
          require_same_as_reference(std::string(pad, 'x') + piece + after);
        }
      }
    }
  }
  SECTION("Chinese text with a stray byte at every offset")
  {
    std::string text;
    for (int i = 0; i < 40; ++i) {
      text += "\xE4\xB8\xAD<";
    }
    text += std::string(33, 'a') + "\xC2\xB7\xE4\xB8\xAD";
    require_same_as_reference(text);
    for (std::size_t at = 0; at < text.size(); ++at) {
      for (const char stray : {'\x80', '\xC2', '\xE4', '<', 'a'}) {
        std::string changed = text;
        changed[at] = stray;
        require_same_as_reference(changed);
      }
    }
  }
  SECTION("random well-formed and ill-formed text")
  {
    const auto pieces = all_pieces();
    std::mt19937 random(20261125);
    for (int round = 0; round < 3000; ++round) {
      const std::size_t count = static_cast<std::size_t>(round % 120);
      require_same_as_reference(random_text(random, k_well_formed_pieces, count));
      require_same_as_reference(random_text(random, pieces, count));
    }
  }
  SECTION("long runs of markup and text, then one stray byte")
  {
    const auto pieces = all_pieces();
    std::mt19937 random(7);
    const std::string markup = "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t>";
    std::string text;
    for (int run = 0; run < 200; ++run) {
      text += markup + random_text(random, k_well_formed_pieces, static_cast<std::size_t>(run % 37)) +
              "</w:t></w:r>";
    }
    require_same_as_reference(text);
    std::uniform_int_distribution<std::size_t> at(0, text.size() - 1);
    for (int round = 0; round < 200; ++round) {
      std::string changed = text;
      changed.insert(at(random), random_text(random, k_ill_formed_pieces, 1));
      require_same_as_reference(changed);
    }
  }
}

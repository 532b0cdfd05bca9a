#pragma once

#include <memory>
#include <optional>

#include <pugixml.hpp>

#include "model/properties.hpp"

namespace qb::docx {

// Renders automatic numbers from numbering.xml as Word shows them, keeping the counters of every list as
// paragraphs are visited in document order (w:abstractNum levels, w:lvlOverride/w:startOverride,
// w:lvlRestart, w:isLgl; formats decimal, upper/lowerRoman, upper/lowerLetter, chineseCounting,
// chineseCountingThousand, chineseLegalSimplified, ideographTraditional, ideographZodiac,
// decimalEnclosedCircle(Chinese), decimalFullWidth, decimalZero, bullet, none...).
class NumberingResolver
{
public:
  // `numbering` is the root of numbering.xml; a null node resolves nothing.
  explicit NumberingResolver(const pugi::xml_node& numbering);
  ~NumberingResolver();
  NumberingResolver(NumberingResolver&&) noexcept;
  NumberingResolver& operator=(NumberingResolver&&) noexcept;

  // Advances the counters for a paragraph numbered (`num_id`, `level`) and returns its label; nullopt when
  // num_id is 0 or unknown, or the level's format is "none" with an empty text.
  std::optional<model::Numbering> next(int num_id, int level);

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace qb::docx

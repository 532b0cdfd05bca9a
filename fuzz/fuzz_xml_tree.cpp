// libFuzzer target, differential: whenever XmlTree's one-pass parse accepts the input, pugixml must accept it
// too and build the same tree (names, attributes, text, raw bytes of each element); and the tree copied from
// pugixml's (the path of every part the one-pass parse refuses) must equal pugixml's. Any difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "docx/xml_tree.hpp"
#include "support/xml_tree_difference.hpp"

namespace {

void require_none(const std::string& difference)
{
  if (!difference.empty()) {
    std::fprintf(stderr, "XmlTree differs from pugixml: %s\n", difference.c_str());
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  pugi::xml_document expected;
  const bool pugi_accepts = qb::test::pugi_parse(bytes, expected);
  if (pugi_accepts) {
    require_none(qb::test::difference(expected, qb::docx::XmlTree::from_pugi(expected).document()));
  }
  if (const auto tree = qb::docx::XmlTree::parse(bytes)) {
    if (!pugi_accepts) {
      require_none("the one-pass parse accepted what pugixml refuses");
    }
    require_none(qb::test::difference(expected, tree->document()));
    require_none(qb::test::raw_difference(*tree, expected, 200));
  }
  return 0;
}

#pragma once

#include <cstddef>
#include <string>

namespace qb::docx {

// Makes `text` `size` bytes long and lets `fill(data, size)` write its bytes from data[text.size()] on;
// `fill` returns how many bytes `text` then holds (at most `size`; the bytes before the old size are kept)
// and must not throw. The project is built as C++20, where the new bytes are zero-filled first; a C++23
// library's resize_and_overwrite skips that fill (one more pass over every byte inflated: callgrind counted
// 6 M instructions for 20 documents, though `rep stosb` is cheaper than that count suggests).
template <typename Fill> void fill_string(std::string& text, std::size_t size, Fill fill)
{
#if defined(__cpp_lib_string_resize_and_overwrite)
  text.resize_and_overwrite(size, fill);
#else
  text.resize(size);
  text.resize(fill(text.data(), size));
#endif
}

} // namespace qb::docx

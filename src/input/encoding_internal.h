// Pieces of encoding.cc that tests reach directly.
#ifndef NEWSIFT_INPUT_ENCODING_INTERNAL_H_
#define NEWSIFT_INPUT_ENCODING_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsift::input::internal {

bool LabelTableIsSorted();

struct Utf8Stats {
  size_t multibyte = 0;  // well-formed sequences of 2-4 bytes
  size_t invalid = 0;    // maximal ill-formed subparts (each one U+FFFD)
};
Utf8Stats ScanUtf8(std::string_view bytes);

// Copies `bytes` as UTF-8: ill-formed subparts become U+FFFD, NUL bytes
// are dropped.
void RepairUtf8(std::string_view bytes, std::string* out);

}  // namespace newsift::input::internal

#endif  // NEWSIFT_INPUT_ENCODING_INTERNAL_H_

// The decoders behind Decompress (newsift/input/decompress.h), one per
// library. Each appends at most `max_output` + one chunk bytes to `out`
// and reports which way it ended.
#ifndef NEWSIFT_INPUT_DECOMPRESS_INTERNAL_H_
#define NEWSIFT_INPUT_DECOMPRESS_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsift::input::internal {

enum class Inflated {
  kDone,       // the stream ended (trailing bytes after it are ignored)
  kTruncated,  // the data ended inside the stream
  kTooLarge,   // the output passed max_output
  kCorrupt,
};

// gzip or zlib (`raw` false; gzip members may follow each other), or raw
// deflate (`raw` true).
Inflated InflateZlib(std::string_view data, bool raw, size_t max_output, std::string* out);
Inflated InflateBrotli(std::string_view data, size_t max_output, std::string* out);
Inflated InflateZstd(std::string_view data, size_t max_output, std::string* out);

}  // namespace newsift::input::internal

#endif  // NEWSIFT_INPUT_DECOMPRESS_INTERNAL_H_

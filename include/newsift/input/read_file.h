// Reading one page's bytes into memory, with a size cap so that a huge or
// endless input fails cleanly instead of exhausting memory.
#ifndef NEWSIFT_INPUT_READ_FILE_H_
#define NEWSIFT_INPUT_READ_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "newsift/input/byte_source.h"
#include "newsift/status.h"

namespace newsift::input {

// Reads all of `source`. Fails with kTooLarge ("<what> larger than the
// 64 MiB limit (see --max-size)") as soon as it holds more than
// `max_bytes` (or says so in advance), or with the source's error.
Result<std::string> ReadAll(ByteSource* source, size_t max_bytes, std::string_view what = "input");

// Reads the whole file at `path`, or standard input when `path` is "-".
// Fails as OpenFileSource() and ReadAll() do. Thread-safe.
Result<std::string> ReadFile(const std::string& path, size_t max_bytes);

// "64 MiB", "1.5 KiB", "12 bytes": for messages.
std::string FormatBytes(size_t bytes);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_READ_FILE_H_

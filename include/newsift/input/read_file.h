// Reading one input into memory, with a size cap so that a huge or endless
// input fails cleanly instead of exhausting memory.
#ifndef NEWSIFT_INPUT_READ_FILE_H_
#define NEWSIFT_INPUT_READ_FILE_H_

#include <cstddef>
#include <string>

#include "newsift/status.h"

namespace newsift::input {

// Reads the whole file at `path`, or standard input when `path` is "-".
// Fails with kIo ("No such file or directory", "is a directory", ...) or
// kTooLarge when the input holds more than `max_bytes`. Thread-safe.
Result<std::string> ReadFile(const std::string& path, size_t max_bytes);

// The same for an open file descriptor, which is not closed.
Result<std::string> ReadDescriptor(int fd, size_t max_bytes);

// "64 MiB", "1.5 KiB", "12 bytes": for messages.
std::string FormatBytes(size_t bytes);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_READ_FILE_H_

// Forward-only streams of bytes that the page readers pull from: a file
// descriptor, a memory buffer, or (gzip.h) a decompressor over another
// source. Readers take what they need a chunk at a time, so a
// multi-gigabyte WARC is never held in memory.
//
// A source is used by one thread at a time.
#ifndef NEWSIFT_INPUT_BYTE_SOURCE_H_
#define NEWSIFT_INPUT_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "newsift/status.h"

namespace newsift::input {

class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Copies up to `size` (> 0) bytes into `buffer` and returns how many.
  // Returns 0 only at the end of the data or on a failure; error() then
  // tells which.
  virtual size_t Read(char* buffer, size_t size) = 0;

  // After Read() returned 0: why, or nullopt at a clean end.
  const std::optional<Error>& error() const { return error_; }

  // After a failure, moves on to the next place where reading can resume
  // (a gzip source: the next gzip member) and returns true; returns false
  // when there is none. The data between is lost.
  virtual bool Recover() { return false; }

  // The total size when known in advance (a regular file), else nullopt.
  virtual std::optional<uint64_t> SizeHint() const { return std::nullopt; }

 protected:
  std::optional<Error> error_;
};

// Reads the file at `path`, or standard input for "-". Fails with kIo
// ("No such file or directory", "is a directory", "Permission denied").
Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);

// Reads `bytes` (tests, fuzzers, library callers with pages in memory).
std::unique_ptr<ByteSource> NewMemorySource(std::string bytes);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_BYTE_SOURCE_H_

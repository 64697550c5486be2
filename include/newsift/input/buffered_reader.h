// A buffer over a ByteSource with what container parsers need: peeking at
// the next bytes (to recognise a format), reading a line, reading or
// skipping a counted number of bytes, and pushing bytes back (to resume
// after a record that claimed more bytes than it had).
//
// Memory stays bounded: the buffer holds at most one chunk (64 KiB), one
// Peek() window, or the bytes pushed back; counted reads go straight to
// the caller's string, skips are never stored.
#ifndef NEWSIFT_INPUT_BUFFERED_READER_H_
#define NEWSIFT_INPUT_BUFFERED_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsift/input/byte_source.h"

namespace newsift::input {

class BufferedReader : public ByteSource {
 public:
  explicit BufferedReader(std::unique_ptr<ByteSource> source);

  size_t Read(char* buffer, size_t size) override;
  bool Recover() override;
  std::optional<uint64_t> SizeHint() const override { return source_->SizeHint(); }

  // Up to `size` next bytes, not consumed; fewer only at the end of the
  // data. Valid until the next call on this reader.
  std::string_view Peek(size_t size);

  // Reads one line, up to and including its '\n', into `line`
  // (replacing its contents). A line longer than `max` bytes comes in
  // pieces of `max` bytes; `*complete` (when given) says whether this
  // piece ends the line. Returns false when nothing was left to read.
  bool ReadLine(std::string* line, size_t max, bool* complete = nullptr);

  // Appends up to `size` bytes to `out`; returns how many (fewer only at
  // the end of the data or on a failure).
  size_t ReadInto(uint64_t size, std::string* out);

  // Skips up to `size` bytes; returns how many.
  uint64_t Skip(uint64_t size);

  // Puts `bytes` back in front of what is left to read.
  void Unread(std::string_view bytes);

  // Bytes consumed so far (minus those pushed back): for messages.
  uint64_t offset() const { return offset_; }

 private:
  // Makes at least one more byte available; false at the end or on a
  // failure of the source (whose error is copied).
  bool Fill();
  size_t available() const { return buffer_.size() - begin_; }
  void Consume(size_t n) {
    begin_ += n;
    offset_ += n;
  }

  std::unique_ptr<ByteSource> source_;
  std::string buffer_;
  size_t begin_ = 0;  // first unread byte in buffer_
  uint64_t offset_ = 0;
};

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_BUFFERED_READER_H_

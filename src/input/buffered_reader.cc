#include "newsift/input/buffered_reader.h"

#include <algorithm>
#include <cstring>

namespace newsift::input {
namespace {

constexpr size_t kChunk = 64 * 1024;
// Reads of at least this much bypass an empty buffer.
constexpr size_t kDirectRead = 4 * 1024;

}  // namespace

BufferedReader::BufferedReader(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

bool BufferedReader::Fill() {
  if (error_) return false;
  // Drop what was consumed, so the buffer never grows past what is unread
  // plus one chunk.
  if (begin_ > 0) {
    buffer_.erase(0, begin_);
    begin_ = 0;
  }
  // No more than the source says it has left (plus one byte, to see the
  // end): a small page is not read through a zero-filled 64 KiB chunk.
  size_t chunk = kChunk;
  const uint64_t from_source = offset_ + available();
  if (const std::optional<uint64_t> size = source_->SizeHint(); size && *size >= from_source) {
    chunk = static_cast<size_t>(std::min<uint64_t>(kChunk, *size - from_source + 1));
  }
  const size_t old_size = buffer_.size();
  buffer_.resize(old_size + chunk);
  const size_t n = source_->Read(buffer_.data() + old_size, chunk);
  buffer_.resize(old_size + n);
  if (n == 0) {
    error_ = source_->error();
    return false;
  }
  return true;
}

size_t BufferedReader::Read(char* buffer, size_t size) {
  // A large read with nothing buffered goes straight to the caller's
  // buffer: a whole page is not copied through the buffer chunk by chunk.
  if (available() == 0 && size >= kDirectRead && !error_) {
    const size_t n = source_->Read(buffer, size);
    if (n == 0) error_ = source_->error();
    offset_ += n;
    return n;
  }
  if (available() == 0 && !Fill()) return 0;
  const size_t n = std::min(size, available());
  std::memcpy(buffer, buffer_.data() + begin_, n);
  Consume(n);
  return n;
}

bool BufferedReader::Recover() {
  if (!error_) return false;
  if (!source_->Recover()) return false;
  error_.reset();
  return true;
}

std::string_view BufferedReader::Peek(size_t size) {
  while (available() < size && Fill()) {
  }
  return std::string_view(buffer_).substr(begin_, std::min(size, available()));
}

bool BufferedReader::ReadLine(std::string* line, size_t max, bool* complete) {
  line->clear();
  if (complete != nullptr) *complete = false;
  while (line->size() < max) {
    if (available() == 0 && !Fill()) break;
    const size_t want = std::min(available(), max - line->size());
    const char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start, '\n', want);
    const size_t n = newline == nullptr
                         ? want
                         : static_cast<size_t>(static_cast<const char*>(newline) - start) + 1;
    line->append(start, n);
    Consume(n);
    if (newline != nullptr) {
      if (complete != nullptr) *complete = true;
      return true;
    }
  }
  // The end of the data also ends the last line.
  if (complete != nullptr && line->size() < max) *complete = true;
  return !line->empty();
}

size_t BufferedReader::ReadInto(uint64_t size, std::string* out) {
  uint64_t left = size;
  while (left > 0) {
    if (available() == 0 && !Fill()) break;
    const size_t n = static_cast<size_t>(std::min<uint64_t>(left, available()));
    out->append(buffer_.data() + begin_, n);
    Consume(n);
    left -= n;
  }
  return static_cast<size_t>(size - left);
}

uint64_t BufferedReader::Skip(uint64_t size) {
  uint64_t left = size;
  while (left > 0) {
    if (available() == 0 && !Fill()) break;
    const size_t n = static_cast<size_t>(std::min<uint64_t>(left, available()));
    Consume(n);
    left -= n;
  }
  return size - left;
}

void BufferedReader::Unread(std::string_view bytes) {
  buffer_.erase(0, begin_);
  begin_ = 0;
  buffer_.insert(0, bytes);
  offset_ -= std::min<uint64_t>(offset_, bytes.size());
}

}  // namespace newsift::input

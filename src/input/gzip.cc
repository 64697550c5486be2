#include "newsift/input/gzip.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include <climits>
#include <zlib.h>

#include "decompress_internal.h"
#include "newsift/input/read_file.h"

namespace newsift::input {
namespace {

constexpr size_t kChunk = 64 * 1024;
constexpr int kGzipOnly = 15 + 16;    // windowBits: gzip wrapper
constexpr int kGzipOrZlib = 15 + 32;  // windowBits: detect gzip or zlib
constexpr int kRawDeflate = -15;

Bytef* AsBytes(char* p) { return reinterpret_cast<Bytef*>(p); }
Bytef* AsBytes(const char* p) { return reinterpret_cast<Bytef*>(const_cast<char*>(p)); }

// Owns an initialised inflate stream.
class Inflater {
 public:
  explicit Inflater(int window_bits) { ok_ = inflateInit2(&z_, window_bits) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&z_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream* get() { return &z_; }

 private:
  z_stream z_{};
  bool ok_ = false;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> compressed)
      : in_(std::move(compressed)), inflater_(kGzipOnly), input_(2 * kChunk) {
    if (!inflater_.ok()) Fail("cannot initialise zlib");
  }

  size_t Read(char* buffer, size_t size) override {
    z_stream* z = inflater_.get();
    const size_t capacity = std::min<size_t>(size, UINT_MAX);
    size_t produced = 0;
    while (produced == 0 && (state_ == State::kMemberStart || state_ == State::kInMember)) {
      if (state_ == State::kMemberStart) {
        StartMember();
        continue;
      }
      // Inflate first: zlib may hold output that needs no more input.
      z->next_out = AsBytes(buffer);
      z->avail_out = static_cast<uInt>(capacity);
      const int ret = inflate(z, Z_NO_FLUSH);
      produced = capacity - z->avail_out;
      if (ret == Z_STREAM_END) {
        state_ = State::kMemberStart;
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        Fail("corrupt gzip data", /*recoverable=*/true);
      } else if (produced == 0 && z->avail_in == 0 && !Refill() && !error_) {
        // A member cut short may be followed by whole ones that zlib read
        // as its continuation: Recover() looks for them.
        Fail("truncated gzip data", /*recoverable=*/true);
      }
    }
    return produced;
  }

  bool Recover() override {
    if (state_ != State::kFailed || !recoverable_) return false;
    // Look for the next member header, 1F 8B 08 (deflate), from just after
    // the damaged member's start when it is still buffered: a member cut
    // short runs into the next one, which then looks damaged too.
    z_stream* z = inflater_.get();
    if (member_start_) {
      const size_t from = *member_start_ + 1;
      z->next_in = AsBytes(input_.data() + from);
      z->avail_in = static_cast<uInt>(filled_ - from);
      member_start_.reset();
    }
    for (;;) {
      while (z->avail_in >= 3) {
        const Bytef* p = z->next_in;
        if (p[0] == 0x1F && p[1] == 0x8B && p[2] == 8) {
          error_.reset();
          state_ = State::kMemberStart;
          return true;
        }
        ++z->next_in;
        --z->avail_in;
      }
      if (!Refill()) return false;
    }
  }

 private:
  enum class State { kMemberStart, kInMember, kEnd, kFailed };

  void Fail(std::string message, bool recoverable = false) {
    error_ = Error{ErrorCode::kContainer, std::move(message)};
    state_ = State::kFailed;
    recoverable_ = recoverable;
  }

  // Reads more compressed input after what is left; false at its end.
  // Keeps the current member's first bytes while they fit in half the
  // buffer, for Recover().
  bool Refill() {
    z_stream* z = inflater_.get();
    if (input_eof_) return false;
    size_t keep_from = filled_ - z->avail_in;  // first unconsumed byte
    if (member_start_ && *member_start_ <= keep_from && filled_ - *member_start_ <= kChunk) {
      keep_from = *member_start_;
      member_start_ = 0;
    } else {
      member_start_.reset();
    }
    const size_t unconsumed = z->avail_in;
    const size_t kept = filled_ - keep_from;
    if (kept > 0) std::memmove(input_.data(), input_.data() + keep_from, kept);
    const size_t n = in_->Read(input_.data() + kept, input_.size() - kept);
    filled_ = kept + n;
    z->next_in = AsBytes(input_.data() + kept - unconsumed);
    z->avail_in = static_cast<uInt>(unconsumed + n);
    if (n == 0) {
      input_eof_ = true;
      if (in_->error()) {
        error_ = in_->error();
        state_ = State::kFailed;
        recoverable_ = false;
      }
      return false;
    }
    return true;
  }

  // At a member boundary: skip NUL padding, then start the next member if
  // one follows, else end the data.
  void StartMember() {
    z_stream* z = inflater_.get();
    for (;;) {
      while (z->avail_in > 0 && *z->next_in == 0) {
        ++z->next_in;
        --z->avail_in;
      }
      if (z->avail_in >= 2) break;
      if (!Refill()) {
        if (state_ != State::kFailed) state_ = State::kEnd;
        return;
      }
    }
    if (z->next_in[0] != 0x1F || z->next_in[1] != 0x8B) {
      state_ = State::kEnd;  // trailing garbage, ignored as gzip -d does
      return;
    }
    member_start_ = filled_ - z->avail_in;
    inflateReset(z);
    state_ = State::kInMember;
  }

  std::unique_ptr<ByteSource> in_;
  Inflater inflater_;
  std::vector<char> input_;
  size_t filled_ = 0;                   // valid bytes in input_
  std::optional<size_t> member_start_;  // the current member's offset in input_
  State state_ = State::kMemberStart;
  bool input_eof_ = false;
  bool recoverable_ = false;
};

// Inflates all of `data` into `out`; Z_STREAM_END, Z_OK (input ended
// early) or an error code.
int InflateAll(int window_bits, std::string_view data, size_t max_output, std::string* out,
               bool* too_large) {
  out->clear();
  *too_large = false;
  Inflater inflater(window_bits);
  if (!inflater.ok()) return Z_MEM_ERROR;
  z_stream* z = inflater.get();
  std::string_view rest = data;
  for (;;) {
    const size_t feed = std::min<size_t>(rest.size(), UINT_MAX);
    z->next_in = AsBytes(rest.data());
    z->avail_in = static_cast<uInt>(feed);
    int ret = Z_OK;
    while (ret == Z_OK) {
      if (out->size() > max_output) {
        *too_large = true;
        return Z_OK;
      }
      const size_t old_size = out->size();
      out->resize(old_size + kChunk);
      z->next_out = AsBytes(out->data() + old_size);
      z->avail_out = static_cast<uInt>(kChunk);
      ret = inflate(z, Z_NO_FLUSH);
      out->resize(old_size + kChunk - z->avail_out);
      if (ret == Z_BUF_ERROR) ret = Z_OK;  // needs more input
      if (z->avail_in == 0 && z->avail_out != 0) break;
    }
    if (out->size() > max_output) {
      *too_large = true;
      return Z_OK;
    }
    rest.remove_prefix(feed - z->avail_in);
    if (ret == Z_STREAM_END) {
      // Another gzip member may follow.
      if (window_bits != kGzipOrZlib || !IsGzip(rest)) return Z_STREAM_END;
      inflateReset(z);
      continue;
    }
    if (ret != Z_OK) return ret;
    if (rest.empty()) return Z_OK;
  }
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1F' && bytes[1] == '\x8B';
}

std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> compressed) {
  return std::make_unique<GzipSource>(std::move(compressed));
}

namespace internal {

Inflated InflateZlib(std::string_view data, bool raw, size_t max_output, std::string* out) {
  bool too_large = false;
  const int ret = InflateAll(raw ? kRawDeflate : kGzipOrZlib, data, max_output, out, &too_large);
  if (too_large) return Inflated::kTooLarge;
  if (ret == Z_STREAM_END) return Inflated::kDone;
  if (ret == Z_OK) return Inflated::kTruncated;
  return Inflated::kCorrupt;
}

}  // namespace internal

}  // namespace newsift::input

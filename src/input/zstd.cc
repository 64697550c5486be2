// Zstandard: HTTP bodies ("Content-Encoding: zstd", which browsers ask for
// since 2024) and compressed files (.html.zst), with libzstd's streaming
// decoder so that output stops at the size limit. Frames may follow each
// other, as `zstd -d` accepts.
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "decompress_internal.h"
#include "newsift/input/decompress.h"

namespace newsift::input::internal {
namespace {

constexpr size_t kChunk = 64 * 1024;

struct StreamDeleter {
  void operator()(ZSTD_DStream* s) const { ZSTD_freeDStream(s); }
};

// A frame may ask for a window of up to 2 GiB; a web page never needs
// more than the 128 MiB that zstd's own command line allows.
constexpr int kMaxWindowLog = 27;

// A .warc.zst starts with its dictionary, in a skippable frame of magic
// number 0x184D2A5D (itself zstd-compressed or not), so that every record
// after it can be a frame of its own and still compress well.
bool StartsWithDictionaryFrame(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == "\x5D\x2A\x4D\x18";
}

// Dictionaries are a few hundred KiB; more is not one.
constexpr size_t kMaxDictionaryBytes = 8u << 20;

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> compressed)
      : in_(std::move(compressed)), stream_(ZSTD_createDStream()), input_(kChunk) {
    if (!stream_) {
      Fail("cannot initialise zstd");
      return;
    }
    ZSTD_DCtx_setParameter(stream_.get(), ZSTD_d_windowLogMax, kMaxWindowLog);
  }

  size_t Read(char* buffer, size_t size) override {
    if (ended_) return 0;
    ZSTD_outBuffer out{buffer, size, 0};
    while (out.pos == 0) {
      if (in_buffer_.pos == in_buffer_.size) {
        const size_t n = in_->Read(input_.data(), input_.size());
        if (n == 0) {
          if (in_->error()) {
            error_ = in_->error();
            ended_ = true;
            return 0;
          }
          // The input is used up; the decoder may still hold output.
          const size_t hint = ZSTD_decompressStream(stream_.get(), &out, &in_buffer_);
          if (ZSTD_isError(hint)) return Fail(ErrorMessage(hint), out.pos);
          if (out.pos > 0) {
            last_hint_ = hint;
            return out.pos;
          }
          // (Past a whole frame the decoder asks for the next one's header:
          // the data ended cleanly if the last frame was whole.)
          if (last_hint_ != 0) return Fail("truncated zstd data", 0);
          ended_ = true;
          return 0;
        }
        size_t filled = n;
        if (!started_) {
          started_ = true;
          if (StartsWithDictionaryFrame(std::string_view(input_.data(), n))) {
            if (!LoadDictionary(&filled)) return 0;
            if (filled == 0) continue;  // the frames start in the next read
          }
        }
        in_buffer_ = ZSTD_inBuffer{input_.data(), filled, 0};
      }
      last_hint_ = ZSTD_decompressStream(stream_.get(), &out, &in_buffer_);
      if (ZSTD_isError(last_hint_)) return Fail(ErrorMessage(last_hint_), out.pos);
    }
    return out.pos;
  }

 private:
  static std::string ErrorMessage(size_t code) {
    if (ZSTD_getErrorCode(code) == ZSTD_error_dictionary_wrong) {
      return "zstd data compressed with a dictionary it does not hold";
    }
    return "corrupt zstd data";
  }

  // Reads the dictionary frame that input_[0, *filled) starts, and loads
  // it; leaves in input_[0, *filled) the bytes read past it. False (and
  // failed) when it is cut short, too large or not a dictionary.
  bool LoadDictionary(size_t* filled) {
    size_t n = *filled;
    while (n < 8) {  // magic number and size
      const size_t more = in_->Read(input_.data() + n, input_.size() - n);
      if (more == 0) return FailDictionary("truncated zstd data");
      n += more;
    }
    const auto byte = [&](size_t i) {
      return static_cast<uint32_t>(static_cast<unsigned char>(input_[i]));
    };
    const size_t size = byte(4) | byte(5) << 8 | byte(6) << 16 | byte(7) << 24;
    if (size > kMaxDictionaryBytes) return FailDictionary("zstd dictionary larger than 8 MiB");
    const size_t in_buffer = std::min(n - 8, size);
    std::string dictionary(input_.data() + 8, in_buffer);
    while (dictionary.size() < size) {
      const size_t have = dictionary.size();
      dictionary.resize(size);
      const size_t more = in_->Read(dictionary.data() + have, size - have);
      dictionary.resize(have + more);
      if (more == 0) return FailDictionary("truncated zstd data");
    }
    // What was read past the dictionary is the first frames' start.
    const size_t past = 8 + in_buffer;
    std::memmove(input_.data(), input_.data() + past, n - past);
    *filled = n - past;
    if (IsZstd(dictionary)) {
      std::string plain;
      if (InflateZstd(dictionary, kMaxDictionaryBytes, &plain) != Inflated::kDone) {
        return FailDictionary("corrupt zstd dictionary");
      }
      dictionary = std::move(plain);
    }
    if (ZSTD_isError(
            ZSTD_DCtx_loadDictionary(stream_.get(), dictionary.data(), dictionary.size()))) {
      return FailDictionary("corrupt zstd dictionary");
    }
    return true;
  }

  // A failure while reading the dictionary: the input's own error when it
  // has one.
  bool FailDictionary(std::string message) {
    if (in_->error()) {
      error_ = in_->error();
      ended_ = true;
    } else {
      Fail(std::move(message));
    }
    return false;
  }

  // Records the failure; returns `produced` (what this Read still gives).
  size_t Fail(std::string message, size_t produced = 0) {
    error_ = Error{ErrorCode::kContainer, std::move(message)};
    ended_ = true;
    return produced;
  }

  std::unique_ptr<ByteSource> in_;
  std::unique_ptr<ZSTD_DStream, StreamDeleter> stream_;
  std::vector<char> input_;
  ZSTD_inBuffer in_buffer_{nullptr, 0, 0};
  bool started_ = false;
  // What the decoder last said: 0 when a frame was just completed; at
  // the start, a header is due.
  size_t last_hint_ = 1;
  bool ended_ = false;
};

}  // namespace

Inflated InflateZstd(std::string_view data, size_t max_output, std::string* out) {
  out->clear();
  std::unique_ptr<ZSTD_DStream, StreamDeleter> stream(ZSTD_createDStream());
  if (!stream) return Inflated::kCorrupt;
  ZSTD_DCtx_setParameter(stream.get(), ZSTD_d_windowLogMax, kMaxWindowLog);
  ZSTD_inBuffer in{data.data(), data.size(), 0};
  size_t hint = 1;  // 0 once a frame is complete
  while (in.pos < in.size) {
    if (out->size() > max_output) return Inflated::kTooLarge;
    const size_t old_size = out->size();
    out->resize(old_size + kChunk);
    ZSTD_outBuffer buffer{out->data() + old_size, kChunk, 0};
    hint = ZSTD_decompressStream(stream.get(), &buffer, &in);
    out->resize(old_size + buffer.pos);
    if (ZSTD_isError(hint)) return Inflated::kCorrupt;
  }
  // The input is used up; the decoder may still hold output.
  while (hint != 0) {
    if (out->size() > max_output) return Inflated::kTooLarge;
    const size_t old_size = out->size();
    out->resize(old_size + kChunk);
    ZSTD_outBuffer buffer{out->data() + old_size, kChunk, 0};
    hint = ZSTD_decompressStream(stream.get(), &buffer, &in);
    out->resize(old_size + buffer.pos);
    if (ZSTD_isError(hint)) return Inflated::kCorrupt;
    if (buffer.pos == 0) return Inflated::kTruncated;  // no progress: data ends mid-frame
  }
  return out->size() > max_output ? Inflated::kTooLarge : Inflated::kDone;
}

}  // namespace newsift::input::internal

namespace newsift::input {

bool IsZstd(std::string_view bytes) {
  if (bytes.size() < 4) return false;
  const auto b = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (b(0) == 0x28 && b(1) == 0xB5 && b(2) == 0x2F && b(3) == 0xFD) return true;
  return (b(0) & 0xF0) == 0x50 && b(1) == 0x2A && b(2) == 0x4D && b(3) == 0x18;
}

std::unique_ptr<ByteSource> NewZstdSource(std::unique_ptr<ByteSource> compressed) {
  return std::make_unique<internal::ZstdSource>(std::move(compressed));
}

}  // namespace newsift::input

// Zstandard bodies ("Content-Encoding: zstd", which browsers ask for since
// 2024), with libzstd's streaming decoder so that output stops at the size
// limit. Frames may follow each other, as `zstd -d` accepts.
#include <zstd.h>

#include <memory>

#include "decompress_internal.h"

namespace newsift::input::internal {
namespace {

constexpr size_t kChunk = 64 * 1024;

struct StreamDeleter {
  void operator()(ZSTD_DStream* s) const { ZSTD_freeDStream(s); }
};

}  // namespace

Inflated InflateZstd(std::string_view data, size_t max_output, std::string* out) {
  out->clear();
  std::unique_ptr<ZSTD_DStream, StreamDeleter> stream(ZSTD_createDStream());
  if (!stream) return Inflated::kCorrupt;
  // A frame may ask for a window of up to 2 GiB; a web page never needs
  // more than the 128 MiB that zstd's own command line allows.
  ZSTD_DCtx_setParameter(stream.get(), ZSTD_d_windowLogMax, 27);
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

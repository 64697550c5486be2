// Brotli bodies ("Content-Encoding: br"), with libbrotlidec's streaming
// decoder so that output stops at the size limit.
#include <brotli/decode.h>

#include <cstdint>
#include <memory>

#include "decompress_internal.h"

namespace newsift::input::internal {
namespace {

constexpr size_t kChunk = 64 * 1024;

struct DecoderDeleter {
  void operator()(BrotliDecoderState* s) const { BrotliDecoderDestroyInstance(s); }
};

}  // namespace

Inflated InflateBrotli(std::string_view data, size_t max_output, std::string* out) {
  out->clear();
  std::unique_ptr<BrotliDecoderState, DecoderDeleter> decoder(
      BrotliDecoderCreateInstance(nullptr, nullptr, nullptr));
  if (!decoder) return Inflated::kCorrupt;
  size_t available_in = data.size();
  const auto* next_in = reinterpret_cast<const uint8_t*>(data.data());
  for (;;) {
    if (out->size() > max_output) return Inflated::kTooLarge;
    const size_t old_size = out->size();
    out->resize(old_size + kChunk);
    size_t available_out = kChunk;
    auto* next_out = reinterpret_cast<uint8_t*>(out->data() + old_size);
    const BrotliDecoderResult result = BrotliDecoderDecompressStream(
        decoder.get(), &available_in, &next_in, &available_out, &next_out, nullptr);
    out->resize(old_size + kChunk - available_out);
    switch (result) {
      case BROTLI_DECODER_RESULT_SUCCESS:
        return out->size() > max_output ? Inflated::kTooLarge : Inflated::kDone;
      case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
        continue;
      case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
        return out->size() > max_output ? Inflated::kTooLarge : Inflated::kTruncated;
      case BROTLI_DECODER_RESULT_ERROR:
        return Inflated::kCorrupt;
    }
  }
}

}  // namespace newsift::input::internal

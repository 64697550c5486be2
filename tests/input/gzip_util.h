// Test helpers: gzip / zlib, brotli and zstd compression, and reading
// testdata.
#ifndef NEWSIFT_TESTS_INPUT_GZIP_UTIL_H_
#define NEWSIFT_TESTS_INPUT_GZIP_UTIL_H_

#include <brotli/encode.h>
#include <zstd.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <zlib.h>

namespace newsift::testing {

// window_bits: 15 + 16 gzip, 15 zlib, -15 raw deflate.
inline std::string Compress(std::string_view data, int window_bits = 15 + 16) {
  z_stream z{};
  deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::string CompressBrotli(std::string_view data) {
  std::string out(BrotliEncoderMaxCompressedSize(data.size()) + 64, '\0');
  size_t size = out.size();
  BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                        reinterpret_cast<const uint8_t*>(data.data()), &size,
                        reinterpret_cast<uint8_t*>(out.data()));
  out.resize(size);
  return out;
}

inline std::string CompressZstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

// zstd with a raw-content dictionary (dictionary id 0, as `zstd -D` with
// a file that is not a trained dictionary).
inline std::string CompressZstdWithDictionary(std::string_view data, std::string_view dictionary) {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_loadDictionary(cctx, dictionary.data(), dictionary.size());
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress2(cctx, out.data(), out.size(), data.data(), data.size()));
  ZSTD_freeCCtx(cctx);
  return out;
}

inline std::string ReadTestdata(const std::string& relative) {
  std::ifstream in(std::string(NEWSIFT_TESTDATA_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace newsift::testing

#endif  // NEWSIFT_TESTS_INPUT_GZIP_UTIL_H_

// One-shot decoders for HTTP bodies archived with their Content-Encoding:
// gzip and deflate (zlib), br (brotli) and zstd. Browsers ask for all
// four, so crawlers that drive a browser (and the WARC files they write)
// hold bodies in any of them.
//
// None trusts the compressed data: output is produced a chunk at a time
// and decoding stops at the caller's size limit, so a decompression bomb
// costs only the time to decompress up to that limit.
#ifndef NEWSIFT_INPUT_DECOMPRESS_H_
#define NEWSIFT_INPUT_DECOMPRESS_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "newsift/input/byte_source.h"
#include "newsift/status.h"

namespace newsift::input {

enum class ContentEncoding { kGzip, kDeflate, kBrotli, kZstd };

// The coding a Content-Encoding token names ("gzip", "x-gzip", "deflate",
// "br", "zstd"; case-insensitive), or nullopt for any other.
std::optional<ContentEncoding> ParseContentEncoding(std::string_view token);

// Decodes a whole HTTP body. kGzip also accepts a zlib stream; kDeflate
// accepts zlib (as RFC 9110 says) or raw deflate (as many servers send).
// Data that ends inside the stream (a crawler may cut a record) yields
// what was decoded, the page's beginning. Fails with kTooLarge when the
// output would exceed `max_output` bytes, kContainer when the data is
// corrupt.
Result<std::string> Decompress(std::string_view data, ContentEncoding encoding, size_t max_output);

// True when `bytes` starts a Zstandard frame (28 B5 2F FD), or a skippable
// frame (50..5F 2A 4D 18: the dictionary a .warc.zst starts with).
bool IsZstd(std::string_view bytes);

// Decompresses a Zstandard stream of one or more frames (.html.zst, zstd
// bytes on standard input, .warc.zst), a chunk at a time. A stream that
// starts with a dictionary in a skippable frame of magic 0x184D2A5D (the
// .warc.zst format; the dictionary plain or itself zstd-compressed) is
// read with it. Failures (kContainer): "truncated zstd data", "corrupt zstd
// data", "corrupt zstd dictionary", "zstd dictionary larger than 8 MiB",
// "zstd data compressed with a dictionary it does not hold".
std::unique_ptr<ByteSource> NewZstdSource(std::unique_ptr<ByteSource> compressed);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_DECOMPRESS_H_

// A streaming gzip source (for .html.gz, .warc.gz and gzip bytes on
// standard input). HTTP bodies are decoded by Decompress
// (newsift/input/decompress.h).
//
// It does not trust the compressed data: output is produced a chunk at a
// time and callers stop at their size limit, so a gzip bomb costs only
// the time to decompress up to that limit.
#ifndef NEWSIFT_INPUT_GZIP_H_
#define NEWSIFT_INPUT_GZIP_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "newsift/input/byte_source.h"
#include "newsift/status.h"

namespace newsift::input {

// True when `bytes` starts with the gzip magic number (1F 8B).
bool IsGzip(std::string_view bytes);

// Decompresses a gzip stream of one or more members (as gzip -d does;
// a .warc.gz has one member per record). NUL padding or other bytes
// that do not start a member after a complete member end the data, as
// gzip ignores trailing garbage.
//
// Failures (kContainer): "truncated gzip data" when the input ends inside
// a member, "corrupt gzip data" for a damaged member. After a failure,
// Recover() looks for the next gzip member header from just after the
// damaged member's start (a member cut short runs into the next one, whose
// bytes zlib then takes for its continuation), so the members after a
// damaged one can still be read.
std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> compressed);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_GZIP_H_

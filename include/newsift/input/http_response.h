// HTTP responses as archives store them (WARC response records, files
// saved with `curl -i` or `wget --save-headers`): the status line and
// headers, then a body that may still carry its transfer coding (chunked)
// and content coding (gzip, deflate).
#ifndef NEWSIFT_INPUT_HTTP_RESPONSE_H_
#define NEWSIFT_INPUT_HTTP_RESPONSE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "newsift/input/headers.h"
#include "newsift/status.h"

namespace newsift::input {

// True when `bytes` starts with an HTTP status line ("HTTP/1.1 200 OK").
bool LooksLikeHttpResponse(std::string_view bytes);

struct HttpHead {
  int status = 0;  // 200, 404...; 0 when the status line has none
  Headers headers;
  size_t body_offset = 0;  // where the body starts in the parsed bytes
};

// Parses the status line and headers at the start of `bytes`; nullopt
// when they are not there or not complete.
std::optional<HttpHead> ParseHttpHead(std::string_view bytes);

// True when the response declares an HTML Content-Type, or declares none
// and `body` starts like markup.
bool IsHtmlResponse(const HttpHead& head, std::string_view body);

// The charset parameter of the Content-Type, if any.
std::optional<std::string> ResponseCharset(const HttpHead& head);

// Undoes "Transfer-Encoding: chunked" and "Content-Encoding: gzip /
// x-gzip / deflate". Archivers differ: some store the bytes as sent, some
// store them decoded but keep the headers, so a body that does not look
// chunked or compressed is taken as it is. A body cut short yields what
// was decoded. Fails with kTooLarge beyond `max_bytes`, and kContainer for
// corrupt compressed data or a coding we cannot undo (br, zstd).
Result<std::string> DecodeHttpBody(std::string body, const HttpHead& head, size_t max_bytes);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_HTTP_RESPONSE_H_

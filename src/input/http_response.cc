#include "newsift/input/http_response.h"

#include <charconv>

#include "newsift/input/decompress.h"
#include "newsift/input/read_file.h"

namespace newsift::input {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Markup (possibly after white space or a UTF-8 byte order mark): the body
// is text already, whatever the headers say about codings.
bool StartsLikeMarkup(std::string_view body) {
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  size_t i = 0;
  while (i < body.size() && i < 1024 &&
         (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
    ++i;
  }
  return i + 1 < body.size() && body[i] == '<' &&
         (body[i + 1] == '!' || ((body[i + 1] | 0x20) >= 'a' && (body[i + 1] | 0x20) <= 'z'));
}

// Undoes chunked transfer coding; nullopt when `body` is not chunked.
std::optional<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos < body.size()) {
    const size_t newline = body.find('\n', pos);
    if (newline == std::string_view::npos) break;  // cut short
    std::string_view size_line = body.substr(pos, newline - pos);
    size_line = Trim(size_line.substr(0, size_line.find(';')));
    if (!size_line.empty() && size_line.back() == '\r') size_line.remove_suffix(1);
    size_line = Trim(size_line);
    uint64_t size = 0;
    const auto [end, ec] =
        std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || end != size_line.data() + size_line.size()) {
      if (first) return std::nullopt;
      break;  // damaged: keep what was decoded
    }
    first = false;
    pos = newline + 1;
    if (size == 0) break;  // the last chunk; trailers follow
    const size_t take = static_cast<size_t>(std::min<uint64_t>(size, body.size() - pos));
    out.append(body.substr(pos, take));
    pos += take;
    // The CRLF after the chunk data.
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

}  // namespace

bool LooksLikeHttpResponse(std::string_view bytes) {
  if (bytes.substr(0, 5) != "HTTP/") return false;
  const size_t space = bytes.find(' ');
  return space != std::string_view::npos && space < 12 && space + 4 <= bytes.size() &&
         std::isdigit(static_cast<unsigned char>(bytes[space + 1])) != 0;
}

std::optional<HttpHead> ParseHttpHead(std::string_view bytes) {
  if (!LooksLikeHttpResponse(bytes)) return std::nullopt;
  const size_t line_end = bytes.find('\n');
  if (line_end == std::string_view::npos) return std::nullopt;
  HttpHead head;
  const std::string_view status_line = bytes.substr(0, line_end);
  const size_t space = status_line.find(' ');
  std::string_view code = status_line.substr(space + 1, 3);
  int status = 0;
  const auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), status);
  if (ec == std::errc() && end == code.data() + code.size()) head.status = status;
  const std::optional<size_t> body = ParseHeaders(bytes.substr(line_end + 1), &head.headers);
  if (!body) return std::nullopt;
  head.body_offset = line_end + 1 + *body;
  return head;
}

bool IsHtmlResponse(const HttpHead& head, std::string_view body) {
  const std::optional<std::string_view> type = head.headers.Get("Content-Type");
  if (!type || Trim(*type).empty()) return StartsLikeMarkup(body);
  return IsHtmlType(ParseContentType(*type).mime_type);
}

std::optional<std::string> ResponseCharset(const HttpHead& head) {
  const std::optional<std::string_view> type = head.headers.Get("Content-Type");
  if (!type) return std::nullopt;
  const ContentType content_type = ParseContentType(*type);  // owns what Parameter() returns
  const std::optional<std::string_view> charset = content_type.Parameter("charset");
  if (!charset || charset->empty()) return std::nullopt;
  return std::string(*charset);
}

Result<std::string> DecodeHttpBody(std::string body, const HttpHead& head, size_t max_bytes) {
  const std::string transfer = ToLower(head.headers.Get("Transfer-Encoding").value_or(""));
  if (transfer.find("chunked") != std::string::npos && !StartsLikeMarkup(body)) {
    if (std::optional<std::string> dechunked = Dechunk(body)) body = std::move(*dechunked);
  }
  const std::string coding = ToLower(Trim(head.headers.Get("Content-Encoding").value_or("")));
  if (!coding.empty() && coding != "identity" && !StartsLikeMarkup(body)) {
    const std::optional<ContentEncoding> encoding = ParseContentEncoding(coding);
    if (!encoding) {
      return Error{ErrorCode::kContainer, "unsupported content encoding '" + coding + "'"};
    }
    Result<std::string> decoded = Decompress(body, *encoding, max_bytes);
    if (!decoded.ok()) return decoded.error();
    body = std::move(decoded).value();
  }
  if (body.size() > max_bytes) {
    return Error{ErrorCode::kTooLarge,
                 "page larger than the " + FormatBytes(max_bytes) + " limit (see --max-size)"};
  }
  return body;
}

}  // namespace newsift::input

#include "newsift/input/warc_reader.h"

#include <charconv>
#include <optional>

#include "newsift/input/headers.h"
#include "newsift/input/http_response.h"
#include "newsift/input/read_file.h"

namespace newsift::input {
namespace {

constexpr size_t kMaxHeaderBytes = 256 * 1024;
// The HTTP status line and headers must fit in this much of the block.
constexpr size_t kHttpHeadWindow = 64 * 1024;
// Longer lines between records are read in pieces.
constexpr size_t kMaxLine = 64 * 1024;
constexpr size_t kMaxIdBytes = 200;
// Blocks up to this size are read into memory even when skipped, so that
// a record cut short can be searched for the next record's start.
constexpr size_t kMaxInspectBytes = 4 << 20;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return out;
}

// "<urn:uuid:x>" -> "urn:uuid:x"; control characters become '?', so the
// value is safe in a one-line message.
std::string Unbracket(std::string_view value, size_t max) {
  if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
    value = value.substr(1, value.size() - 2);
  }
  std::string out(value.substr(0, max));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') c = '?';
  }
  return out;
}

std::optional<uint64_t> ParseLength(std::optional<std::string_view> value) {
  if (!value || value->empty()) return std::nullopt;
  uint64_t length = 0;
  const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), length);
  if (ec != std::errc() || end != value->data() + value->size()) return std::nullopt;
  return length;
}

// The start of the next record inside `block`, when a record claimed more
// bytes than it had: "WARC/1.x", a line end, and a "WARC-" field. A record
// cut short by a writer that died ends anywhere, even mid-line, so the
// version need not start a line.
std::optional<size_t> FindRecordStart(std::string_view block) {
  size_t pos = 0;
  while ((pos = block.find("WARC/", pos)) != std::string_view::npos) {
    const size_t start = pos;
    pos += 5;
    const size_t line_end = block.find('\n', start);
    if (line_end == std::string_view::npos || line_end - start > 12) continue;
    if (!LooksLikeWarc(block.substr(start))) continue;
    if (StartsWith(block.substr(line_end + 1), "WARC-")) return start;
  }
  return std::nullopt;
}

class WarcReader : public PageReader {
 public:
  WarcReader(std::unique_ptr<BufferedReader> in, std::string source, const ReadLimits& limits)
      : in_(std::move(in)), source_(std::move(source)), limits_(limits) {}

  bool Next(SourcedPage* page) override {
    while (!ended_) {
      page->source = source_;
      page->url.reset();
      page->charset.reset();
      page->bytes = std::string();
      if (ReadRecord(page)) return true;
    }
    return false;
  }

  bool holds_many() const override { return true; }

 private:
  // Reads one record. True when `page` holds something to hand over: a
  // page, or an error about the record or the file.
  bool ReadRecord(SourcedPage* page) {
    // The version line. Blank lines before it are fine; other bytes are
    // skipped and reported once.
    std::string line;
    bool complete = true;
    bool at_line_start = true;
    uint64_t junk = 0;
    const uint64_t junk_at = in_->offset();
    for (;;) {
      if (!in_->ReadLine(&line, kMaxLine, &complete)) {
        if (junk > 0) return Junk(page, junk, junk_at);
        if (in_->error()) return StreamFailure(page);
        ended_ = true;
        return false;
      }
      if (at_line_start && LooksLikeWarc(line)) break;
      if (!IsBlankLine(line)) junk += line.size();
      at_line_start = complete;
    }
    if (junk > 0) {
      in_->Unread(line);
      return Junk(page, junk, junk_at);
    }

    ++records_;
    Headers headers;
    const HeaderStatus status = ReadHeaders(in_.get(), kMaxHeaderBytes, &headers);
    const std::optional<std::string_view> id = headers.Get("WARC-Record-ID");
    page->source =
        source_ + "#" +
        (id && !id->empty() ? Unbracket(*id, kMaxIdBytes) : "record-" + std::to_string(records_));
    if (status == HeaderStatus::kTooLarge) {
      return Report(page, Error{ErrorCode::kContainer, "WARC record header too large"});
    }
    if (status != HeaderStatus::kOk) return Truncated(page);
    const std::optional<uint64_t> length = ParseLength(headers.Get("Content-Length"));
    if (!length) {
      return Report(page,
                    Error{ErrorCode::kContainer, "WARC record without a valid Content-Length"});
    }
    const std::string type = ToLower(headers.Get("WARC-Type").value_or(""));
    if (type != "response" && type != "resource") return SkipBlock(page, *length);
    if (auto uri = headers.Get("WARC-Target-URI"); uri && !uri->empty()) {
      page->url = Unbracket(*uri, 8192);
    }
    return ReadPayload(page, headers, type == "response", *length);
  }

  // A response or resource record's block: the page when it is HTML.
  bool ReadPayload(SourcedPage* page, const Headers& headers, bool http, uint64_t length) {
    std::string block;
    const uint64_t window = std::min<uint64_t>(length, kHttpHeadWindow);
    const uint64_t rest = length - window;
    if (in_->ReadInto(window, &block) < window) {
      GiveBackNextRecord(&block);
      return Truncated(page);
    }
    std::optional<HttpHead> head;
    size_t body_offset = 0;
    bool html = false;
    // A response record's block is an HTTP response, except from tools
    // that store the payload alone: its WARC Content-Type says what it is.
    if (http) head = ParseHttpHead(block);  // nullopt: no HTTP head, or a huge one
    if (head) {
      const bool success = head->status == 0 || head->status / 100 == 2;
      html = success && IsHtmlResponse(*head, std::string_view(block).substr(head->body_offset));
      body_offset = head->body_offset;
      if (auto charset = ResponseCharset(*head)) page->charset = std::move(charset);
    } else {
      const ContentType type = ParseContentType(headers.Get("Content-Type").value_or(""));
      html = IsHtmlType(type.mime_type);
      if (auto charset = type.Parameter("charset"); charset && !charset->empty()) {
        page->charset = std::string(*charset);
      }
    }
    if (!html) return SkipRest(page, &block, rest);
    if (length - body_offset > limits_.max_page_bytes) {
      if (SkipRest(page, &block, rest)) return true;  // truncated: that error says more
      return Report(page, Error{ErrorCode::kTooLarge, "page larger than the " +
                                                          FormatBytes(limits_.max_page_bytes) +
                                                          " limit (see --max-size)"});
    }
    if (!FinishBlock(&block, rest, /*keep=*/true)) return Truncated(page);
    block.erase(0, body_offset);
    if (head) {
      Result<std::string> body = DecodeHttpBody(std::move(block), *head, limits_.max_page_bytes);
      if (!body.ok()) return Report(page, body.error());
      page->bytes = std::move(body).value();
    } else {
      page->bytes = std::move(block);
    }
    return true;
  }

  // Skips a block of `size` bytes: false (nothing to report) when it was
  // all there, else reports the truncation.
  bool SkipBlock(SourcedPage* page, uint64_t size) {
    std::string block;
    return SkipRest(page, &block, size);
  }

  bool SkipRest(SourcedPage* page, std::string* block, uint64_t size) {
    if (FinishBlock(block, size, /*keep=*/false)) return false;
    return Truncated(page);
  }

  // Reads the last `size` bytes of a block that starts with `*block`, and
  // the record's end after it. Returns true when the block was whole.
  // When it was cut short, or is not followed by the record's end, the
  // block may have run into the next record (a writer that died in the
  // middle of a record, then more records appended): the bytes from the
  // next record header found inside it are given back, to be read next.
  // Small blocks are kept for that search even when not wanted (`keep`
  // false); larger ones are skipped without being stored.
  bool FinishBlock(std::string* block, uint64_t size, bool keep) {
    bool whole;
    if (keep || block->size() + size <= kMaxInspectBytes) {
      whole = in_->ReadInto(size, block) == size;
    } else {
      whole = in_->Skip(size) == size;
      block->clear();
    }
    if (whole && TrailerFollows()) {
      ConsumeTrailer();
      return true;
    }
    if (GiveBackNextRecord(block)) return false;
    // A sloppy record end: the search for the next record skips the rest.
    if (whole) ConsumeTrailer();
    return whole;
  }

  bool GiveBackNextRecord(std::string* block) {
    const std::optional<size_t> next = FindRecordStart(*block);
    if (!next) return false;
    in_->Unread(std::string_view(*block).substr(*next));
    block->resize(*next);
    return true;
  }

  // Whether the record's end follows: CR/LF bytes, then the next record
  // or the end of the data.
  bool TrailerFollows() {
    const std::string_view next = in_->Peek(9);
    size_t n = 0;
    while (n < 4 && n < next.size() && (next[n] == '\r' || next[n] == '\n')) ++n;
    const std::string_view after = next.substr(n);
    return std::string_view("WARC/").substr(0, after.size()) == after.substr(0, 5);
  }

  // Consumes the CR LF CR LF after a block (tolerating LF only).
  void ConsumeTrailer() {
    const std::string_view next = in_->Peek(4);
    size_t n = 0;
    while (n < next.size() && (next[n] == '\r' || next[n] == '\n')) ++n;
    in_->Skip(n);
  }

  bool Truncated(SourcedPage* page) {
    std::string message = "truncated WARC record";
    if (in_->error()) message += " (" + in_->error()->message + ")";
    return Report(page, Error{ErrorCode::kContainer, std::move(message)});
  }

  // Hands `error` over as the page; after a read failure, moves on to
  // where reading can resume, or ends.
  bool Report(SourcedPage* page, Error error) {
    page->bytes = std::move(error);
    page->url.reset();
    page->charset.reset();
    if (in_->error() && !in_->Recover()) ended_ = true;
    return true;
  }

  // The stream failed between records (a corrupt gzip member).
  bool StreamFailure(SourcedPage* page) {
    page->source = source_;
    Error error = *in_->error();
    error.message += " at offset " + std::to_string(in_->offset());
    return Report(page, std::move(error));
  }

  bool Junk(SourcedPage* page, uint64_t bytes, uint64_t at) {
    page->source = source_;
    page->bytes = Error{ErrorCode::kContainer, "skipped " + std::to_string(bytes) +
                                                   " bytes that are not a WARC record at offset " +
                                                   std::to_string(at)};
    return true;
  }

  std::unique_ptr<BufferedReader> in_;
  std::string source_;
  ReadLimits limits_;
  bool ended_ = false;
  uint64_t records_ = 0;
};

}  // namespace

bool LooksLikeWarc(std::string_view head) {
  return StartsWith(head, "WARC/") && head.size() > 5 && head[5] >= '0' && head[5] <= '9';
}

std::unique_ptr<PageReader> NewWarcReader(std::unique_ptr<BufferedReader> in, std::string source,
                                          const ReadLimits& limits) {
  return std::make_unique<WarcReader>(std::move(in), std::move(source), limits);
}

}  // namespace newsift::input

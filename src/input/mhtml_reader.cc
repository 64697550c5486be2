#include "newsift/input/mhtml_reader.h"

#include <optional>
#include <vector>

#include "newsift/input/headers.h"
#include "newsift/input/read_file.h"
#include "newsift/input/transfer_decoder.h"

namespace newsift::input {
namespace {

constexpr size_t kMaxHeaderBytes = 256 * 1024;
// Longer lines are read in pieces; a boundary line is always short.
constexpr size_t kMaxLine = 64 * 1024;

bool IsFieldNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// "<abc@x>" -> "abc@x"; "cid:abc@x" -> "abc@x".
std::string_view ContentIdValue(std::string_view id) {
  while (!id.empty() && (id.front() == ' ' || id.front() == '<')) id.remove_prefix(1);
  while (!id.empty() && (id.back() == ' ' || id.back() == '>')) id.remove_suffix(1);
  if (StartsWith(id, "cid:")) id.remove_prefix(4);
  return id;
}

struct Part {
  std::string html;
  std::optional<std::string> url;
  std::optional<std::string> charset;
};

class MhtmlReader : public PageReader {
 public:
  MhtmlReader(std::unique_ptr<BufferedReader> in, std::string source, const ReadLimits& limits)
      : in_(std::move(in)), source_(std::move(source)), limits_(limits) {}

  bool Next(SourcedPage* page) override {
    if (done_) return false;
    done_ = true;
    page->source = source_;
    page->url.reset();
    page->charset.reset();
    Result<Part> part = ReadRoot();
    if (!part.ok()) {
      page->bytes = part.error();
      return true;
    }
    page->url = std::move(part.value().url);
    page->charset = std::move(part.value().charset);
    page->bytes = std::move(part.value().html);
    return true;
  }

 private:
  Error Fail(ErrorCode code, std::string message) const {
    if (in_->error()) return *in_->error();
    return Error{code, std::move(message)};
  }

  Result<Part> ReadRoot() {
    Headers top;
    if (ReadHeaders(in_.get(), kMaxHeaderBytes, &top) != HeaderStatus::kOk) {
      return Fail(ErrorCode::kContainer, "MHTML file with a malformed header");
    }
    if (auto location = top.Get("Snapshot-Content-Location"))
      fallback_url_ = std::string(*location);
    const ContentType type = ParseContentType(top.Get("Content-Type").value_or("text/plain"));
    if (IsHtmlType(type.mime_type)) return ReadPart(top, type);  // a single-part message
    const std::optional<std::string_view> boundary = type.Parameter("boundary");
    if (!StartsWith(type.mime_type, "multipart/") || !boundary || boundary->empty()) {
      return Fail(ErrorCode::kContainer, "MHTML file without an HTML part");
    }
    if (auto start = type.Parameter("start")) start_ = std::string(ContentIdValue(*start));
    boundaries_.push_back("--" + std::string(*boundary));

    std::optional<Part> first_html;  // the root when `start` names no part
    bool more = SkipToBoundary();
    while (more) {
      Headers headers;
      if (ReadHeaders(in_.get(), kMaxHeaderBytes, &headers) != HeaderStatus::kOk) break;
      const ContentType part_type =
          ParseContentType(headers.Get("Content-Type").value_or("text/plain"));
      const std::optional<std::string_view> inner = part_type.Parameter("boundary");
      if (StartsWith(part_type.mime_type, "multipart/") && inner && !inner->empty()) {
        boundaries_.push_back("--" + std::string(*inner));
        more = SkipToBoundary();
        continue;
      }
      const bool html = IsHtmlType(part_type.mime_type);
      const bool is_start =
          start_ && ContentIdValue(headers.Get("Content-ID").value_or("")) == *start_;
      if (is_start || (html && !start_)) return ReadPart(headers, part_type);
      if (html && !first_html) {
        Result<Part> part = ReadPart(headers, part_type);
        if (!part.ok()) return part;
        first_html = std::move(part).value();
        more = at_boundary_;
        continue;
      }
      more = SkipToBoundary();
    }
    if (first_html) return std::move(*first_html);
    return Fail(ErrorCode::kContainer, "MHTML file without an HTML part");
  }

  // Whether `line` (read from a line start) is one of the open boundaries;
  // a closing boundary ("--b--") of an inner multipart closes it.
  bool IsBoundary(std::string_view line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ' ||
                             line.back() == '\t')) {
      line.remove_suffix(1);
    }
    for (size_t i = boundaries_.size(); i-- > 0;) {
      const std::string& b = boundaries_[i];
      if (!StartsWith(line, b)) continue;
      const std::string_view rest = line.substr(b.size());
      if (rest.empty()) {
        boundaries_.resize(i + 1);
        return true;
      }
      if (rest == "--") {
        boundaries_.resize(i);  // closes this multipart and any inside it
        return true;
      }
    }
    return false;
  }

  // Reads lines up to the next open boundary; calls `sink` with each
  // piece before it. The line end just before a boundary belongs to the
  // boundary (RFC 2046), so each piece is held back until the next one
  // shows whether a boundary follows. Returns false when the data (or
  // every multipart) ended instead.
  template <typename Sink>
  bool ReadToBoundary(Sink sink) {
    std::string line;
    std::string held;
    bool held_complete = false;
    bool have_held = false;
    bool complete = true;
    bool at_line_start = true;
    at_boundary_ = false;
    while (in_->ReadLine(&line, kMaxLine, &complete)) {
      if (at_line_start && line.size() < 1024 && line.size() > 2 && line[0] == '-' &&
          line[1] == '-' && IsBoundary(line)) {
        if (have_held) {
          if (held_complete && !held.empty() && held.back() == '\n') held.pop_back();
          if (held_complete && !held.empty() && held.back() == '\r') held.pop_back();
          sink(held, held_complete);
        }
        at_boundary_ = !boundaries_.empty();
        return at_boundary_;
      }
      if (have_held && !sink(held, held_complete)) return false;
      held.swap(line);
      held_complete = complete;
      have_held = true;
      at_line_start = complete;
    }
    if (have_held) sink(held, held_complete);
    return false;
  }

  bool SkipToBoundary() {
    return ReadToBoundary([](std::string_view, bool) { return true; });
  }

  Result<Part> ReadPart(const Headers& headers, const ContentType& type) {
    Part part;
    if (auto location = headers.Get("Content-Location")) {
      part.url = std::string(*location);
    } else {
      part.url = fallback_url_;
    }
    if (auto charset = type.Parameter("charset"); charset && !charset->empty()) {
      part.charset = std::string(*charset);
    }
    TransferDecoder decoder(
        ParseTransferEncoding(headers.Get("Content-Transfer-Encoding").value_or("")));
    bool too_large = false;
    ReadToBoundary([&](std::string_view piece, bool line_complete) {
      decoder.Decode(piece, line_complete, &part.html);
      too_large = part.html.size() > limits_.max_page_bytes;
      return !too_large;
    });
    if (too_large) {
      return Error{ErrorCode::kTooLarge, "HTML part larger than the " +
                                             FormatBytes(limits_.max_page_bytes) +
                                             " limit (see --max-size)"};
    }
    decoder.Finish(&part.html);
    // A part cut short by the end of the file is still the page's start;
    // only a read failure loses it.
    if (in_->error()) return *in_->error();
    return part;
  }

  std::unique_ptr<BufferedReader> in_;
  std::string source_;
  ReadLimits limits_;
  bool done_ = false;
  std::vector<std::string> boundaries_;  // "--" + boundary, outermost first
  std::optional<std::string> start_;     // Content-ID of the root part
  std::optional<std::string> fallback_url_;
  bool at_boundary_ = false;  // the last ReadToBoundary stopped at one
};

}  // namespace

bool LooksLikeMhtml(std::string_view head) {
  size_t pos = 0;
  bool first = true;
  bool mime = false;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if (line.front() == ' ' || line.front() == '\t') {
      if (first) return false;
      continue;
    }
    size_t name_end = 0;
    while (name_end < line.size() && IsFieldNameChar(line[name_end])) ++name_end;
    if (name_end == 0 || name_end >= line.size() || line[name_end] != ':') return false;
    first = false;
    std::string name(line.substr(0, name_end));
    for (char& c : name) c = static_cast<char>(c | 0x20);
    mime = mime || name == "mime-version" || name == "content-type";
  }
  return mime;
}

std::unique_ptr<PageReader> NewMhtmlReader(std::unique_ptr<BufferedReader> in, std::string source,
                                           const ReadLimits& limits) {
  return std::make_unique<MhtmlReader>(std::move(in), std::move(source), limits);
}

}  // namespace newsift::input

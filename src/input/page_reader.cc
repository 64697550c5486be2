#include "newsift/input/page_reader.h"

#include "newsift/input/buffered_reader.h"
#include "newsift/input/decompress.h"
#include "newsift/input/gzip.h"
#include "newsift/input/http_response.h"
#include "newsift/input/mhtml_reader.h"
#include "newsift/input/read_file.h"
#include "newsift/input/warc_reader.h"

namespace newsift::input {
namespace {

// Enough to see a WARC version line, an HTTP status line or a whole MIME
// header block.
constexpr size_t kSniffBytes = 16 * 1024;
// gzip or zstd inside gzip or zstd is unwrapped this many times at most.
constexpr int kMaxCompressionLayers = 2;

// A file that is one page: yields it (or why it could not be read) once.
class SinglePageReader : public PageReader {
 public:
  explicit SinglePageReader(SourcedPage page) : page_(std::move(page)) {}

  bool Next(SourcedPage* page) override {
    if (done_) return false;
    done_ = true;
    *page = std::move(page_);
    return true;
  }

 private:
  SourcedPage page_;
  bool done_ = false;
};

}  // namespace

Result<std::unique_ptr<PageReader>> OpenPages(std::unique_ptr<ByteSource> source, std::string name,
                                              const ReadLimits& limits) {
  return OpenPages(std::make_unique<BufferedReader>(std::move(source)), std::move(name), limits);
}

Result<std::unique_ptr<PageReader>> OpenPages(std::unique_ptr<BufferedReader> in, std::string name,
                                              const ReadLimits& limits) {
  std::string_view head = in->Peek(kSniffBytes);
  bool decompressed = false;
  for (int layer = 0; layer < kMaxCompressionLayers && (IsGzip(head) || IsZstd(head)); ++layer) {
    in = std::make_unique<BufferedReader>(IsGzip(head) ? NewGzipSource(std::move(in))
                                                       : NewZstdSource(std::move(in)));
    head = in->Peek(kSniffBytes);
    decompressed = true;
  }
  if (LooksLikeWarc(head)) {
    return std::unique_ptr<PageReader>(NewWarcReader(std::move(in), std::move(name), limits));
  }
  if (LooksLikeMhtml(head)) {
    return std::unique_ptr<PageReader>(NewMhtmlReader(std::move(in), std::move(name), limits));
  }
  // Sizes of compressed files say nothing about the page.
  std::unique_ptr<ByteSource> whole = std::move(in);
  Result<std::string> bytes =
      ReadAll(whole.get(), limits.max_page_bytes, decompressed ? "decompressed input" : "input");
  if (!bytes.ok()) return bytes.error();
  SourcedPage page;
  page.source = std::move(name);
  page.bytes = std::move(bytes).value();
  // A response saved with its HTTP head: the page is the body.
  if (std::optional<HttpHead> http = ParseHttpHead(page.bytes.value())) {
    page.charset = ResponseCharset(*http);
    page.bytes =
        DecodeHttpBody(page.bytes.value().substr(http->body_offset), *http, limits.max_page_bytes);
  }
  return std::unique_ptr<PageReader>(std::make_unique<SinglePageReader>(std::move(page)));
}

Result<std::unique_ptr<PageReader>> OpenPages(const std::string& path, const ReadLimits& limits) {
  Result<std::unique_ptr<ByteSource>> source = OpenFileSource(path);
  if (!source.ok()) return source.error();
  return OpenPages(std::move(source).value(), path, limits);
}

}  // namespace newsift::input

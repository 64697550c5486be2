// Pages out of one input. A plain HTML file (or standard input) holds one
// page; containers (gzip, MHTML, WARC) may hold one or many. The batch loop
// reads every input through this interface, so it never needs to know
// which kind of file it has.
#ifndef NEWSIFT_INPUT_PAGE_READER_H_
#define NEWSIFT_INPUT_PAGE_READER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "newsift/status.h"

namespace newsift::input {

struct ReadLimits {
  size_t max_page_bytes = 64u << 20;  // one page's bytes, after decompression
};

// One page as a container hands it over, or why it could not.
struct SourcedPage {
  std::string source;                  // "path", "-", or "path#<record-id>"
  std::optional<std::string> url;      // e.g. WARC-Target-URI, Content-Location
  std::optional<std::string> charset;  // a transport Content-Type charset
  Result<std::string> bytes = std::string();
};

// Yields the pages of one input in order. Not thread-safe; one reader per
// input.
class PageReader {
 public:
  virtual ~PageReader() = default;
  // Fills `page` with the next page (or its per-page error) and returns
  // true; returns false at the end of the input.
  virtual bool Next(SourcedPage* page) = 0;
};

// Opens `path` ("-" for standard input), recognising its kind by content.
// Fails when the input cannot be read at all (missing, a directory,
// unreadable, over the limit).
Result<std::unique_ptr<PageReader>> OpenPages(const std::string& path, const ReadLimits& limits);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_PAGE_READER_H_

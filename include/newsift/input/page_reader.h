// Pages out of one input. A plain HTML file (or standard input) holds one
// page; containers may hold one or many. The batch loop reads every input
// through this interface, so it never needs to know which kind of file it
// has. The kind is recognised by content, never by file name:
//
//   gzip    (1F 8B)          decompressed, then recognised again
//   WARC    ("WARC/1.0")     one page per HTML response record (warc_reader.h)
//   MHTML   (a MIME header)  the root HTML part (mhtml_reader.h)
//   HTTP    ("HTTP/1.1 200") a saved response: its decoded body
//   else                     the bytes are the page
//
// Nothing in an input makes newsift read another file or the network.
#ifndef NEWSIFT_INPUT_PAGE_READER_H_
#define NEWSIFT_INPUT_PAGE_READER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "newsift/input/buffered_reader.h"
#include "newsift/input/byte_source.h"
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

  // True for containers that usually hold many pages (WARC), so that
  // output for a single input still tells them apart.
  virtual bool holds_many() const { return false; }
};

// Opens `path` ("-" for standard input), recognising its kind by content.
// Fails when the input cannot be read at all (missing, a directory,
// unreadable) or is one page over the limit; failures inside a container
// come out of Next() as pages with an error.
Result<std::unique_ptr<PageReader>> OpenPages(const std::string& path, const ReadLimits& limits);

// The same over any source; `name` is the pages' source ("path").
Result<std::unique_ptr<PageReader>> OpenPages(std::unique_ptr<ByteSource> source, std::string name,
                                              const ReadLimits& limits);

// The same over a buffered source, which may already have been peeked
// at (to sniff a file's kind): its buffer is read, not copied again.
Result<std::unique_ptr<PageReader>> OpenPages(std::unique_ptr<BufferedReader> in, std::string name,
                                              const ReadLimits& limits);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_PAGE_READER_H_

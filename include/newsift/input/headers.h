// "Name: value" header blocks as MIME (MHTML), HTTP and WARC write them,
// and the Content-Type field with its parameters. Parsing is lenient:
// LF or CRLF line ends, folded continuation lines, lines without a colon
// skipped; names compare ignoring ASCII case.
#ifndef NEWSIFT_INPUT_HEADERS_H_
#define NEWSIFT_INPUT_HEADERS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsift/input/buffered_reader.h"

namespace newsift::input {

class Headers {
 public:
  // The value of the first field called `name`, white space trimmed.
  std::optional<std::string_view> Get(std::string_view name) const;

  // Adds one line of a header block (without or with its line end). A
  // line starting with white space continues the previous field.
  void AddLine(std::string_view line);

  bool empty() const { return fields_.empty(); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// True for a line that ends a header block: empty, or only CR / LF.
bool IsBlankLine(std::string_view line);

enum class HeaderStatus {
  kOk,         // read up to and including the blank line
  kEnd,        // no bytes at all were left
  kTruncated,  // the data ended inside the block
  kTooLarge,   // the block is longer than allowed
};

// Reads a header block from `reader`, consuming its blank line. `*consumed`
// (when given) receives the number of bytes read.
HeaderStatus ReadHeaders(BufferedReader* reader, size_t max_bytes, Headers* headers,
                         uint64_t* consumed = nullptr);

// Parses a header block at the start of `data`; returns the offset just
// past its blank line, or nullopt when `data` holds no blank line.
std::optional<size_t> ParseHeaders(std::string_view data, Headers* headers);

// "text/html; charset="UTF-8"" -> mime_type "text/html" (lower case),
// parameters with lower-case names and unquoted values.
struct ContentType {
  std::string mime_type;
  std::vector<std::pair<std::string, std::string>> parameters;

  std::optional<std::string_view> Parameter(std::string_view name) const;
};
ContentType ParseContentType(std::string_view value);

// text/html or application/xhtml+xml.
bool IsHtmlType(std::string_view mime_type);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_HEADERS_H_

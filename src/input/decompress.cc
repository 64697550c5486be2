#include "newsift/input/decompress.h"

#include <string>

#include "decompress_internal.h"
#include "newsift/input/read_file.h"

namespace newsift::input {

std::optional<ContentEncoding> ParseContentEncoding(std::string_view token) {
  std::string coding(token);
  for (char& c : coding) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (coding == "gzip" || coding == "x-gzip") return ContentEncoding::kGzip;
  if (coding == "deflate") return ContentEncoding::kDeflate;
  if (coding == "br") return ContentEncoding::kBrotli;
  if (coding == "zstd") return ContentEncoding::kZstd;
  return std::nullopt;
}

Result<std::string> Decompress(std::string_view data, ContentEncoding encoding, size_t max_output) {
  using internal::Inflated;
  std::string out;
  Inflated result = Inflated::kCorrupt;
  switch (encoding) {
    case ContentEncoding::kGzip:
      result = internal::InflateZlib(data, /*raw=*/false, max_output, &out);
      break;
    case ContentEncoding::kDeflate:
      result = internal::InflateZlib(data, /*raw=*/false, max_output, &out);
      if (result == Inflated::kCorrupt) {
        result = internal::InflateZlib(data, /*raw=*/true, max_output, &out);
      }
      break;
    case ContentEncoding::kBrotli:
      result = internal::InflateBrotli(data, max_output, &out);
      break;
    case ContentEncoding::kZstd:
      result = internal::InflateZstd(data, max_output, &out);
      break;
  }
  switch (result) {
    case Inflated::kDone:
    case Inflated::kTruncated:
      return out;
    case Inflated::kTooLarge:
      return Error{ErrorCode::kTooLarge, "decompressed body larger than the " +
                                             FormatBytes(max_output) + " limit (see --max-size)"};
    case Inflated::kCorrupt:
      break;
  }
  return Error{ErrorCode::kContainer, "corrupt compressed body"};
}

}  // namespace newsift::input

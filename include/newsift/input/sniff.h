// What kind of bytes an input holds, judged by content, not file name.
#ifndef NEWSIFT_INPUT_SNIFF_H_
#define NEWSIFT_INPUT_SNIFF_H_

#include <optional>
#include <string_view>

namespace newsift::input {

enum class ContentKind {
  kEmpty,   // no bytes, or only white space
  kText,    // HTML or other text, in some encoding
  kGzip,    // gzip-compressed bytes
  kBinary,  // an image, PDF, archive, executable...: not a page
};
std::string_view ToString(ContentKind kind);

// Looks at the first few KiB only. Text in UTF-16 (with or without BOM)
// counts as text; many control bytes or a known binary signature do not.
ContentKind SniffContent(std::string_view bytes);

// "utf-16le" or "utf-16be" for text without a byte order mark whose first
// KiB is mostly ASCII with a NUL in every other byte; else nullopt.
std::optional<std::string_view> Utf16WithoutBom(std::string_view bytes);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_SNIFF_H_

// Bytes -> UTF-8, deciding the encoding the way browsers do (WHATWG
// "encoding sniffing"), but checking declarations against the bytes:
//
//   1. the caller's override (--encoding), which wins even over a BOM;
//   2. a byte order mark, or UTF-16 without one (its NUL bytes show it);
//   3. the transport's declaration (a container's Content-Type charset);
//   4. <meta charset> / <meta http-equiv=Content-Type> found by a prescan;
//   5. statistical detection (ICU ucsdet) over the page's text;
//   6. windows-1252.
//
// A declaration the bytes contradict does not win: a page that declares
// a legacy encoding but is valid, non-ASCII UTF-8 is read as UTF-8; a page
// declared UTF-8 (or a multi-byte legacy encoding) whose bytes do not
// decode cleanly goes to detection; and a page whose bytes decode without
// error but into nonsense (KOI8-R declared windows-1251, GBK declared
// iso-8859-1) is read as detected when ICU's statistics reject the
// declared encoding outright (see detect.cc for when they may). Labels
// follow the WHATWG Encoding Standard ("iso-8859-1" and "ascii" mean
// windows-1252, "gb2312" means GBK read as gb18030, "shift_jis" means
// windows-31j...).
//
// Output is valid UTF-8: invalid sequences become U+FFFD, NUL bytes and a
// leading BOM are dropped. Valid UTF-8, the common case, costs two passes
// over the bytes and no ICU call. Thread-safe.
#ifndef NEWSIFT_INPUT_ENCODING_H_
#define NEWSIFT_INPUT_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsift/status.h"

namespace newsift::input {

struct DecodeOptions {
  std::optional<std::string> override_label;   // wins over everything
  std::optional<std::string> transport_label;  // from a container header
};

// How the encoding was chosen; for --explain-style diagnostics and tests.
enum class EncodingSource {
  kByteOrderMark,
  kOverride,
  kTransport,
  kMeta,
  kDetected,
  kDefault,
};
std::string_view ToString(EncodingSource source);

struct Decoded {
  std::string utf8;
  std::string encoding;  // WHATWG name: "utf-8", "windows-1252", "gbk"...
  EncodingSource source = EncodingSource::kDefault;
};

// Fails (kDecode) only when the override names an unknown encoding.
Result<Decoded> DecodeToUtf8(std::string_view bytes, const DecodeOptions& options = {});

// The WHATWG encoding name for a label ("latin1" -> "windows-1252"), or
// nullopt for an unknown label. Case and surrounding white space ignored.
std::optional<std::string_view> CanonicalEncoding(std::string_view label);

// The charset a <meta> prescan finds in the first bytes of a page, as a
// raw label, or nullopt.
std::optional<std::string> PrescanMetaCharset(std::string_view bytes);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_ENCODING_H_

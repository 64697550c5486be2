// The library's front door: one page's bytes in, one Article (or one
// Error) out. bytes -> UTF-8 (input/) -> tree (dom/) -> boilerplate
// classifier (classify/) -> metadata (metadata/) -> Article.
//
// Thread-safe: pages may be extracted concurrently from many threads (call
// dom::LibXmlScope's constructor once first). Never throws for bad pages;
// only std::bad_alloc escapes.
#ifndef NEWSIFT_EXTRACT_H_
#define NEWSIFT_EXTRACT_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "newsift/article.h"
#include "newsift/metadata/date.h"
#include "newsift/status.h"

namespace newsift {

inline constexpr size_t kDefaultMaxInputBytes = 64u << 20;
// Ample for any real page (a 50 MB page takes about 2 s), short enough
// that a hostile one cannot stall a batch.
inline constexpr std::chrono::milliseconds kDefaultTimeLimit{10'000};

struct ExtractOptions {
  // The page's address: resolves a relative canonical link, and is the
  // `url` when the page names none (--url).
  std::optional<std::string> url;
  // Decode with this encoding, whatever the page says (--encoding).
  std::optional<std::string> encoding;
  // Undo double-encoded UTF-8 ("letâ€™s" -> "let’s") when the page shows
  // clear signs of it (input/mojibake.h); false: --keep-mojibake.
  bool repair_mojibake = true;
  // Publication dates after this day are impossible (--now; the CLI passes
  // today). Unset: no upper bound.
  std::optional<metadata::CivilDate> today;
  // Larger inputs fail with kTooLarge (--max-size).
  size_t max_input_bytes = kDefaultMaxInputBytes;
  // Deeper elements are flattened into their ancestor.
  uint32_t max_depth = 512;
  // CPU time one page may take (see deadline.h); past it the page fails
  // with kTimeLimit (--time-limit). Zero: no limit.
  std::chrono::milliseconds time_limit = kDefaultTimeLimit;
};

// One page as a container hands it over.
struct PageInput {
  std::string_view bytes;
  std::string source;                  // for Article::source
  std::optional<std::string> url;      // e.g. a WARC-Target-URI
  std::optional<std::string> charset;  // a transport Content-Type charset
};

Result<Article> ExtractPage(const PageInput& page, const ExtractOptions& options);

// Convenience for tests and simple callers: source "-", no container.
Result<Article> ExtractHtml(std::string_view bytes, const ExtractOptions& options = {});

// For --explain: every block the classifier saw, with its weight, the
// decision and the reason, as human-readable lines. Fails as ExtractPage
// does, except that "no article content found" still explains.
Result<std::string> ExplainPage(const PageInput& page, const ExtractOptions& options);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_H_

// The page's machine-readable self-description gathered in one walk:
// <meta> tags (name / property / itemprop, with content= or the value=
// some CMSs use instead), <title>, <html lang>, <link rel=canonical>, and
// the raw text of JSON-LD scripts (and of JSON-LD that a page keeps in a
// <meta name="script:ld+json" content="..."> instead).
#ifndef NEWSIFT_METADATA_PAGE_META_H_
#define NEWSIFT_METADATA_PAGE_META_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsift/dom/document.h"

namespace newsift::metadata {

struct PageMeta {
  // (key, value) in page order; keys lower case ("og:title",
  // "article:published_time", "author"), values trimmed.
  std::vector<std::pair<std::string, std::string>> tags;
  std::string title;                 // <title>, collapsed
  std::string html_lang;             // <html lang> / xml:lang
  std::string canonical;             // <link rel=canonical href>
  std::vector<std::string> json_ld;  // raw JSON-LD texts, in page order

  // The first non-empty value for `key` (lower case), or nullopt.
  std::optional<std::string_view> Get(std::string_view key) const;
};

PageMeta CollectPageMeta(const dom::Document& doc);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_PAGE_META_H_

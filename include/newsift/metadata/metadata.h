// Every metadata field of an article, gathered from one parsed page and
// the classifier's view of it. The single entry point the extractor
// calls; the per-field files (headline.h, date.h...) hold the rules.
#ifndef NEWSIFT_METADATA_METADATA_H_
#define NEWSIFT_METADATA_METADATA_H_

#include <optional>
#include <string>
#include <vector>

#include "newsift/article.h"
#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/date.h"

namespace newsift::metadata {

struct MetadataOptions {
  std::optional<std::string> url;  // the page's address, when known
  DateBounds date_bounds;          // plausible publication dates
};

struct Metadata {
  std::optional<std::string> url;
  std::optional<std::string> headline;
  std::optional<std::string> date;
  std::optional<std::string> modified;
  std::vector<std::string> authors;
  std::optional<std::string> language;
  std::optional<std::string> site_name;
  std::optional<std::string> description;
  std::vector<std::string> bullets;
  std::vector<Caption> captions;

  // Elements whose text went into a field and so is not body text; a
  // text node stands for the text block that starts with it (a dateline
  // cut out of a larger element by <br>).
  std::vector<dom::NodeId> consumed;
  // The element shown as the headline, or kNoNode.
  dom::NodeId headline_node = dom::kNoNode;
};

Metadata ExtractMetadata(const dom::Document& doc, const classify::Content& content,
                         const MetadataOptions& options);

// Resolves `href` against `base` ("/a/b" on "https://x.org/c" ->
// "https://x.org/a/b"); returns `href` when it is absolute or `base` is
// not an absolute http(s) URL.
std::string ResolveUrl(std::string_view base, std::string_view href);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_METADATA_H_

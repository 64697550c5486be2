// The visible headline: the page's h1 a reader sees above the article,
// confirmed by og:title / JSON-LD headline / <title>, which are only
// evidence and fallbacks (they carry " | Site" suffixes, differ slightly,
// or name only the site).
#ifndef NEWSIFT_METADATA_HEADLINE_H_
#define NEWSIFT_METADATA_HEADLINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"

namespace newsift::metadata {

struct Headline {
  std::optional<std::string> text;
  dom::NodeId node = dom::kNoNode;  // the element shown, when one was used
};

Headline FindHeadline(const dom::Document& doc, const classify::Content& content,
                      const PageMeta& meta, const JsonLd& json_ld);

// "Storm hits coast | The Daily Planet" -> "Storm hits coast": drops the
// part naming the site (`site_name` when known, else the shorter side of a
// " | ", " - ", " – ", " — ", " :: " or " · " separator).
std::string StripSiteSuffix(std::string_view title, std::string_view site_name);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_HEADLINE_H_

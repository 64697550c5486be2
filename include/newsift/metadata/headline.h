// The visible headline: the element a reader sees above the article
// (usually its h1), chosen among the page's headings with the page's own
// statements as evidence: the JSON-LD headline, og:title, twitter:title and
// <title>. Those are only evidence and fallbacks: they carry " | Site"
// suffixes, differ slightly from the h1, or name only the site.
//
// How the choice is made (each rule is exercised by a testdata page):
//   - Every h1, h2, h3, itemprop=headline element, and every short text
//     block, is a candidate. A candidate that says what the evidence says
//     (same words, punctuation and case aside), or what one part of a
//     "Headline | Section | Site" title says, is confirmed.
//   - A candidate that holds the evidence plus a kicker, section label or
//     dateline in its own element or behind a separator ("Local News |
//     Storm hits coast") yields just the evidenced words.
//   - Candidates that name the site (og:site_name, publisher, host name),
//     sit in a logo or home link, or lie in comments, sidebars, dialogs
//     or newsletter and promo boxes (a sign-up pop-up's "Get our free
//     briefing") lose; below the article's first long block, only the
//     page's first h1 escapes the penalty for headings there (a second
//     h1 there is a section's or a pull quote's).
//   - Without a confirmed candidate, a well-placed h1 still wins; else the
//     JSON-LD headline, og:title, twitter:title or <title>, with the site's
//     parts removed (title_parts.h).
//   - A page that states no title at all (old pages) may still name its
//     headline's element: "<div class=article_headline>" above the body.
#ifndef NEWSIFT_METADATA_HEADLINE_H_
#define NEWSIFT_METADATA_HEADLINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"
#include "newsift/metadata/title_parts.h"

namespace newsift::metadata {

struct Headline {
  std::optional<std::string> text;
  // The heading element shown, when one was used; its text is not body.
  dom::NodeId node = dom::kNoNode;
};

// `url` is the page's address when known (canonical, og:url or --url), or
// empty: its host tells the site's name apart from the headline.
Headline FindHeadline(const dom::Document& doc, const classify::Content& content,
                      const PageMeta& meta, const JsonLd& json_ld, std::string_view url = {});

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_HEADLINE_H_

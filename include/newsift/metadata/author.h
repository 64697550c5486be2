// Authors as a list of person names, from the page's statements (JSON-LD
// author of the article, else of the WebPage; <meta name=author>,
// article:author, dc.creator, parsely-author...; "Roy, Aniruddha" in
// citation_author is one person) and its visible byline (rel=author and
// author-page links, itemprop=author, byline and author classes, "Written
// by" labels and the names after them, "By ..." lines near the headline,
// a name alone in bold closing the article). Names are read with
// byline.h. Organisations are not authors; without a person the list is
// empty.
//
// The visible byline is the one near the headline: author lists in
// sidebars, "About the author" boxes after the article (unless nothing
// else names anyone), comment authors and comment forms are not bylines.
// When the statements and the byline disagree, the statements win, unless
// they give only a user name or the site's name, the byline names more of
// the same people, or it says "By ..." under the headline (or its
// standfirst).
#ifndef NEWSIFT_METADATA_AUTHOR_H_
#define NEWSIFT_METADATA_AUTHOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/byline.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"

namespace newsift::metadata {

struct Authors {
  std::vector<std::string> names;
  // The visible byline element the names came from, when it holds little
  // else: its text is not body text.
  dom::NodeId byline = dom::kNoNode;
};

// `headline` is the headline element or kNoNode: a byline sits near it.
Authors FindAuthors(const dom::Document& doc, const classify::Content& content,
                    const PageMeta& meta, const JsonLd& json_ld,
                    dom::NodeId headline = dom::kNoNode);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_AUTHOR_H_

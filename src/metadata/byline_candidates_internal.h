// The elements of a page that may be its visible byline, each with the
// names it holds and a score for its kind and place: rel=author links,
// itemprop=author, byline and author classes, a "Written by" label and
// the element after it, a person icon or avatar before a name, "By ..."
// lines near the headline or anywhere without markup. Comments, forms
// and hidden elements are not bylines. Private to metadata/; which
// candidate wins is visible_byline.cc's work.
#ifndef NEWSIFT_METADATA_BYLINE_CANDIDATES_INTERNAL_H_
#define NEWSIFT_METADATA_BYLINE_CANDIDATES_INTERNAL_H_

#include <string>
#include <vector>

#include "author_names_internal.h"
#include "byline_markup_internal.h"
#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::metadata {

// Longest text of an element read as a byline; longer ones are author
// boxes with a biography.
constexpr size_t kMaxBylineBytes = 250;

// The page as the byline rules read it. Borrows all of it for the length
// of one FindAuthors() call.
struct BylinePage {
  const dom::Document& doc;
  const classify::Content& content;
  const NameReader& reader;
  dom::NodeId headline;    // or kNoNode
  dom::NodeId body_start;  // BodyStart(content), or kNoNode

  // After the headline, above the body and close to the headline: where
  // a byline stands.
  bool NearHeadline(dom::NodeId id) const;
  // Close after the headline with at most a standfirst before it: one
  // long paragraph ("<h1>..</h1><p class=dek>..</p><div>By Jane
  // Doe</div>").
  bool BelowStandfirst(dom::NodeId id) const;
  // Below the headline with one kept block between them, a paragraph:
  // the standfirst ("<h1>..</h1><p>Teaser...</p><p><b>Von Jane
  // Doe</b></p>").
  bool StandfirstOnlyBefore(dom::NodeId id) const;
};

struct BylineCandidate {
  dom::NodeId id = dom::kNoNode;
  int score = 0;
  dom::NodeId end = dom::kNoNode;  // of the subtree
  std::vector<std::string> names;
  // "By Jane Doe", or an element holding one name and nothing else.
  bool tight = false;
  // A rel=author link, a link to an author's page, or itemprop=author.
  bool linked = false;
};

// Every candidate of the page, in document order of discovery (an element
// may come more than once, from different rules).
std::vector<BylineCandidate> FindBylineCandidates(const BylinePage& page);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_BYLINE_CANDIDATES_INTERNAL_H_

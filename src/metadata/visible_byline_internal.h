// The visible byline of a page: the best placed of its byline candidates
// (byline_candidates_internal.h), the one near the headline before an
// author box at the end, and never one of a list of other stories'
// bylines. Private to metadata/ (author.cc).
#ifndef NEWSIFT_METADATA_VISIBLE_BYLINE_INTERNAL_H_
#define NEWSIFT_METADATA_VISIBLE_BYLINE_INTERNAL_H_

#include <string>
#include <vector>

#include "byline_candidates_internal.h"

namespace newsift::metadata {

struct VisibleByline {
  std::vector<std::string> names;  // empty: no byline
  // The byline element, when it holds little else, or kNoNode.
  dom::NodeId byline = dom::kNoNode;
  // "By Jane Doe" between the headline and the body: the page says who
  // wrote it, even against its metadata.
  bool prefixed_near_headline = false;
};

VisibleByline FindVisibleByline(const BylinePage& page);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_VISIBLE_BYLINE_INTERNAL_H_

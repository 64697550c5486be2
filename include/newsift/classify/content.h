// The boilerplate classifier's entry point: which blocks of a page are the
// article body, and why every other block is not.
//
//   1. Elements that never hold article text (scripts, forms controls,
//      embedded media) and hidden elements go, with their subtrees.
//   2. Structural boilerplate (nav, aside, header, footer) and elements
//      whose class / id / role name boilerplate (cookie banners, share
//      bars, related lists, comments...) go too, unless they hold most of
//      the page's text: a <body class="has-sidebar"> stays.
//   3. The remaining text is cut into blocks, each block scored, and the
//      element with the best total score is the main content region.
//   4. Inside the region, blocks that are link lists or boilerplate labels
//      ("Advertisement", "Read more: ...") are dropped.
#ifndef NEWSIFT_CLASSIFY_CONTENT_H_
#define NEWSIFT_CLASSIFY_CONTENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsift/classify/block.h"
#include "newsift/classify/index_page.h"
#include "newsift/classify/prune.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

struct ScoredBlock {
  TextBlock block;
  double weight = 0;
  bool keep = false;
  std::string reason;  // why kept or dropped, for --explain
};

struct Content {
  dom::NodeId region = dom::kNoNode;  // root of the main content
  dom::NodeId core = dom::kNoNode;    // where most of its prose is (Region::core)
  double region_score = 0;
  std::vector<ScoredBlock> blocks;  // every block of the page, in order
  std::vector<Removal> removal;     // per node (doc.size() entries)
  std::vector<uint32_t> hints;      // per node: ElementHints()
  bool is_index_page = false;       // many teasers, no single article
  IndexPageStats index_stats;       // what is_index_page was decided on

  // The kept blocks, in order.
  std::vector<const ScoredBlock*> Kept() const;
};

Content ClassifyContent(const dom::Document& doc);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_CONTENT_H_

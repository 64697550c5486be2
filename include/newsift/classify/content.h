// The boilerplate classifier's entry point: which blocks of a page are the
// article body, and why every other block is not.
//
//   1. Prune (prune.h): subtrees that never hold article text, hidden
//      ones, page structure and hinted boilerplate go, each rule guarded
//      by what the subtree holds (most of the page, or running prose).
//   2. Blocks (block.h): the rest is cut into blocks, measured and
//      labelled (labels.h).
//   3. Region (scorer.h): the element with the largest summed block weight
//      is the main region; its core is where most of that weight is.
//   4. Cut-offs (cutoff.h): what follows a run of links past the core,
//      teasers under a promo heading, blurbs of a teaser list.
//   5. Decision: inside the region, labels, link lists, and short lines
//      beside the core are dropped; the rest is kept. A region of teasers
//      with no prose between them is an index page (index_page.h) and
//      keeps nothing, unless the page's title names a heading over prose
//      there (an aggregator's story page): that prose is the body.
//
// Every decision carries its reason, for --explain.
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

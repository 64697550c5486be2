// Scores text blocks and finds the main content region.
//
// Each block gets a signed weight: positive for text that reads like
// article prose (long, punctuated, few links), negative for link lists,
// labels and teasers, about zero for short neutral lines. The main region
// is the element whose subtree has the largest total weight: it takes in
// every paragraph of the article as long as what lies between them does
// not cost more than they bring, and stops at link-heavy navigation. The
// region's core narrows it to the article body when the region also took
// in prose beside it.
#ifndef NEWSIFT_CLASSIFY_SCORER_H_
#define NEWSIFT_CLASSIFY_SCORER_H_

#include <vector>

#include "newsift/classify/block.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

double BlockWeight(const TextBlock& block);

struct Region {
  dom::NodeId root = dom::kNoNode;
  double score = 0;  // total weight of the blocks inside
  // The deepest element under `root` holding most of its positive weight:
  // the article body container when the region also takes in a lede, a
  // sidebar or testimonials beside it.
  dom::NodeId core = dom::kNoNode;
};

// The element under `scope` maximising the summed weight of the blocks
// inside it (ties go to the deeper element), and its core. `headline`, when
// known, steers the core: the article body is where the headline is, even
// when testimonials or a comment-like list beside it weigh more.
Region FindMainRegion(const dom::Document& doc, dom::NodeId scope,
                      const std::vector<TextBlock>& blocks, const std::vector<double>& weights,
                      dom::NodeId headline = dom::kNoNode);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_SCORER_H_

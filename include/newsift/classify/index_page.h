// Section fronts, tag pages and search results: pages with no single
// article, whose main region is a run of teasers (a linked headline, maybe
// a blurb) rather than running prose. They yield no body ("no article
// content found"), not a pile of teasers.
//
// An article region may hold a few teasers too (a "related" list the
// boilerplate pass missed); what an index lacks is a stretch of prose
// that no teaser interrupts.
#ifndef NEWSIFT_CLASSIFY_INDEX_PAGE_H_
#define NEWSIFT_CLASSIFY_INDEX_PAGE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "newsift/classify/block.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

struct IndexPageStats {
  size_t teasers = 0;       // linked headlines in the region
  size_t longest_run = 0;   // weighted length of the longest teaser-free prose run
  size_t prose_blocks = 0;  // prose blocks in the region

  bool IsIndexPage() const;
  std::string ToString() const;  // for --explain
};

// The blocks of the main content region, in document order.
IndexPageStats MeasureIndexPage(const std::vector<const TextBlock*>& region_blocks);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_INDEX_PAGE_H_

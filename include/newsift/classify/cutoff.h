// Blocks inside the main content region that are still not the article,
// judged by what comes before them rather than by what they say:
//
//   - after the article's core, past a run of link lines and labels (a
//     "More videos" list), the region can go on with prose that is not
//     the article: testimonials, a product blurb, a second copy of a
//     footer. The article does not run on past a list of links, unless
//     the text goes on in the core's own parent or in an element of the
//     core's tag and class (sites cut articles into sibling widgets with
//     promo cards between them);
//   - under a bare promo heading ("Related articles", "Schon gelesen?",
//     "Zobacz także"), the teasers that follow in the heading's container,
//     up to the first paragraph of unlinked prose (under "About the
//     author", the biography too: all of the container);
//   - the blurbs of a teaser list: three or more linked headlines (beside
//     the core, any linked heading of three words) in a row, each
//     followed by one short block (up to 250 characters in the core, 600
//     outside it, where "related posts" cards carry long excerpts) and
//     any short linked section labels ("Business").
#ifndef NEWSIFT_CLASSIFY_CUTOFF_H_
#define NEWSIFT_CLASSIFY_CUTOFF_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsift/classify/block.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

enum class Cutoff : uint8_t {
  kNone,
  kAfterLinks,         // past a run of separators after the core
  kUnderPromoHeading,  // a teaser under "Related articles" and the like
  kTeaserBlurb,        // the blurb between linked headlines in a teaser list
};
std::string_view ToString(Cutoff cutoff);

// One Cutoff per block. `region` and `core` as in Region (scorer.h).
std::vector<Cutoff> FindCutoffs(const dom::Document& doc, dom::NodeId region, dom::NodeId core,
                                const std::vector<TextBlock>& blocks);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_CUTOFF_H_

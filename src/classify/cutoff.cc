#include "newsift/classify/cutoff.h"

#include "newsift/classify/scorer.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Separators in a row that end the article.
constexpr int kMinSeparators = 3;
// A block this heavy is text: the separators before it were inline.
constexpr double kTextWeight = 30;
// A promo heading is a bare label ("Related", "Lesen Sie auch"), not a
// lead-in with its teaser's headline after it.
constexpr size_t kMaxPromoHeadingLength = 60;
// Under a promo heading, a block this long and unlinked is prose again.
constexpr size_t kMinProseLength = 100;
// Teaser lists: this many linked headlines in a row, each followed by at
// most kMaxBlurbBlocks blocks of at most kMaxBlurbLength.
constexpr size_t kMinTeaserRun = 3;
constexpr size_t kMaxBlurbBlocks = 1;
constexpr size_t kMaxBlurbLength = 250;
// A linked heading of this many words heads a teaser, however short.
constexpr size_t kMinLinkedHeadingWords = 3;
// A link line this short between teasers is a section label.
constexpr size_t kMaxLabelLinkLength = 24;
// Outside the core a teaser's excerpt can be longer: "Related posts"
// cards after an article often carry the first 250-300 characters of
// each story (on the corpus this limit changed four wcxb pages, each
// for the better, and no other page).
constexpr size_t kMaxBlurbLengthBesideCore = 600;

NodeId At(const TextBlock& block) {
  return block.anchor != kNoNode ? block.anchor : block.first_node;
}

// Link lines and labels: what separates an article from what the page
// puts after it.
bool IsSeparator(const TextBlock& block) {
  return (block.link_density() > 0.5 && block.length >= 8) || block.label != LabelKind::kNone;
}

class CutoffFinder {
 public:
  CutoffFinder(const dom::Document& doc, NodeId region, NodeId core,
               const std::vector<TextBlock>& blocks)
      : doc_(doc), region_(region), core_(core), blocks_(blocks), cutoffs_(blocks.size()) {}

  std::vector<Cutoff> Run() {
    if (region_ == kNoNode) return std::move(cutoffs_);
    CutAfterLinks();
    CutUnderPromoHeadings();
    CutTeaserBlurbs();
    return std::move(cutoffs_);
  }

 private:
  bool InRegion(size_t i) const { return doc_.Contains(region_, At(blocks_[i])); }

  // Walks on from the core's last block: once separators follow each
  // other, the rest of the region is cut off. Nothing before the core is:
  // the headline zone above an article is full of short links (author,
  // section, share) that end nothing.
  void CutAfterLinks() {
    if (core_ == kNoNode || core_ == region_) return;
    size_t last = blocks_.size();
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (doc_.Contains(core_, At(blocks_[i]))) last = i;
    }
    if (last == blocks_.size()) return;
    int separators = 0;
    for (size_t i = last + 1; i < blocks_.size(); ++i) {
      if (!InRegion(i)) continue;
      const NodeId at = At(blocks_[i]);
      bool cut = separators >= kMinSeparators;
      if (!cut && IsSeparator(blocks_[i])) {
        ++separators;
        cut = separators >= kMinSeparators;
      } else if (!cut && BlockWeight(blocks_[i]) >= kTextWeight) {
        separators = 0;
      }
      if (cut && !ContinuesCore(at)) cutoffs_[i] = Cutoff::kAfterLinks;
    }
  }

  // Whether the block at `at` is the article going on past an inline promo
  // card: it lies in the core's parent, or in an element of the core's
  // tag and class (<div class="article-widget"> text, a promo card, <div
  // class="article-widget"> more text).
  bool ContinuesCore(NodeId at) const {
    const NodeId parent = doc_.node(core_).parent;
    if (parent != kNoNode && doc_.Contains(parent, at)) return true;
    const std::string_view core_class = doc_.attr(core_, "class");
    if (core_class.empty()) return false;
    const Tag core_tag = doc_.node(core_).tag;
    for (NodeId a = doc_.node(at).parent; a != kNoNode && !doc_.Contains(a, core_);
         a = doc_.node(a).parent) {
      if (doc_.node(a).tag == core_tag && doc_.attr(a, "class") == core_class) return true;
    }
    return false;
  }

  // "Related articles" then a list of teasers, in one container: the
  // heading's nearest ancestor that holds the blocks after it. Inside the
  // article's core the teasers end at the first unlinked prose (the
  // article goes on); outside it, the whole container goes.
  void CutUnderPromoHeadings() {
    for (size_t i = 0; i + 1 < blocks_.size(); ++i) {
      const TextBlock& heading = blocks_[i];
      if (heading.label != LabelKind::kPromo || heading.length > kMaxPromoHeadingLength) continue;
      if (!InRegion(i) || heading.anchor == kNoNode) continue;
      NodeId container = doc_.node(heading.anchor).parent;
      const NodeId next = At(blocks_[i + 1]);
      while (container != kNoNode && !doc_.Contains(container, next)) {
        container = doc_.node(container).parent;
      }
      if (container == kNoNode || container == region_ || !doc_.Contains(region_, container)) {
        continue;
      }
      // A container holding the whole core is the article itself.
      if (core_ != kNoNode && doc_.Contains(container, core_)) continue;
      // An author's biography is prose too, but never the article's.
      const bool inside_core =
          core_ != kNoNode && doc_.Contains(core_, container) && !IsAuthorBoxHeading(heading.text);
      size_t j = i + 1;
      for (; j < blocks_.size(); ++j) {
        const TextBlock& block = blocks_[j];
        if (!doc_.Contains(container, At(block))) break;
        if (inside_core) {
          const bool prose = block.length >= kMinProseLength && block.link_density() < 0.3;
          if (prose || block.kind == BlockKind::kHeading) break;
        }
        if (cutoffs_[j] == Cutoff::kNone) cutoffs_[j] = Cutoff::kUnderPromoHeading;
      }
      i = j - 1;
    }
  }

  // A linked headline: the head of a teaser. Beside the core, a linked
  // heading element is one however short ("Fraser's lasting legacy" over an opinion column's
  // standfirst, readability herald-sun-1).
  bool IsTeaserHead(const TextBlock& block) const {
    if (block.link_density() < 0.8) return false;
    if (block.words >= 4 && block.length >= 25) return true;
    // Beside the core only: in it, a list of linked product names can
    // head the article's own sections.
    return block.kind == BlockKind::kHeading && block.words >= kMinLinkedHeadingWords &&
           core_ != kNoNode && !doc_.Contains(core_, At(block));
  }

  // Linked headline, blurb, linked headline, blurb...: a list of teasers
  // inside the region (a "B.C. Headlines" box the pruning missed). Three
  // heads in a row, each followed by at most kMaxBlurbBlocks short
  // blocks, make the blurbs teasers too.
  void CutTeaserBlurbs() {
    std::vector<size_t> heads;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (InRegion(i) && IsTeaserHead(blocks_[i])) heads.push_back(i);
    }
    size_t run_start = 0;
    for (size_t h = 1; h <= heads.size(); ++h) {
      const bool continues = h < heads.size() && IsBlurbGap(heads[h - 1], heads[h]) &&
                             LookAlike(heads[h - 1], heads[h]);
      if (continues) continue;
      // heads[run_start .. h-1] form a run; the last head's blurb counts
      // when it is one short block in the head's own container (its card
      // or list): past the container, the article goes on after an
      // inline "Lesen Sie auch" box, or a subheading follows a list of
      // linked bug titles.
      if (h - run_start >= kMinTeaserRun) {
        for (size_t k = run_start; k + 1 < h; ++k) MarkBlurbs(heads[k] + 1, heads[k + 1]);
        const size_t last = heads[h - 1] + 1;
        if (last < blocks_.size() && InRegion(last) && IsBlurb(blocks_[last]) &&
            SharesContainer(heads[h - 1], last)) {
          MarkBlurbs(last, last + 1);
        }
      }
      run_start = h;
    }
  }

  // Teasers of one run look alike: a linked <h2> after a list of linked
  // <li> heads a section of the article, not one more teaser (wcxb 0022).
  // A short section label ("Business") may differ from the heads it
  // sits between.
  bool LookAlike(size_t a, size_t b) const {
    if (blocks_[a].length <= kMaxLabelLinkLength || blocks_[b].length <= kMaxLabelLinkLength) {
      return true;
    }
    return doc_.node(At(blocks_[a])).tag == doc_.node(At(blocks_[b])).tag;
  }

  // Whether block `other` lies in the parent of block `head`'s element.
  bool SharesContainer(size_t head, size_t other) const {
    const NodeId parent = doc_.node(At(blocks_[head])).parent;
    return parent == kNoNode || doc_.Contains(parent, At(blocks_[other]));
  }

  bool IsBlurb(const TextBlock& block) const {
    const bool in_core = core_ == kNoNode || doc_.Contains(core_, At(block));
    const size_t max_length = in_core ? kMaxBlurbLength : kMaxBlurbLengthBesideCore;
    return block.length <= max_length && !IsTeaserHead(block);
  }

  // Between two heads: at most kMaxBlurbBlocks blurbs, and any number of
  // short link lines (the section label over each teaser: "Business",
  // "The World").
  bool IsBlurbGap(size_t from, size_t to) const {
    size_t blurbs = 0;
    for (size_t i = from + 1; i < to; ++i) {
      const TextBlock& block = blocks_[i];
      if (block.length <= kMaxLabelLinkLength && block.link_density() > 0.5) continue;
      if (!IsBlurb(block) || ++blurbs > kMaxBlurbBlocks) return false;
    }
    return true;
  }

  void MarkBlurbs(size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (cutoffs_[i] == Cutoff::kNone) cutoffs_[i] = Cutoff::kTeaserBlurb;
    }
  }

  const dom::Document& doc_;
  const NodeId region_;
  const NodeId core_;
  const std::vector<TextBlock>& blocks_;
  std::vector<Cutoff> cutoffs_;
};

}  // namespace

std::string_view ToString(Cutoff cutoff) {
  switch (cutoff) {
    case Cutoff::kNone:
      return "none";
    case Cutoff::kAfterLinks:
      return "cut off from the article by a list of links";
    case Cutoff::kUnderPromoHeading:
      return "under a promo heading";
    case Cutoff::kTeaserBlurb:
      return "a teaser's blurb in a list of teasers";
  }
  return "";
}

std::vector<Cutoff> FindCutoffs(const dom::Document& doc, dom::NodeId region, dom::NodeId core,
                                const std::vector<TextBlock>& blocks) {
  return CutoffFinder(doc, region, core, blocks).Run();
}

}  // namespace newsift::classify

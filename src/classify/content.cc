#include "newsift/classify/content.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "newsift/classify/between_prose.h"
#include "newsift/classify/call_to_action.h"
#include "newsift/classify/cutoff.h"
#include "newsift/classify/hints.h"
#include "newsift/classify/index_page.h"
#include "newsift/classify/labels.h"
#include "newsift/classify/linked_content.h"
#include "newsift/classify/prune.h"
#include "newsift/classify/scorer.h"
#include "newsift/text/utf8.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Outside the core, a line shorter than this is furniture, not prose
// (checked on the corpus: such lines beside the core are article text
// about one time in five, mostly datelines and titles the body drops).
constexpr size_t kMinBesideCoreLength = 80;

// In the core, a linked paragraph of this many words is prose, and so is
// a block this long with at least a tenth of its text outside links (on
// the corpus, such blocks were article text four times in five).
constexpr size_t kMinLinkedProseWords = 15;
constexpr size_t kMinDescribedLinksLength = 60;
constexpr double kMaxDescribedLinkDensity = 0.9;

// Past the core, a container named for page furniture (a byline, an
// author box, a "pre-footer", a promo, key points, tags) that the pruning
// spared for its prose holds furniture all the same: on the corpus, text
// after the core under such a name was article text one time in ten.
constexpr uint32_t kFurnitureHints = kHintBoilerplate | kHintByline | kHintPromo | kHintAd |
                                     kHintKeyPoints | kHintTags | kHintShare | kHintPaywall;

// Past a page-wide region's core, text outside the core's parent goes
// when it weighs less than this share of the core.
constexpr double kMaxPastCoreShare = 0.5;

// A repeated line this long is a copy, not a refrain ("Yes." twice).
constexpr size_t kMinRepeatLength = 40;

// A headline has a few words and is not a paragraph.
constexpr size_t kMinHeadlineBytes = 10;
constexpr size_t kMaxHeadlineBytes = 400;

class Classifier {
 public:
  explicit Classifier(const dom::Document& doc) : doc_(doc) {}

  Content Run() {
    Content content;
    const NodeId scope = ChooseScope();
    content.removal.assign(doc_.size(), Removal::kKept);
    content.hints.assign(doc_.size(), kHintNone);
    if (scope == kNoNode) return content;
    const NodeId end = doc_.node(scope).end;
    HintCache hint_cache;
    for (NodeId id = scope; id < end; ++id) {
      if (doc_.node(id).is_element()) content.hints[id] = ElementHints(doc_, id, &hint_cache);
    }
    const SubtreeText text = MeasureSubtrees(doc_, scope);
    content.removal = PruneBoilerplate(doc_, scope, content.hints, text);

    std::vector<uint8_t> skip(doc_.size(), 0);
    for (NodeId id = 0; id < doc_.size(); ++id) {
      skip[id] = content.removal[id] != Removal::kKept;
    }
    std::vector<TextBlock> blocks = CollectBlocks(doc_, scope, skip);
    std::vector<double> weights;
    weights.reserve(blocks.size());
    for (const TextBlock& block : blocks) weights.push_back(BlockWeight(block));
    const Region region =
        FindMainRegion(doc_, scope, blocks, weights, FindHeadlineAnchor(scope, content.removal));
    content.region = region.root;
    content.region_score = region.score;
    content.core = region.core;
    const std::vector<Cutoff> cutoffs = FindCutoffs(doc_, region.root, region.core, blocks);

    cut_past_page_wide_core_ = CutsPastPageWideCore(content, blocks, weights);
    content.blocks.reserve(blocks.size());
    std::vector<uint8_t> linked_in_core(blocks.size(), 0);
    for (size_t i = 0; i < blocks.size(); ++i) {
      ScoredBlock scored;
      scored.weight = weights[i];
      scored.block = std::move(blocks[i]);
      linked_in_core[i] = Decide(content, cutoffs[i], &scored);
      content.blocks.push_back(std::move(scored));
    }
    KeepLinkedContent(linked_in_core, &content);
    KeepSentencesBetweenProse(doc_, &content.blocks);
    DropCallsToAction(&content);
    DropRepeats(&content);
    ApplyIndexPageRule(doc_, &content);
    return content;
  }

 private:
  // The <body>, or the root. Some saved pages hold several documents one
  // after the other (a frameset saved with its frames); libxml2 gives each
  // its own top-level <html>, and the one with the most text is the page.
  NodeId ChooseScope() const {
    NodeId scope = doc_.body() != kNoNode ? doc_.body() : doc_.root();
    if (scope == kNoNode || doc_.node(0).end >= doc_.size()) return scope;
    size_t best_text = 0;
    NodeId tree = 0;
    while (tree < doc_.size()) {
      size_t text = 0;
      NodeId body = kNoNode;
      for (NodeId id = tree; id < doc_.node(tree).end; ++id) {
        const dom::Node& node = doc_.node(id);
        if (node.is_text()) text += doc_.text(id).size();
        if (body == kNoNode && node.is_element() && node.tag == Tag::kBody) body = id;
      }
      if (text > best_text) {
        best_text = text;
        scope = body != kNoNode ? body : tree;
      }
      tree = doc_.node(tree).end;
    }
    return scope;
  }

  // The <h1> the article most likely starts with: the one whose text the
  // <title> repeats ("Storm hits coast | Daily Planet"), else the first
  // with a few words. Only steers the region's core; the headline field
  // is metadata/'s.
  NodeId FindHeadlineAnchor(NodeId scope, const std::vector<Removal>& removal) const {
    std::string title;
    const NodeId head = doc_.head();
    if (head != kNoNode) {
      for (NodeId id = head; id < doc_.node(head).end; ++id) {
        if (doc_.node(id).tag != Tag::kTitle) continue;
        title = text::FoldForComparison(doc_.Text(id));
        break;
      }
    }
    NodeId first = kNoNode;
    const NodeId end = doc_.node(scope).end;
    for (NodeId id = scope; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || node.tag != Tag::kH1) continue;
      // A headline in a pruned <header> (or a "banner" box) still says
      // where the article is, when the <title> repeats it: most of the
      // title, not the site's name in a logo's <h1>.
      const Removal removed = removal[id];
      if (removed != Removal::kKept && removed != Removal::kStructure &&
          removed != Removal::kHint) {
        id = node.end - 1;
        continue;
      }
      const std::string text = doc_.Text(id);
      if (text.size() < kMinHeadlineBytes || text.size() > kMaxHeadlineBytes) continue;
      const std::string folded = text::FoldForComparison(text);
      if (!title.empty() && title.find(folded) != std::string::npos &&
          (removed == Removal::kKept || 2 * folded.size() >= title.size())) {
        return id;
      }
      if (first == kNoNode && removed == Removal::kKept) first = id;
    }
    return first;
  }

  // The furniture hints of `id` and its ancestors up to the first one
  // holding the core: the names of the containers it shares with nothing
  // of the article. A name that also says "content" ("article-widget"),
  // or that a wrapper of the core bears too (page builders wrap every
  // module in one "widget" class), says nothing; the element's own id
  // still does.
  // Whether `at` is a cell of a data table: one whose first cell is a
  // header cell (<th>), not a layout table's.
  bool IsDataCell(NodeId at) const {
    if (doc_.node(at).tag != Tag::kTd) return false;
    NodeId table = doc_.node(at).parent;
    for (int up = 0; up < 3 && table != kNoNode && doc_.node(table).tag != Tag::kTable; ++up) {
      table = doc_.node(table).parent;
    }
    if (table == kNoNode || doc_.node(table).tag != Tag::kTable) return false;
    for (NodeId d = table + 1; d < doc_.node(table).end; ++d) {
      const Tag tag = doc_.node(d).tag;
      if (tag == Tag::kTh) return true;
      if (tag == Tag::kTd) return false;
    }
    return false;
  }

  uint32_t FurnitureBesideCore(const Content& content, NodeId id) const {
    uint32_t hints = kHintNone;
    for (NodeId a = id; a != kNoNode && !doc_.Contains(a, content.core); a = doc_.node(a).parent) {
      const uint32_t own = content.hints[a];
      if ((own & kFurnitureHints) == 0 || (own & kHintContent) != 0) continue;
      // A shared class says nothing, but an id of its own still does
      // (<aside id="sidebar" class="mod"> beside <div class="mod">).
      uint32_t furniture = own & kFurnitureHints;
      if (WrapsCoreToo(content, doc_.attr(a, "class"))) {
        furniture &= HintsForName(doc_.attr(a, "id"));
      }
      hints |= furniture;
    }
    return hints;
  }

  // When the region is the whole <body>, it took in everything on the
  // page; past the core, text outside the core's own parent is another
  // part of the page (testimonials, a footer's pitch, spam links), when
  // it weighs less than half the core. A table, list or carousel core is
  // a piece of the article, not its container: it says nothing of what
  // follows.
  bool CutsPastPageWideCore(const Content& content, const std::vector<TextBlock>& blocks,
                            const std::vector<double>& weights) const {
    if (content.region == kNoNode || content.core == kNoNode) return false;
    const Tag region_tag = doc_.node(content.region).tag;
    if (region_tag != Tag::kBody && region_tag != Tag::kHtml) return false;
    const Tag core_tag = doc_.node(content.core).tag;
    if (core_tag == Tag::kTable || core_tag == Tag::kTbody || core_tag == Tag::kUl ||
        core_tag == Tag::kOl || core_tag == Tag::kDl || IsSlideshow(content.core)) {
      return false;
    }
    const NodeId parent = doc_.node(content.core).parent;
    if (parent == kNoNode || parent == content.region) return false;
    double core_weight = 0;
    double past_weight = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
      const NodeId at = At(blocks[i]);
      const double weight = std::max(0.0, weights[i]);
      if (doc_.Contains(content.core, at)) {
        core_weight += weight;
      } else if (at >= doc_.node(content.core).end && !doc_.Contains(parent, at)) {
        past_weight += weight;
      }
    }
    return past_weight < kMaxPastCoreShare * core_weight;
  }

  // A carousel or slider: a component of the page, not its article's
  // container (an event page's photo carousel, trafilatura-eval).
  bool IsSlideshow(NodeId id) const {
    const std::string name = text::AsciiLower(doc_.attr(id, "class"));
    for (std::string_view word : {"carousel", "slider", "slideshow", "swiper"}) {
      if (name.find(word) != std::string::npos) return true;
    }
    return false;
  }

  bool PastThePageWideCore(const Content& content, NodeId at) const {
    if (!cut_past_page_wide_core_) return false;
    const NodeId parent = doc_.node(content.core).parent;
    return !doc_.Contains(parent, at);
  }

  bool WrapsCoreToo(const Content& content, std::string_view class_name) const {
    if (class_name.empty()) return false;
    for (NodeId a = content.core; a != kNoNode && a != content.region; a = doc_.node(a).parent) {
      if (doc_.attr(a, "class") == class_name) return true;
    }
    return false;
  }

  static NodeId At(const TextBlock& block) {
    return block.anchor != kNoNode ? block.anchor : block.first_node;
  }

  // Decides one block; returns whether it was dropped as a link line
  // inside the core (for KeepLinkedContent).
  bool Decide(const Content& content, Cutoff cutoff, ScoredBlock* scored) const {
    const TextBlock& block = scored->block;
    const NodeId at = At(block);
    if (content.region == kNoNode || !doc_.Contains(content.region, at)) {
      scored->reason = "outside the main content";
      return false;
    }
    if (cutoff != Cutoff::kNone) {
      scored->reason = std::string(ToString(cutoff));
      return false;
    }
    const LabelKind label = block.label;
    if (label != LabelKind::kNone) {
      scored->reason = std::string("boilerplate text: ") + std::string(ToString(label));
      return false;
    }
    const bool in_core = content.core == kNoNode || doc_.Contains(content.core, at);
    // A paragraph of the article that links its whole text is still one:
    // long, several sentences' worth of words, not a headline list. In the
    // core, a longer block with some text outside its links is one too
    // (a list of tools, each linked and described); code is code.
    const bool linked_prose = in_core && block.kind == BlockKind::kParagraph &&
                              block.words >= kMinLinkedProseWords && block.punctuation >= 2;
    const bool described_links = in_core && block.length >= kMinDescribedLinksLength &&
                                 block.link_density() <= kMaxDescribedLinkDensity;
    const bool code = in_core && block.kind == BlockKind::kCode;
    if (block.link_density() > 0.5 && !linked_prose && !described_links && !code) {
      scored->reason = "mostly links";
      return in_core;
    }
    // Short lines beside the core are its furniture: kickers, datelines,
    // "Posted in", author names, section titles of what follows.
    // Lists and tables are exempt: an ingredients list beside the steps.
    // A description list's <dd> is an item too ("Vorteile: kann ...").
    const bool item = block.kind == BlockKind::kListItem || block.kind == BlockKind::kTableRow ||
                      doc_.node(at).tag == Tag::kDd || IsDataCell(at);
    if (!in_core && content.core != kNoNode && at >= doc_.node(content.core).end) {
      const uint32_t furniture = FurnitureBesideCore(content, at);
      if (furniture != 0) {
        scored->reason = "after the article core, in a " + HintsToString(furniture) + " container";
        return false;
      }
      if (PastThePageWideCore(content, at)) {
        scored->reason = "after the article core, outside its parent, in a page-wide region";
        return false;
      }
    }
    if (!in_core && !item &&
        (block.length < kMinBesideCoreLength || block.kind == BlockKind::kHeading)) {
      scored->reason = std::string(kShortBesideCore);
      return false;
    }
    scored->keep = true;
    scored->reason = in_core ? "in the article core" : "in the main region, beside the core";
    return false;
  }

  // Link lines of the core that their neighbours show to be the
  // article's (linked_content.h).
  void KeepLinkedContent(const std::vector<uint8_t>& linked_in_core, Content* content) const {
    if (std::find(linked_in_core.begin(), linked_in_core.end(), 1) == linked_in_core.end()) return;
    std::vector<const TextBlock*> blocks;
    std::vector<uint8_t> kept;
    blocks.reserve(content->blocks.size());
    kept.reserve(content->blocks.size());
    for (const ScoredBlock& scored : content->blocks) {
      blocks.push_back(&scored.block);
      kept.push_back(scored.keep ? 1 : 0);
    }
    const std::vector<LinkedContent> linked = FindLinkedContent(doc_, blocks, kept, linked_in_core);
    for (size_t i = 0; i < linked.size(); ++i) {
      if (linked[i] == LinkedContent::kNone) continue;
      ScoredBlock& scored = content->blocks[i];
      scored.keep = true;
      scored.reason = std::string(ToString(linked[i]));
    }
  }

  // Pitches over buttons (call_to_action.h).
  void DropCallsToAction(Content* content) const {
    std::vector<const TextBlock*> blocks;
    std::vector<uint8_t> kept;
    blocks.reserve(content->blocks.size());
    kept.reserve(content->blocks.size());
    for (const ScoredBlock& scored : content->blocks) {
      blocks.push_back(&scored.block);
      kept.push_back(scored.keep ? 1 : 0);
    }
    const std::vector<uint8_t> pitches = FindCallsToAction(doc_, blocks, kept);
    for (size_t i = 0; i < pitches.size(); ++i) {
      if (!pitches[i]) continue;
      content->blocks[i].keep = false;
      content->blocks[i].reason = "a call to action over a button";
    }
  }

  // A kept block beside the core whose text an earlier kept block already
  // said: a carousel's cloned slides, the mobile copy of a box. In the
  // core, a repeat stays: some pages print their article twice, and the
  // corpus's truth then holds it twice (l3s-gn1) as often as once (wcxb).
  void DropRepeats(Content* content) const {
    std::unordered_set<std::string_view> seen;
    for (ScoredBlock& scored : content->blocks) {
      if (!scored.keep || scored.block.length < kMinRepeatLength) continue;
      if (!seen.insert(scored.block.text).second && content->core != kNoNode &&
          !doc_.Contains(content->core, At(scored.block))) {
        scored.keep = false;
        scored.reason = "a repeat of an earlier block";
      }
    }
  }

  const dom::Document& doc_;
  bool cut_past_page_wide_core_ = false;  // CutsPastPageWideCore()
};

}  // namespace

std::vector<const ScoredBlock*> Content::Kept() const {
  std::vector<const ScoredBlock*> kept;
  for (const ScoredBlock& b : blocks) {
    if (b.keep) kept.push_back(&b);
  }
  return kept;
}

Content ClassifyContent(const dom::Document& doc) { return Classifier(doc).Run(); }

}  // namespace newsift::classify

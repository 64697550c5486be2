#include "newsift/classify/content.h"

#include "newsift/classify/hints.h"
#include "newsift/classify/index_page.h"
#include "newsift/classify/labels.h"
#include "newsift/classify/prune.h"
#include "newsift/classify/scorer.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

class Classifier {
 public:
  explicit Classifier(const dom::Document& doc) : doc_(doc) {}

  Content Run() {
    Content content;
    const NodeId scope = doc_.body() != kNoNode ? doc_.body() : doc_.root();
    content.removal.assign(doc_.size(), Removal::kKept);
    content.hints.assign(doc_.size(), kHintNone);
    if (scope == kNoNode) return content;
    const NodeId end = doc_.node(scope).end;
    for (NodeId id = scope; id < end; ++id) {
      if (doc_.node(id).is_element()) content.hints[id] = ElementHints(doc_, id);
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
    const Region region = FindMainRegion(doc_, scope, blocks, weights);
    content.region = region.root;
    content.region_score = region.score;

    content.blocks.reserve(blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
      ScoredBlock scored;
      scored.weight = weights[i];
      scored.block = std::move(blocks[i]);
      Decide(content, &scored);
      content.blocks.push_back(std::move(scored));
    }
    DetectIndexPage(&content);
    return content;
  }

 private:
  void Decide(const Content& content, ScoredBlock* scored) const {
    const TextBlock& block = scored->block;
    const NodeId at = block.anchor != kNoNode ? block.anchor : block.first_node;
    if (content.region == kNoNode || !doc_.Contains(content.region, at)) {
      scored->reason = "outside the main content";
      return;
    }
    const LabelKind label = ClassifyLabel(block.text);
    if (label != LabelKind::kNone) {
      scored->reason = std::string("boilerplate text: ") + std::string(ToString(label));
      return;
    }
    if (block.link_density() > 0.5) {
      scored->reason = "mostly links";
      return;
    }
    scored->keep = true;
    scored->reason = "in the main content";
  }

  // A section front: the region is a run of teasers, not an article.
  void DetectIndexPage(Content* content) const {
    // The region's parent: on a section front the best-scoring element can
    // be one teaser's blurb, with its siblings beside it.
    if (content->region == kNoNode) return;
    NodeId scope = content->region;
    if (doc_.node(scope).parent != kNoNode) scope = doc_.node(scope).parent;
    std::vector<const TextBlock*> region_blocks;
    for (const ScoredBlock& scored : content->blocks) {
      const TextBlock& b = scored.block;
      const NodeId at = b.anchor != kNoNode ? b.anchor : b.first_node;
      if (doc_.Contains(scope, at)) region_blocks.push_back(&b);
    }
    content->index_stats = MeasureIndexPage(region_blocks);
    if (!content->index_stats.IsIndexPage()) return;
    content->is_index_page = true;
    for (ScoredBlock& scored : content->blocks) {
      if (!scored.keep) continue;
      scored.keep = false;
      scored.reason = "index page: many teasers, no single article";
    }
  }

  const dom::Document& doc_;
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

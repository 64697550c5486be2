#include "newsift/classify/scorer.h"

#include <algorithm>

#include "newsift/classify/labels.h"

namespace newsift::classify {
namespace {

// A child holding more than this share of the region's positive weight is
// where the article is.
constexpr double kCoreShare = 0.5;
// The child holding the headline needs less.
constexpr double kHeadlineShare = 0.3;
// A core is a container of blocks, not one long paragraph.
constexpr uint32_t kMinCoreBlocks = 3;

}  // namespace

double BlockWeight(const TextBlock& block) {
  const auto length = static_cast<double>(block.length);
  if (block.length == 0) return 0;
  const double link_density = block.link_density();
  if (link_density >= 0.5) return -length * link_density;
  if (block.label != LabelKind::kNone) return -length;
  // Short lines without punctuation (subheadings, datelines, "Share") are
  // neutral: they neither pull the region towards them nor push it away.
  if (block.length < 25 && block.punctuation == 0) return 0;
  double weight = length * (1 - 2 * link_density);
  // Prose has sentences.
  if (block.words >= 8 && block.punctuation > 0) weight *= 1.5;
  return weight;
}

Region FindMainRegion(const dom::Document& doc, dom::NodeId scope,
                      const std::vector<TextBlock>& blocks, const std::vector<double>& weights,
                      dom::NodeId headline) {
  Region best;
  if (scope == dom::kNoNode) return best;
  const dom::NodeId end = doc.node(scope).end;
  // Sum weights per element bottom-up over the scope's id range.
  std::vector<double> sums(end - scope, 0.0);
  std::vector<double> positive(end - scope, 0.0);
  std::vector<uint32_t> counts(end - scope, 0);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const dom::NodeId at =
        blocks[i].anchor != dom::kNoNode ? blocks[i].anchor : blocks[i].first_node;
    if (at < scope || at >= end) continue;
    sums[at - scope] += weights[i];
    positive[at - scope] += std::max(0.0, weights[i]);
    ++counts[at - scope];
  }
  for (dom::NodeId id = end; id-- > scope + 1;) {
    const dom::NodeId parent = doc.node(id).parent;
    if (parent != dom::kNoNode && parent >= scope) {
      sums[parent - scope] += sums[id - scope];
      positive[parent - scope] += positive[id - scope];
      counts[parent - scope] += counts[id - scope];
    }
  }
  best.root = scope;
  best.score = sums[0];
  for (dom::NodeId id = scope; id < end; ++id) {
    if (!doc.node(id).is_element()) continue;
    const double s = sums[id - scope];
    // Pre-order: a later element with an equal sum is a descendant or a
    // later sibling; prefer it only when strictly better, except that a
    // descendant with the same total is more specific.
    if (s > best.score || (s == best.score && doc.Contains(best.root, id))) {
      best.root = id;
      best.score = s;
    }
  }
  // Descend while one child holds more than half of the region's positive
  // weight, or a good part of it and the headline, and a few blocks.
  best.core = best.root;
  const double total = positive[best.root - scope];
  for (;;) {
    dom::NodeId heaviest = dom::kNoNode;
    dom::NodeId with_headline = dom::kNoNode;
    for (dom::NodeId c = doc.node(best.core).first_child; c != dom::kNoNode;
         c = doc.node(c).next_sibling) {
      if (counts[c - scope] < kMinCoreBlocks) continue;
      if (heaviest == dom::kNoNode || positive[c - scope] > positive[heaviest - scope]) {
        heaviest = c;
      }
      if (headline != dom::kNoNode && doc.Contains(c, headline)) with_headline = c;
    }
    if (with_headline != dom::kNoNode &&
        positive[with_headline - scope] >= kHeadlineShare * total) {
      best.core = with_headline;
      continue;
    }
    if (heaviest == dom::kNoNode || positive[heaviest - scope] <= kCoreShare * total) break;
    best.core = heaviest;
  }
  return best;
}

}  // namespace newsift::classify

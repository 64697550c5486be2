#include "newsift/classify/scorer.h"

#include <algorithm>

#include "newsift/classify/labels.h"

namespace newsift::classify {

double BlockWeight(const TextBlock& block) {
  const auto length = static_cast<double>(block.length);
  if (block.length == 0) return 0;
  const double link_density = block.link_density();
  if (link_density >= 0.5) return -length * link_density;
  if (ClassifyLabel(block.text) != LabelKind::kNone) return -length;
  // Short lines without punctuation (subheadings, datelines, "Share") are
  // neutral: they neither pull the region towards them nor push it away.
  if (block.length < 25 && block.punctuation == 0) return 0;
  double weight = length * (1 - 2 * link_density);
  // Prose has sentences.
  if (block.words >= 8 && block.punctuation > 0) weight *= 1.5;
  return weight;
}

Region FindMainRegion(const dom::Document& doc, dom::NodeId scope,
                      const std::vector<TextBlock>& blocks, const std::vector<double>& weights) {
  Region best;
  if (scope == dom::kNoNode) return best;
  const dom::NodeId end = doc.node(scope).end;
  // Sum weights per element bottom-up over the scope's id range.
  std::vector<double> sums(end - scope, 0.0);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const dom::NodeId at =
        blocks[i].anchor != dom::kNoNode ? blocks[i].anchor : blocks[i].first_node;
    if (at < scope || at >= end) continue;
    sums[at - scope] += weights[i];
  }
  for (dom::NodeId id = end; id-- > scope + 1;) {
    const dom::NodeId parent = doc.node(id).parent;
    if (parent != dom::kNoNode && parent >= scope) sums[parent - scope] += sums[id - scope];
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
  return best;
}

}  // namespace newsift::classify

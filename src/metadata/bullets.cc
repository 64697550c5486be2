#include "newsift/metadata/bullets.h"

#include "newsift/classify/hints.h"
#include "newsift/classify/labels.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

constexpr std::string_view kKeyPointHeadings[] = {"key points",
                                                  "key takeaways",
                                                  "takeaways",
                                                  "highlights",
                                                  "story highlights",
                                                  "in brief",
                                                  "at a glance",
                                                  "the big picture",
                                                  "summary",
                                                  "what you need to know",
                                                  "das wichtigste in kürze",
                                                  "das wichtigste",
                                                  "auf einen blick",
                                                  "en bref",
                                                  "l'essentiel",
                                                  "en resumen",
                                                  "in breve",
                                                  "in het kort",
                                                  "главное",
                                                  "要点",
                                                  "ポイント"};

bool IsKeyPointsHeading(std::string_view raw) {
  const std::string folded = text::FoldForComparison(raw);
  std::string_view s = folded;
  while (!s.empty() && (s.back() == ':' || s.back() == '.')) s.remove_suffix(1);
  for (std::string_view h : kKeyPointHeadings) {
    if (s == h) return true;
  }
  return false;
}

// The list items' texts if `list` reads like key points: 2-10 items, each
// a sentence rather than a link.
std::vector<std::string> ReadItems(const dom::Document& doc, NodeId list) {
  std::vector<std::string> items;
  for (NodeId c = doc.node(list).first_child; c != kNoNode; c = doc.node(c).next_sibling) {
    if (doc.node(c).tag != Tag::kLi) continue;
    std::string item = doc.Text(c);
    if (item.empty()) continue;
    if (classify::ClassifyLabel(item) != classify::LabelKind::kNone) continue;
    items.push_back(std::move(item));
  }
  if (items.size() < 1 || items.size() > 10) return {};
  size_t sentences = 0;
  for (const std::string& item : items) {
    if (text::MeasureText(item).words >= 5) ++sentences;
  }
  if (sentences * 2 < items.size()) return {};
  return items;
}

// The closest heading-like element before `list` inside its parent.
NodeId PrecedingHeading(const dom::Document& doc, NodeId list) {
  const NodeId parent = doc.node(list).parent;
  if (parent == kNoNode) return kNoNode;
  NodeId previous = kNoNode;
  for (NodeId c = doc.node(parent).first_child; c != kNoNode && c != list;
       c = doc.node(c).next_sibling) {
    if (doc.node(c).is_element()) previous = c;
  }
  return previous;
}

}  // namespace

Bullets FindBullets(const dom::Document& doc, const classify::Content& content, NodeId headline) {
  Bullets result;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element() || (node.tag != Tag::kUl && node.tag != Tag::kOl)) continue;
    const classify::Removal removal = content.removal[id];
    if (removal == classify::Removal::kNonText || removal == classify::Removal::kHidden ||
        removal == classify::Removal::kStructure) {
      continue;
    }
    // Before the body: after the headline when there is one, and not deep
    // inside the main content.
    if (headline != kNoNode && id < headline) continue;
    bool hinted = false;
    NodeId heading = kNoNode;
    for (NodeId a = id, steps = 0; a != kNoNode && steps < 3; a = doc.node(a).parent, ++steps) {
      if ((content.hints[a] & classify::kHintKeyPoints) != 0) hinted = true;
    }
    const NodeId previous = PrecedingHeading(doc, id);
    if (previous != kNoNode && IsKeyPointsHeading(doc.Text(previous))) {
      hinted = true;
      heading = previous;
    }
    if (!hinted) continue;
    // The list must come before most of the kept body text.
    size_t body_before = 0;
    size_t body_total = 0;
    for (const classify::ScoredBlock& b : content.blocks) {
      if (!b.keep) continue;
      body_total += b.block.length;
      if (b.block.first_node < id) body_before += b.block.length;
    }
    if (body_total > 0 && body_before * 2 > body_total) continue;
    std::vector<std::string> items = ReadItems(doc, id);
    if (items.empty()) continue;
    result.items = std::move(items);
    result.list = id;
    result.heading = heading;
    return result;
  }
  return result;
}

}  // namespace newsift::metadata

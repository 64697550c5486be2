#include "newsift/classify/linked_content.h"

#include <unordered_map>

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;

// A list is the article's when at least this share of its items are kept
// as plain text (on the corpus, the linked items of such lists were
// article text about three times in four; of lists with fewer kept items,
// one time in three).
constexpr double kMinKeptItemShare = 0.3;
// A kept item with more link text than this is not "plain".
constexpr double kMaxPlainLinkDensity = 0.5;

// The list an item belongs to: the parent of its <li>, or of its <dt> or
// <dd> (a book's details: "Topics" over linked subjects).
NodeId ListOf(const dom::Document& doc, const TextBlock& block) {
  if (block.anchor == kNoNode) return kNoNode;
  const dom::Tag tag = doc.node(block.anchor).tag;
  if (block.kind != BlockKind::kListItem && tag != dom::Tag::kDt && tag != dom::Tag::kDd) {
    return kNoNode;
  }
  return doc.node(block.anchor).parent;
}

// Whether a heading sits inside a link that also holds a picture: a card
// ("<a><img><h4>Oil boiler ban moves closer</h4></a>" between a story's
// paragraphs) teases another article. A listicle's entry links the name
// inside its heading ("<h2><a>3. The Harbour Inn</a></h2>").
bool InPictureLink(const dom::Document& doc, NodeId heading) {
  constexpr int kMaxDepth = 4;
  NodeId link = doc.node(heading).parent;
  for (int depth = 0; link != kNoNode && depth < kMaxDepth; ++depth) {
    if (doc.node(link).tag == dom::Tag::kA) break;
    link = doc.node(link).parent;
  }
  if (link == kNoNode || doc.node(link).tag != dom::Tag::kA) return false;
  for (NodeId d = link + 1; d < doc.node(link).end; ++d) {
    const dom::Tag tag = doc.node(d).tag;
    if (doc.node(d).is_element() && (tag == dom::Tag::kImg || tag == dom::Tag::kPicture)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view ToString(LinkedContent linked) {
  switch (linked) {
    case LinkedContent::kNone:
      return "none";
    case LinkedContent::kHeadingOverText:
      return "a linked heading over the article's text";
    case LinkedContent::kListItem:
      return "a linked item of the article's list";
  }
  return "";
}

std::vector<LinkedContent> FindLinkedContent(const dom::Document& doc,
                                             const std::vector<const TextBlock*>& blocks,
                                             const std::vector<uint8_t>& kept,
                                             const std::vector<uint8_t>& candidate) {
  std::vector<LinkedContent> out(blocks.size(), LinkedContent::kNone);
  struct ListCount {
    uint32_t items = 0;
    uint32_t kept_plain = 0;
  };
  std::unordered_map<NodeId, ListCount> lists;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!candidate[i]) continue;
    const NodeId list = ListOf(doc, *blocks[i]);
    if (list != kNoNode) lists.try_emplace(list);
  }
  if (!lists.empty()) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      const auto it = lists.find(ListOf(doc, *blocks[i]));
      if (it == lists.end()) continue;
      ++it->second.items;
      if (kept[i] && blocks[i]->link_density() < kMaxPlainLinkDensity) ++it->second.kept_plain;
    }
  }
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!candidate[i]) continue;
    const TextBlock& block = *blocks[i];
    if (block.kind == BlockKind::kHeading) {
      // Over the text, past a rating's stars or an icon between them.
      if (block.anchor != kNoNode && InPictureLink(doc, block.anchor)) continue;
      size_t next = i + 1;
      while (next < blocks.size() && blocks[next]->label == LabelKind::kPictographs) ++next;
      if (next < blocks.size() && kept[next]) out[i] = LinkedContent::kHeadingOverText;
      continue;
    }
    const auto it = lists.find(ListOf(doc, block));
    if (it == lists.end()) continue;
    const ListCount& count = it->second;
    if (count.kept_plain >= kMinKeptItemShare * count.items) out[i] = LinkedContent::kListItem;
  }
  return out;
}

}  // namespace newsift::classify

// Where the article's body starts, for the metadata rules that look
// above it (headline, byline, key points). Private to metadata/.
#ifndef NEWSIFT_METADATA_LAYOUT_INTERNAL_H_
#define NEWSIFT_METADATA_LAYOUT_INTERNAL_H_

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::metadata {

// The first text node of the article's first real paragraph (a kept
// paragraph of at least 120 weighted characters), or kNoNode.
inline dom::NodeId BodyStart(const classify::Content& content) {
  constexpr size_t kMinParagraph = 120;
  for (const classify::ScoredBlock& b : content.blocks) {
    if (b.keep && b.block.kind == BlockKind::kParagraph && b.block.length >= kMinParagraph) {
      return b.block.first_node;
    }
  }
  return dom::kNoNode;
}

// The first text node of the first long kept block of any kind but a
// heading (a paragraph, list item, quote...), or kNoNode: no headline lies
// below it.
inline dom::NodeId FirstLongBlock(const classify::Content& content) {
  constexpr size_t kMinLength = 120;
  for (const classify::ScoredBlock& b : content.blocks) {
    if (b.keep && b.block.kind != BlockKind::kHeading && b.block.length >= kMinLength) {
      return b.block.first_node;
    }
  }
  return dom::kNoNode;
}

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_LAYOUT_INTERNAL_H_

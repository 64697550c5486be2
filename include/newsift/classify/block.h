// Text blocks: the units the classifier keeps or drops. A block is the
// inline text of one block-level element (p, h2, li, td, a div holding
// text directly...), cut at nested blocks and <br>, with the measures the
// scorer needs. Table cells of one row merge into one kTableRow block.
#ifndef NEWSIFT_CLASSIFY_BLOCK_H_
#define NEWSIFT_CLASSIFY_BLOCK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsift/article.h"
#include "newsift/classify/labels.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

struct TextBlock {
  dom::NodeId anchor = dom::kNoNode;      // the block element holding the text
  dom::NodeId first_node = dom::kNoNode;  // first text node (for ordering)
  BlockKind kind = BlockKind::kParagraph;
  int heading_level = 0;   // 1-6 for h1-h6
  std::string text;        // collapsed, trimmed
  size_t length = 0;       // weighted length (dense scripts x3)
  size_t link_length = 0;  // weighted length inside <a href>
  size_t words = 0;
  size_t punctuation = 0;
  LabelKind label = LabelKind::kNone;  // ClassifyLabel(text), computed once

  double link_density() const {
    return length == 0 ? 0.0 : static_cast<double>(link_length) / static_cast<double>(length);
  }
};

// Collects the blocks under `root` in document order, skipping subtrees
// for which `skip[id]` is true (a vector of doc.size() flags).
std::vector<TextBlock> CollectBlocks(const dom::Document& doc, dom::NodeId root,
                                     const std::vector<uint8_t>& skip);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_BLOCK_H_

// Link lines the article owns. Blocks that are mostly link text are
// dropped as navigation and teasers, but inside the article's core two
// kinds belong to the article, as their neighbours show:
//
//   - a linked heading over kept text: a listicle's "3. <a>Harbour
//     Inn</a>" above its review, where a teaser list's linked headline is
//     followed by a dropped blurb or by the next headline;
//   - a linked item of a list whose other items are kept: "Tent", linked
//     to a shop, in a packing list of plain items; or a linked entry of a
//     definition list whose other entries are kept (a book's details,
//     its topics linked to their shelves).
#ifndef NEWSIFT_CLASSIFY_LINKED_CONTENT_H_
#define NEWSIFT_CLASSIFY_LINKED_CONTENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsift/classify/block.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

enum class LinkedContent : uint8_t {
  kNone,
  kHeadingOverText,  // a linked heading followed by a kept block
  kListItem,         // a linked item of a list whose items are kept
};
std::string_view ToString(LinkedContent linked);

// One LinkedContent per block. `kept[i]` is the decision so far;
// `candidate[i]` marks the blocks dropped as link lines inside the core.
std::vector<LinkedContent> FindLinkedContent(const dom::Document& doc,
                                             const std::vector<const TextBlock*>& blocks,
                                             const std::vector<uint8_t>& kept,
                                             const std::vector<uint8_t>& candidate);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_LINKED_CONTENT_H_

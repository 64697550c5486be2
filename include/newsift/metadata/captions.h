// Image captions with their credits: <figcaption> and the caption elements
// sites use instead (wp-caption-text, media-caption...), in page order,
// outside boilerplate (logos, ads, promos, author avatars). The credit is
// the caption's credit element (class credit / source / copyright /
// photographer, <small>, <cite>), one beside the caption in its <figure>,
// or a labelled ("Photo:", "Photograph by", "Foto:", "Credit:", "©") or
// agency tail of the text ("... Jane Doe/Reuters"); the label is dropped.
#ifndef NEWSIFT_METADATA_CAPTIONS_H_
#define NEWSIFT_METADATA_CAPTIONS_H_

#include <string_view>
#include <vector>

#include "newsift/article.h"
#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::metadata {

// When `consumed` is given, the credit elements read outside a caption
// element (beside it in its figure) are appended to it: their text is
// not body text.
std::vector<Caption> FindCaptions(const dom::Document& doc, const classify::Content& content,
                                  std::vector<dom::NodeId>* consumed = nullptr);

// Splits "Flooded streets in Venice. Photo: Jane Doe/Reuters" into text
// and credit, when a label marks the credit ("Photo:", "Photograph:",
// "Image:", "Foto:", "Credit:", "Source:", "©").
Caption SplitCredit(std::string_view caption);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_CAPTIONS_H_

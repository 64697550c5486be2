// Image captions with their credits: <figcaption> and the caption elements
// sites use instead (wp-caption-text, media-caption...), in page order,
// outside boilerplate (logos, ads, promos, author avatars).
#ifndef NEWSIFT_METADATA_CAPTIONS_H_
#define NEWSIFT_METADATA_CAPTIONS_H_

#include <string_view>
#include <vector>

#include "newsift/article.h"
#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::metadata {

std::vector<Caption> FindCaptions(const dom::Document& doc, const classify::Content& content);

// Splits "Flooded streets in Venice. Photo: Jane Doe/Reuters" into text
// and credit, when a label marks the credit ("Photo:", "Photograph:",
// "Image:", "Foto:", "Credit:", "Source:", "©").
Caption SplitCredit(std::string_view caption);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_CAPTIONS_H_

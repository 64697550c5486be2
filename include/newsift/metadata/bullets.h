// The "key points" list many news sites put between the headline and the
// body: a short list of full sentences, marked by class names
// (key-points, highlights, summary, takeaways, story-highlights) or by a
// heading ("Key points", "In brief", "Das Wichtigste in Kürze").
#ifndef NEWSIFT_METADATA_BULLETS_H_
#define NEWSIFT_METADATA_BULLETS_H_

#include <string>
#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::metadata {

struct Bullets {
  std::vector<std::string> items;
  dom::NodeId list = dom::kNoNode;     // the <ul>/<ol> the items came from
  dom::NodeId heading = dom::kNoNode;  // its "Key points" heading, if any
};

// `headline` is the headline element or kNoNode: a key-points box sits
// after it and before most of the body.
Bullets FindBullets(const dom::Document& doc, const classify::Content& content,
                    dom::NodeId headline);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_BULLETS_H_

// The article's publication and last-modification dates, chosen among
// everything the page says about them: JSON-LD, <meta> tags, <time> and
// itemprop elements, the visible dateline, and the URL.
#ifndef NEWSIFT_METADATA_PUBLICATION_DATE_H_
#define NEWSIFT_METADATA_PUBLICATION_DATE_H_

#include <optional>
#include <string>
#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/date.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"

namespace newsift::metadata {

struct DateContext {
  std::optional<std::string> url;       // the page's address, when known
  DateBounds bounds;                    // plausible publication dates
  dom::NodeId headline = dom::kNoNode;  // the visible headline element
};

struct PublicationDates {
  std::optional<DateTime> published;
  std::optional<DateTime> modified;  // never earlier than `published`
  // Dateline elements whose whole text is the date: not body text.
  std::vector<dom::NodeId> consumed;
};

PublicationDates FindPublicationDates(const dom::Document& doc, const classify::Content& content,
                                      const PageMeta& meta, const JsonLd& json_ld,
                                      const DateContext& context);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_PUBLICATION_DATE_H_

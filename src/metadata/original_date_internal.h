// A page's own note that its dateline is a later update: "This article
// was originally published on 26 Sep 2019 but has been regularly updated",
// "Ursprünglich veröffentlicht am 3. Mai 2018, zuletzt aktualisiert ...".
// Private to metadata/.
#ifndef NEWSIFT_METADATA_ORIGINAL_DATE_INTERNAL_H_
#define NEWSIFT_METADATA_ORIGINAL_DATE_INTERNAL_H_

#include <optional>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/date.h"
#include "newsift/metadata/date_text.h"

namespace newsift::metadata {

// The date right after "originally published" / "first published" (and
// their German, French, Spanish, Italian, Dutch forms) in a short element
// of the page that also says the article was updated, outside comments,
// promos, navigation and ads; nullopt when there is none. A note without
// the update ("Originally published on Example News, March 3") may be a
// syndication credit, where the page's own date is the one to keep.
std::optional<DateTime> OriginalPublicationDate(const dom::Document& doc,
                                                const classify::Content& content,
                                                const TextDateOptions& options);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_ORIGINAL_DATE_INTERNAL_H_

// The article's publication and last-modification dates, chosen among
// everything the page says about them.
//
// Publication date, first found wins:
//   1. the dateline the reader sees (dateline.h), unless it is labelled
//      as an update; a machine-readable date of the same day adds the time
//      and offset it lacks, and a local time shown beside the same instant
//      in UTC gives its offset ("6:47 p.m." + "2016-12-23T00:47:31Z" ->
//      "2016-12-22T18:47:31-06:00"); a numeric date that reads both ways
//      ("09.10.2024") takes the reading a machine date or the URL confirms;
//      an unlabelled dateline is the update when a note says the article
//      was first published earlier and updated since ("originally
//      published on 14 May 2019 and updated since"): that date wins;
//   2. JSON-LD datePublished of the article, then <meta> names
//      (article:published_time, pubdate, dc.date, sailthru.date, ...; also
//      non-ISO values and unlisted names that say "publish"/"date"), then
//      the JSON-LD WebPage, itemprop="datePublished" elements and
//      <time pubdate>;
//   3. a date labelled "Posted on ..." anywhere in the content (also
//      before step 2 when it is earlier and the machine publication date
//      is the update date to the second: a stamp of the last save);
//   4. the first <time datetime> outside boilerplate;
//   5. the date in the URL (or og:url);
//   6. the date beside a link to the page itself in a list of stories
//      ("Latest news", "Recent posts"), when all such links agree;
//   7. the update date, when that is all the page states.
// Modified: a dateline labelled as an update, else JSON-LD dateModified,
// <meta> modified names, itemprop="dateModified", a labelled update
// elsewhere; dropped when earlier than the publication date.
// Every date must lie within DateBounds (not before 1990, not after
// today/--now plus a day).
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
  // Dateline elements whose whole text is the date (or text nodes, see
  // DatelineDate::element): not body text.
  std::vector<dom::NodeId> consumed;
};

PublicationDates FindPublicationDates(const dom::Document& doc, const classify::Content& content,
                                      const PageMeta& meta, const JsonLd& json_ld,
                                      const DateContext& context);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_PUBLICATION_DATE_H_

// The dates a reader sees next to the headline: the dateline or the byline
// line ("By Jane Doe | March 5, 2024", "Published 3:45 PM EST, Tue March
// 5, 2024 · Updated 6:00 PM EST"), and the kicker above the headline
// ("News · 5 March 2024").
//
// The text just after the headline (about 1,500 characters, stopping once
// the body's prose has clearly begun) and the short text just above it in
// the same container are cut into lines at block elements; every date in a
// short line is a dateline date. A <time datetime> element gives its
// precise attribute value unless its visible text names another day.
// Labels before a date ("Published", "Updated", "Veröffentlicht am",
// "Mis à jour le", "更新") and class / itemprop names ("updated",
// "dateModified") say whether it is the publication or the update date.
// Navigation, comments, promos, ads and hidden elements are not read.
#ifndef NEWSIFT_METADATA_DATELINE_H_
#define NEWSIFT_METADATA_DATELINE_H_

#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/date.h"
#include "newsift/metadata/date_labels.h"
#include "newsift/metadata/date_text.h"

namespace newsift::metadata {

struct DatelineDate {
  DateTime value;
  DateRole role = DateRole::kUnlabelled;
  bool before_headline = false;  // in the kicker above the headline
  bool weekday = false;          // written with its weekday
  bool swappable = false;        // day and month may be the other way round
  // The line's element, when its text is only dates, labels and short
  // separators (so it is not body text); else kNoNode.
  dom::NodeId element = dom::kNoNode;
};

// Dateline dates around `headline` (or, when it is kNoNode, around the
// first visible h1, else at the start of the main content region): those
// after it, in reading order, or when there are none those above it,
// nearest first.
std::vector<DatelineDate> FindDatelineDates(const dom::Document& doc,
                                            const classify::Content& content, dom::NodeId headline,
                                            const TextDateOptions& options);

// Dates announced by a label anywhere in the page body ("Posted on April
// 13, 2023" below the article, "Last updated: November 13, 2025" above the
// footer): the first labelled publication date and the first labelled
// update date, for pages with no dateline near the headline. Reads every
// short line, so it costs more than FindDatelineDates().
std::vector<DatelineDate> FindLabelledDates(const dom::Document& doc,
                                            const classify::Content& content,
                                            const TextDateOptions& options);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATELINE_H_

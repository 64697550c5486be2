// The dates a reader sees next to the headline: the dateline or the byline
// line ("By Jane Doe | March 5, 2024", "Published 3:45 PM EST, Tue March
// 5, 2024 · Updated 6:00 PM EST"), the kicker above the headline ("News ·
// 5 March 2024"), or a news agency's dateline opening the first paragraph
// ("RAJSHAHI, Dec 20, 2025 (BSS) - ...", "(21. November 2022) Die ...").
//
// The text after the headline (up to 1,500 bytes; the scan ends at the
// third body paragraph, or 300 bytes after the first dateline) and the
// short text just above it (300 bytes, never reaching into a site header
// or navigation, where "today's date" mastheads are) are cut into lines at
// block elements (a line too long to be a dateline also at its <br>s);
// every date in a short line is a dateline date, and one in a longer line
// only when a label announces it. When nothing after the headline is
// dated, the blocks inside the headline element are read too ("<h1>Title
// <div>(14/01/2008)</div></h1>"). A <time datetime> element gives its
// precise attribute value unless its visible text names another day.
// Labels ("Published", "Updated", "Veröffentlicht am", "Mis à jour le",
// "更新", before the date, after it, or alone on the line before; alone
// over a list, "Updates", they label every item) and class / itemprop
// names ("updated", "dateModified") say whether it is the publication or
// the update date. Comments, related stories, ads, quotes (embedded
// posts), captions, copyright lines and hidden elements are not read
// (responsive "hidden-xs" classes are not hidden); a short
// navigation-styled list beside the headline is.
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
  bool swappable = false;        // day and month may be the other way round
  // What holds the line when its text is only dates, labels and short
  // separators (so it is not body text): its element, or, when the line
  // is a text block the classifier cut from a larger element ("Fri,
  // January 18, 2008<br>" at the top of the story's <div>), that block's
  // first text node. kNoNode otherwise.
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
// footer), or standing in a byline or date element below `headline` (may
// be kNoNode) ("Author: Bo2man am 29.12.2010"): the first labelled
// publication date and the first labelled update date, for pages with no
// dateline near the headline. Reads every short line, so it costs more
// than FindDatelineDates().
std::vector<DatelineDate> FindLabelledDates(const dom::Document& doc,
                                            const classify::Content& content, dom::NodeId headline,
                                            const TextDateOptions& options);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATELINE_H_

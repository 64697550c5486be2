// What one line of text says about dates, for finding datelines
// (dateline.cc): its dates with the <time> values inside it merged in, the
// role an element's class or itemprop gives a date, the letters it holds
// besides dates and labels, whether it is prose, a copyright line or a
// news agency's lead ("WASHINGTON, March 5, 2024 — The ..."), and long
// lines cut at their <br>s. Private to metadata/.
#ifndef NEWSIFT_METADATA_DATELINE_LINE_INTERNAL_H_
#define NEWSIFT_METADATA_DATELINE_LINE_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "newsift/dom/document.h"
#include "newsift/metadata/date_labels.h"
#include "newsift/metadata/date_text.h"
#include "newsift/metadata/dateline.h"
#include "text_lines_internal.h"

namespace newsift::metadata {

// A date in a line.
struct LineDate {
  DatelineDate date;
  size_t begin;
  size_t end;
  size_t label_end;  // labels before it end here (inside a <time>, too)
  dom::NodeId node;  // where its attributes are read
};

// "© 19.12.2019 Example GmbH": a copyright line dates the site, not
// the article.
bool IsCopyrightLine(std::string_view s);

// Digits of any script are multi-byte: let those through too.
bool HasDigit(std::string_view s);

// The dates of one short line, in order, with <time> values merged in.
std::vector<LineDate> DatesOfLine(const dom::Document& doc, const Line& line,
                                  const TextDateOptions& options);

// What the class and itemprop names of `node` and its ancestors up to
// `block` say about its date ("updated", "dateModified", "pubdate").
DateRole RoleOfElement(const dom::Document& doc, dom::NodeId node, dom::NodeId block);

// Letters the line holds besides its dates and labels.
size_t LeftoverLetters(const Line& line, const std::vector<LineDate>& found);

// A news-agency dateline opening the first paragraph: "27.1.2022 - Bei
// der ...", "WASHINGTON, March 5, 2024 — The ...": a date near the start
// followed by a dash; or the date alone in brackets before the first
// sentence: "(21. November 2022) Die ..." (testdata/pages/
// stromspiegel-2022-netzentgelte.html).
std::optional<DatelineDate> LeadingDate(std::string_view text, const TextDateOptions& options);

// Lines too long to be a dateline cut at their <br>s: a standfirst, the
// author and the date set apart by <br> in one element
// (testdata/pages/fairground-2008-arena-vote.html). A short line keeps
// its <br>s ("July 19, 2012<br>03:40 PM EDT" is one date).
std::vector<Line> CutLongLinesAtBreaks(const std::vector<Line>& lines);

// A sentence of the body rather than a dateline: long and ending like
// a sentence ("The tax season ends on April 15, 2025.").
bool IsProseLine(const Line& line, size_t code_points);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATELINE_LINE_INTERNAL_H_

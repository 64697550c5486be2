// A page's readable text cut into lines, for finding datelines: text
// nodes grouped by their nearest text-breaking ancestor (p, div, li, h2,
// td...), with the <time datetime> elements inside each line located.
// Subtrees a reader does not see or that belong to other things are left
// out: hidden and non-text elements, captions, quotes (embedded posts),
// nav/aside/menu, and what the classifier removed as comments, related
// stories, ads, consent, share, paywall, tags or navigation.
// Private to metadata/.
#ifndef NEWSIFT_METADATA_TEXT_LINES_INTERNAL_H_
#define NEWSIFT_METADATA_TEXT_LINES_INTERNAL_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::metadata {

// A <time datetime> element and the bytes of its text within a line
// (begin == end when it shows no text).
struct TimeSpan {
  dom::NodeId element;
  size_t begin;
  size_t end;
};

struct Line {
  std::string text;                                    // trimmed texts joined by spaces
  dom::NodeId block = dom::kNoNode;                    // nearest text-breaking ancestor
  dom::NodeId first_text = dom::kNoNode;               // its first text node
  std::vector<std::pair<size_t, dom::NodeId>> pieces;  // (offset, text node)
  std::vector<TimeSpan> times;
  std::vector<size_t> breaks;  // where a <br> separates two texts of the line

  // The text node holding byte `offset` of `text`.
  dom::NodeId NodeAt(size_t offset) const;

  // The line cut at its <br>s ("Paul Smith<br>Tuesday January 8, 2008<br>
  // Guardian" in one <b>), each part with its own pieces and times.
  std::vector<Line> SplitAtBreaks() const;
};

class LineReader {
 public:
  // `skip` (may be kNoNode) is left out of every line: the headline.
  LineReader(const dom::Document& doc, const classify::Content& content, dom::NodeId skip)
      : doc_(doc), content_(content), skip_(skip) {}

  // Lines of the readable text in [from, to), until `budget` bytes of text
  // have been read. With `check_ancestors`, `from` may lie inside a left-
  // out subtree (each text node's ancestors are checked).
  std::vector<Line> Collect(dom::NodeId from, dom::NodeId to, size_t budget,
                            bool check_ancestors) const;

  // Where a window of at most `budget` bytes of readable text ending at
  // `headline` starts, never reaching into a site header, navigation or a
  // heading longer than `max_heading` bytes (where "today's date"
  // mastheads and other stories' dates are).
  dom::NodeId WindowStartBefore(dom::NodeId headline, size_t budget, size_t max_heading) const;

  // The first <h1> outside left-out subtrees, or kNoNode.
  dom::NodeId FirstVisibleH1() const;

  bool Skipped(dom::NodeId id) const;

 private:
  bool InSkipped(dom::NodeId id) const;
  bool BesideHeadline(dom::NodeId id) const;
  // A short <aside>/<nav> holding an element named as a byline or date.
  bool IsSmallMetaBox(dom::NodeId id) const;
  // Its whole text is one or two digits ("18").
  bool IsDayNumber(dom::NodeId id) const;
  dom::NodeId NearestBlock(dom::NodeId id) const;

  const dom::Document& doc_;
  const classify::Content& content_;
  dom::NodeId skip_;
};

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_TEXT_LINES_INTERNAL_H_

#include "newsift/metadata/dateline.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "dateline_line_internal.h"
#include "newsift/classify/hints.h"
#include "newsift/metadata/date_labels.h"
#include "newsift/text/utf8.h"
#include "text_lines_internal.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

// How far after the headline a dateline may be, in bytes of text, and how
// long a line may be before it is prose rather than a dateline.
constexpr size_t kForwardBudget = 1500;
constexpr size_t kBackwardBudget = 300;
constexpr size_t kMaxKickerHeading = 60;
// How long a line may be to be read for a labelled date anywhere.
constexpr size_t kMaxLabelledLine = 160;
constexpr size_t kMaxTrailingLabel = 24;
// A line this short without a date may be a label for the next line.
constexpr size_t kMaxLabelLine = 40;
constexpr size_t kAfterDatelineBudget = 300;
// The forward scan stops at this many prose lines (IsProseLine()).
constexpr int kMaxProseLines = 3;
// Letters a dateline element may hold besides its dates and labels to be
// consumed (not body text), and to count as a dateline without a label.
constexpr size_t kMaxLeftoverLetters = 24;
constexpr size_t kMaxUnlabelledLetters = 80;
// Text a dateline's element may hold beyond the line read (an icon's
// label, a separator) and still be left out of the body.
constexpr size_t kMaxDatelineExtraBytes = 16;
// A byline or date element (by its class) is at most this many levels
// above a date's text and holds at most this much text.
constexpr int kMaxBylineDepth = 3;
constexpr size_t kMaxBylineText = 200;

class DatelineFinder {
 public:
  DatelineFinder(const dom::Document& doc, const classify::Content& content,
                 const TextDateOptions& options)
      : doc_(doc), content_(content), options_(options), lines_(doc, content, dom::kNoNode) {}

  std::vector<DatelineDate> Run(NodeId headline) {
    std::vector<DatelineDate> out;
    NodeId anchor = headline;
    if (anchor == kNoNode) anchor = lines_.FirstVisibleH1();
    // Without a headline element the main content region stands in for
    // it: the dateline is at its start or just above it.
    const bool region_anchor = anchor == kNoNode;
    if (region_anchor) anchor = content_.region;
    if (anchor == kNoNode) return out;
    headline_ = region_anchor ? kNoNode : anchor;
    const NodeId forward_from = region_anchor ? anchor : doc_.node(anchor).end;
    const LineReader reader(doc_, content_, headline_);
    Read(reader.Collect(forward_from, doc_.size(), kForwardBudget, false), false, &out);
    if (out.empty() && !region_anchor) ReadInsideHeadline(anchor, &out);
    const NodeId from = reader.WindowStartBefore(anchor, kBackwardBudget, kMaxKickerHeading);
    // The kicker counts only when nothing after the headline is dated.
    if (from != anchor && out.empty()) {
      std::vector<DatelineDate> before;
      Read(reader.Collect(from, anchor, kBackwardBudget, true), true, &before);
      out.insert(out.end(), before.rbegin(), before.rend());
    }
    return out;
  }

  // Labelled dates anywhere in the page body, in reading order.
  std::vector<DatelineDate> RunLabelled(NodeId headline) {
    std::vector<DatelineDate> out;
    const NodeId scope = doc_.body() != kNoNode ? doc_.body() : doc_.root();
    if (scope == kNoNode) return out;
    bool published = false;
    bool modified = false;
    DateRole carried = DateRole::kUnlabelled;  // "Published" alone on the line before
    for (const Line& line : lines_.Collect(scope, doc_.node(scope).end, SIZE_MAX, false)) {
      const DateRole label_line = carried;
      carried = DateRole::kUnlabelled;
      if (line.text.size() > kMaxLabelledLine) continue;
      if (!HasDigit(line.text)) {
        if (line.text.size() <= kMaxLabelLine) carried = RoleOfLabel(line.text);
        continue;
      }
      // Only lines with a label, or in a byline below the headline (above
      // it are "Today's hours: March 14" boxes), are worth parsing for dates.
      const bool byline =
          headline != kNoNode && line.first_text > headline && InBylineElement(line.first_text);
      if (label_line == DateRole::kUnlabelled && !byline &&
          RoleOfLabel(line.text) == DateRole::kUnlabelled) {
        continue;
      }
      if (IsCopyrightLine(line.text)) continue;
      const std::vector<LineDate> found = DatesOfLine(doc_, line, options_);
      size_t previous_end = 0;
      for (const LineDate& f : found) {
        const size_t label_begin = std::min(previous_end, f.label_end);
        DatelineDate d = f.date;
        d.role =
            RoleOfLabel(std::string_view(line.text).substr(label_begin, f.label_end - label_begin));
        if (d.role == DateRole::kUnlabelled && previous_end == 0) d.role = label_line;
        if (d.role == DateRole::kUnlabelled && byline) d.role = DateRole::kPublished;
        previous_end = f.end;
        if (d.role == DateRole::kPublished && !published) {
          published = true;
          out.push_back(d);
        } else if (d.role == DateRole::kModified && !modified) {
          modified = true;
          out.push_back(d);
        }
      }
      if (published && modified) break;
    }
    return out;
  }

 private:
  // True when `node` sits in a small element whose class or id names a
  // byline or a date ("<div class='left author'>Author: Bo2man am
  // 29.12.2010, 13:36 Uhr</div>" under the article).
  bool InBylineElement(NodeId node) const {
    int depth = 0;
    for (NodeId id = node; id != kNoNode && depth <= kMaxBylineDepth;
         id = doc_.node(id).parent, ++depth) {
      if (!doc_.node(id).is_element() || (content_.hints[id] & classify::kHintByline) == 0) {
        continue;
      }
      size_t text = 0;
      for (NodeId d = id; d < doc_.node(id).end && text <= kMaxBylineText; ++d) {
        if (doc_.node(d).is_text()) text += doc_.text(d).size();
      }
      return text <= kMaxBylineText;
    }
    return false;
  }

  // What the body leaves out when `line`, a line of dates and labels, is
  // the dateline: its block element when the line is all of its text,
  // else the text block the classifier cut out of that element (text
  // between <br>s, a <span> before an <hr>), named by its first text node.
  NodeId DatelineBlock(const Line& line) const {
    if (line.block == kNoNode || line.first_text == kNoNode) return kNoNode;
    const size_t limit = line.text.size() + kMaxDatelineExtraBytes;
    const bool holds_headline = headline_ != kNoNode && doc_.Contains(line.block, headline_);
    if (!holds_headline && doc_.TextUpTo(line.block, limit).size() <= limit) return line.block;
    const auto& blocks = content_.blocks;
    const auto it = std::lower_bound(
        blocks.begin(), blocks.end(), line.first_text,
        [](const classify::ScoredBlock& b, NodeId id) { return b.block.first_node < id; });
    if (it == blocks.end() || it->block.first_node != line.first_text ||
        it->block.text.size() > limit) {
      return kNoNode;
    }
    return line.first_text;
  }

  // A date in a block of its own inside the headline element, after the
  // title's text: "<h1>Title <div class=publisheddate>(14/01/2008)</div>
  // </h1>" (testdata/pages/securitywire-2008-router-flaw.html). The
  // title's own line is not read: a date in it is the story's subject.
  void ReadInsideHeadline(NodeId headline, std::vector<DatelineDate>* out) const {
    const LineReader inside(doc_, content_, kNoNode);
    std::vector<Line> lines =
        inside.Collect(headline + 1, doc_.node(headline).end, kBackwardBudget, false);
    std::erase_if(lines, [headline](const Line& line) { return line.block == headline; });
    Read(lines, false, out);
  }

  // The list whose item `block` is, or kNoNode.
  NodeId ListOfItem(NodeId block) const {
    if (block == kNoNode || doc_.node(block).tag != dom::Tag::kLi) return kNoNode;
    return doc_.node(block).parent;
  }

  void Read(const std::vector<Line>& all_lines, bool before_headline,
            std::vector<DatelineDate>* out) const {
    const std::vector<Line> lines = CutLongLinesAtBreaks(all_lines);
    DateRole carried = DateRole::kUnlabelled;  // a label alone on the line before
    // A label over a list holds for all its items: "Updates" over
    // "2021-08-09 Typos fixed", "2022-04-12 Link added" (testdata/pages/
    // toolshed-2021-choosing-tools.html).
    NodeId labelled_list = kNoNode;
    DateRole list_role = DateRole::kUnlabelled;
    bool carried_alone = false;  // the label line held nothing else
    int prose = 0;
    size_t since_dateline = 0;  // text read after the first dateline
    bool dated = false;
    for (const Line& line : lines) {
      if (dated) {
        since_dateline += line.text.size();
        // Dates further on belong to other things (related stories, the
        // body): a dateline's parts sit together.
        if (since_dateline > kAfterDatelineBudget && !before_headline) break;
      }
      const NodeId list = ListOfItem(line.block);
      if (list != kNoNode) {
        if (carried != DateRole::kUnlabelled && carried_alone) {
          labelled_list = list;
          list_role = carried;
        } else if (list == labelled_list) {
          carried = list_role;
        }
      }
      if (IsProseLine(line, text::CountCodePoints(line.text))) {
        carried = DateRole::kUnlabelled;
        if (!before_headline && !dated) {
          if (auto lead = LeadingDate(line.text, options_)) {
            out->push_back(*lead);
            dated = true;
          }
        }
        // The body has begun (a standfirst may come before the dateline).
        if (++prose >= kMaxProseLines && !before_headline) break;
        continue;
      }
      if (IsCopyrightLine(line.text)) continue;
      const std::vector<LineDate> found = DatesOfLine(doc_, line, options_);
      if (found.empty()) {
        carried =
            line.text.size() <= kMaxLabelLine ? RoleOfLabel(line.text) : DateRole::kUnlabelled;
        carried_alone = LettersBesideLabels(line.text) == 0;
        if (carried == DateRole::kUnlabelled && IsUpdateListHeading(line.text)) {
          carried = DateRole::kModified;
          carried_alone = true;
        }
        continue;
      }
      const size_t leftover = LeftoverLetters(line, found);
      const bool only_dates = leftover <= kMaxLeftoverLetters;
      const NodeId element = only_dates ? DatelineBlock(line) : kNoNode;
      size_t previous_end = 0;
      std::vector<DatelineDate> dates;
      bool labelled = false;
      for (const LineDate& f : found) {
        DatelineDate d = f.date;
        const size_t label_begin = std::min(previous_end, f.label_end);
        d.role =
            RoleOfLabel(std::string_view(line.text).substr(label_begin, f.label_end - label_begin));
        if (d.role == DateRole::kUnlabelled && previous_end == 0) d.role = carried;
        if (d.role == DateRole::kUnlabelled) {
          // A label after the date: "2019.03.26 更新", "26.03.2019 (aktualisiert)".
          // Only after the last date: between two dates a label belongs
          // to the second ("May 2, 2022 Updated: June 1, 2022").
          const std::string_view after = std::string_view(line.text).substr(f.end);
          if (&f == &found.back() && after.size() <= kMaxTrailingLabel) {
            d.role = RoleOfLabel(after);
          }
        }
        if (d.role == DateRole::kUnlabelled) d.role = RoleOfElement(doc_, f.node, line.block);
        previous_end = f.end;
        if (d.role == DateRole::kOther) continue;  // "Termin: 21.02.2020"
        d.before_headline = before_headline;
        d.element = element;
        labelled = labelled || d.role != DateRole::kUnlabelled;
        dates.push_back(d);
      }
      // A date inside a long text that no label announces is a date the
      // text talks about, not the dateline.
      if (!dates.empty() && (labelled || leftover <= kMaxUnlabelledLetters)) {
        out->insert(out->end(), dates.begin(), dates.end());
        dated = true;
      }
      carried = DateRole::kUnlabelled;
    }
  }

  const dom::Document& doc_;
  const classify::Content& content_;
  const TextDateOptions& options_;
  const LineReader lines_;  // skips nothing more
  NodeId headline_ = kNoNode;
};

}  // namespace

std::vector<DatelineDate> FindLabelledDates(const dom::Document& doc,
                                            const classify::Content& content, dom::NodeId headline,
                                            const TextDateOptions& options) {
  return DatelineFinder(doc, content, options).RunLabelled(headline);
}

std::vector<DatelineDate> FindDatelineDates(const dom::Document& doc,
                                            const classify::Content& content, dom::NodeId headline,
                                            const TextDateOptions& options) {
  return DatelineFinder(doc, content, options).Run(headline);
}

}  // namespace newsift::metadata

#include "newsift/metadata/dateline.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include <unicode/uchar.h>

#include "newsift/classify/hints.h"
#include "newsift/metadata/date_labels.h"
#include "newsift/metadata/date_words.h"
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
// A dateline opening a paragraph: the date starts within this many bytes.
constexpr size_t kLeadBytes = 100;
constexpr size_t kMaxLeadOffset = 40;
constexpr size_t kMaxAgencyName = 24;
constexpr size_t kMaxLineCodePoints = 200;
constexpr size_t kAfterDatelineBudget = 300;
// Lines at least this long that end like a sentence are body prose; the
// forward scan stops at the second one.
constexpr size_t kMinProseCodePoints = 60;
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

// What an element's class and itemprop say about the date inside it.
// WordPress marks its date "entry-date published updated": both, which
// says nothing by itself (*both is set).
DateRole RoleOfAttributes(const dom::Document& doc, NodeId id, bool* both) {
  for (std::string_view name : {"itemprop", "class"}) {
    const std::string value = text::AsciiLower(doc.attr(id, name));
    if (value.empty()) continue;
    const bool published = value.find("publish") != std::string::npos ||
                           value.find("pubdate") != std::string::npos ||
                           value.find("posted") != std::string::npos;
    const bool updated =
        value.find("updat") != std::string::npos || value.find("modif") != std::string::npos;
    if (published && updated) {
      *both = true;
      continue;
    }
    if (published) return DateRole::kPublished;
    if (updated) return DateRole::kModified;
  }
  return DateRole::kUnlabelled;
}

struct Found {
  DatelineDate date;
  size_t begin;
  size_t end;
  size_t label_end;  // labels before it end here (inside a <time>, too)
  NodeId node;       // where its attributes are read
};

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
      if (IsCopyright(line.text)) continue;
      const std::vector<Found> found = DatesOf(line);
      size_t previous_end = 0;
      for (const Found& f : found) {
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

  // "© 19.12.2019 Example GmbH": a copyright line dates the site, not
  // the article.
  static bool IsCopyright(std::string_view s) {
    if (s.find("©") != std::string_view::npos) return true;
    for (size_t at = s.find_first_of("Cc"); at != std::string_view::npos;
         at = s.find_first_of("Cc", at + 1)) {
      if (text::StartsWithIgnoringAsciiCase(s.substr(at), "copyright")) return true;
    }
    return false;
  }

  // Digits of any script are multi-byte: let those through too.
  static bool HasDigit(std::string_view s) {
    for (size_t pos = 0; pos < s.size();) {
      const char c = s[pos];
      if (c >= '0' && c <= '9') return true;
      if (static_cast<unsigned char>(c) < 0x80) {
        ++pos;
        continue;
      }
      const char32_t cp = text::NextCodePoint(s, &pos);
      if (u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) return true;
    }
    return false;
  }

  // The dates of one short line, in order, with <time> values merged in.
  std::vector<Found> DatesOf(const Line& line) const {
    std::vector<Found> found;
    for (const TextDate& d : FindTextDates(line.text, options_)) {
      Found f{};
      f.date.value = d.value;
      f.date.swappable = d.swappable;
      f.begin = d.begin;
      f.end = d.end;
      f.label_end = d.begin;
      f.node = line.NodeAt(d.begin);
      found.push_back(f);
    }
    for (const TimeSpan& span : line.times) {
      const std::string_view attr = doc_.attr(span.element, "datetime");
      std::optional<DateTime> value = ParseIsoDateTime(attr);
      bool swappable = false;  // datetime="02-12-2025" reads both ways
      if (!value) {
        const std::vector<TextDate> dates = FindTextDates(attr, options_);
        if (dates.empty()) continue;
        value = dates.front().value;
        swappable = dates.front().swappable;
      }
      bool shown_otherwise = false;
      size_t begin = span.begin;
      size_t end = span.end;
      size_t label_end = span.begin;
      for (auto it = found.begin(); it != found.end();) {
        const bool overlaps = it->begin < span.end && it->end > span.begin;
        if (!overlaps) {
          ++it;
          continue;
        }
        // The visible text wins when it names another day.
        if (it->date.value.date != value->date) {
          shown_otherwise = true;
          break;
        }
        // ... and is more precise when the attribute has no time
        // (datetime="2022-01-21" around "21.01.2022 - 13:30").
        if (!value->has_time && it->date.value.has_time) value = it->date.value;
        begin = std::min(begin, it->begin);
        end = std::max(end, it->end);
        label_end = std::max(label_end, it->begin);
        it = found.erase(it);
      }
      if (shown_otherwise) continue;
      Found f{};
      f.date.value = *value;
      f.date.swappable = swappable;
      f.begin = begin;
      f.end = end;
      f.label_end = label_end;
      f.node = span.element;
      found.push_back(f);
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.begin < b.begin; });
    return found;
  }

  DateRole RoleOfElement(NodeId node, NodeId block) const {
    bool both = false;
    for (NodeId id = node; id != kNoNode; id = doc_.node(id).parent) {
      if (doc_.node(id).is_element()) {
        const DateRole role = RoleOfAttributes(doc_, id, &both);
        if (role != DateRole::kUnlabelled) return role;
      }
      if (id == block) break;
    }
    return both ? DateRole::kPublished : DateRole::kUnlabelled;
  }

  // Letters the line holds besides its dates and labels.
  static size_t LeftoverLetters(const Line& line, const std::vector<Found>& found) {
    std::string rest;
    size_t at = 0;
    for (const Found& f : found) {
      rest.append(line.text, at, f.begin - at);
      rest.push_back(' ');
      at = f.end;
    }
    rest.append(line.text, at);
    return LettersBesideLabels(rest);
  }

  // What the body leaves out when `line`, a line of dates and labels, is
  // the dateline: its block element when the line is all of its text,
  // else the text block the classifier cut out of that element (text
  // between <br>s, a <span> before an <hr>), named by its first text node.
  NodeId DatelineBlock(const Line& line) const {
    if (line.block == kNoNode || line.first_text == kNoNode) return kNoNode;
    const size_t limit = line.text.size() + kMaxDatelineExtraBytes;
    const bool holds_headline = headline_ != kNoNode && doc_.Contains(line.block, headline_);
    if (!holds_headline && doc_.Text(line.block).size() <= limit) return line.block;
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

  // A news-agency dateline opening the first paragraph: "27.1.2022 - Bei
  // der ...", "WASHINGTON, March 5, 2024 — The ...": a date near the start
  // followed by a dash; or the date alone in brackets before the first
  // sentence: "(21. November 2022) Die ..." (testdata/pages/
  // stromspiegel-2022-netzentgelte.html).
  std::optional<DatelineDate> LeadingDate(std::string_view text) const {
    size_t cut = std::min(text.size(), kLeadBytes);
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    const std::vector<TextDate> dates = FindTextDates(text.substr(0, cut), options_);
    if (dates.empty() || dates[0].begin > kMaxLeadOffset) return std::nullopt;
    std::string_view after = text::Trim(text.substr(dates[0].end));
    if (!IsBracketed(text.substr(0, dates[0].begin), after)) {
      // "Dec 20, 2025 (BSS) - ...": an agency's name may come first.
      if (after.starts_with("(")) {
        const size_t close = after.find(')');
        if (close == std::string_view::npos || close > kMaxAgencyName) return std::nullopt;
        after = text::Trim(after.substr(close + 1));
      }
      if (!(after.starts_with("-") || after.starts_with("–") || after.starts_with("—"))) {
        return std::nullopt;
      }
    }
    DatelineDate d;
    d.value = dates[0].value;
    d.swappable = dates[0].swappable;
    return d;
  }

  // True when the text before a date is an opening bracket and the text
  // after it starts with the closing one: "(21. November 2022) Die ...".
  static bool IsBracketed(std::string_view before, std::string_view after) {
    before = text::Trim(before);
    return (before == "(" && after.starts_with(")")) || (before == "[" && after.starts_with("]"));
  }

  // Lines too long to be a dateline cut at their <br>s: a standfirst, the
  // author and the date set apart by <br> in one element
  // (testdata/pages/fairground-2008-arena-vote.html). A short line keeps
  // its <br>s ("July 19, 2012<br>03:40 PM EDT" is one date).
  static std::vector<Line> CutLongLinesAtBreaks(const std::vector<Line>& lines) {
    std::vector<Line> out;
    for (const Line& line : lines) {
      if (line.breaks.empty() || !IsProse(line, text::CountCodePoints(line.text))) {
        out.push_back(line);
        continue;
      }
      for (Line& part : line.SplitAtBreaks()) out.push_back(std::move(part));
    }
    return out;
  }

  // A sentence of the body rather than a dateline: long and ending like
  // a sentence ("The tax season ends on April 15, 2025.").
  static bool IsProse(const Line& line, size_t code_points) {
    if (code_points > kMaxLineCodePoints) return true;
    if (code_points < kMinProseCodePoints) return false;
    const std::string_view t = text::Trim(line.text);
    return t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("。") ||
           t.ends_with("！") || t.ends_with("？");
  }

  void Read(const std::vector<Line>& all_lines, bool before_headline,
            std::vector<DatelineDate>* out) const {
    const std::vector<Line> lines = CutLongLinesAtBreaks(all_lines);
    DateRole carried = DateRole::kUnlabelled;  // a label alone on the line before
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
      if (IsProse(line, text::CountCodePoints(line.text))) {
        carried = DateRole::kUnlabelled;
        if (!before_headline && !dated) {
          if (auto lead = LeadingDate(line.text)) {
            out->push_back(*lead);
            dated = true;
          }
        }
        // The body has begun (a standfirst may come before the dateline).
        if (++prose >= kMaxProseLines && !before_headline) break;
        continue;
      }
      if (IsCopyright(line.text)) continue;
      const std::vector<Found> found = DatesOf(line);
      if (found.empty()) {
        carried =
            line.text.size() <= kMaxLabelLine ? RoleOfLabel(line.text) : DateRole::kUnlabelled;
        continue;
      }
      const size_t leftover = LeftoverLetters(line, found);
      const bool only_dates = leftover <= kMaxLeftoverLetters;
      const NodeId element = only_dates ? DatelineBlock(line) : kNoNode;
      size_t previous_end = 0;
      std::vector<DatelineDate> dates;
      bool labelled = false;
      for (const Found& f : found) {
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
        if (d.role == DateRole::kUnlabelled) d.role = RoleOfElement(f.node, line.block);
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

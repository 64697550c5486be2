#include <algorithm>

#include "newsift/classify/hints.h"
#include "newsift/text/utf8.h"
#include "text_lines_internal.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

// Boilerplate whose dates belong to other things: comments, related
// stories, menus, ads.
constexpr uint32_t kSkipHints =
    classify::kHintComments | classify::kHintPromo | classify::kHintNavigation | classify::kHintAd |
    classify::kHintConsent | classify::kHintShare | classify::kHintPaywall | classify::kHintTags;

// True when an element hides only through responsive classes: "hidden-xs"
// or "hide-mobile" (hidden on some screens), or "d-none d-md-block"
// (Bootstrap: hidden on small screens, shown on others).
bool HiddenOnSomeScreensOnly(const dom::Document& doc, NodeId id) {
  if (doc.has_attr(id, "hidden") || doc.has_attr(id, "aria-hidden") || doc.has_attr(id, "style")) {
    return false;
  }
  const std::string classes = text::AsciiLower(doc.attr(id, "class"));
  bool plain_hide = false;       // "hidden", "invisible", "d-none"
  bool d_none = false;           // "d-none"
  bool responsive_hide = false;  // "hidden-xs"
  bool responsive_show = false;  // "d-md-block"
  size_t start = 0;
  while (start < classes.size()) {
    size_t stop = classes.find(' ', start);
    if (stop == std::string::npos) stop = classes.size();
    const std::string_view c = std::string_view(classes).substr(start, stop - start);
    start = stop + 1;
    bool screen = false;
    for (std::string_view s : {"-xs", "-sm", "-md", "-lg", "-xl", "-mobile", "-phone", "-tablet",
                               "-desktop", "-print"}) {
      screen = screen || c.find(s) != std::string_view::npos;
    }
    const bool hides = c.starts_with("hidden") || c.starts_with("hide") || c == "invisible" ||
                       c.starts_with("d-none");
    if (hides && screen) responsive_hide = true;
    if (hides && !screen) plain_hide = true;
    if (c == "d-none") d_none = true;
    if (c.starts_with("d-") && screen && !hides) responsive_show = true;
  }
  if (responsive_hide && !plain_hide) return true;
  return d_none && responsive_show;
}

constexpr NodeId kMaxNodesBack = 400;
// A day number in an element: its digits, and its text with spaces.
constexpr size_t kMaxDayDigits = 2;
constexpr size_t kMaxDayText = 16;
// Text bytes of a navigation-styled meta line beside the headline.
constexpr size_t kMaxMetaList = 120;
// Text bytes of a side box that holds the article's meta line.
constexpr size_t kMaxMetaBox = 200;

Line& CurrentLine(std::vector<Line>* lines, NodeId block) {
  if (lines->empty() || lines->back().block != block) {
    lines->emplace_back();
    lines->back().block = block;
  }
  return lines->back();
}

}  // namespace

NodeId Line::NodeAt(size_t offset) const {
  NodeId node = first_text;
  for (const auto& [begin, id] : pieces) {
    if (begin > offset) break;
    node = id;
  }
  return node;
}

std::vector<Line> Line::SplitAtBreaks() const {
  std::vector<Line> parts;
  size_t piece = 0;  // pieces and times are in text order: one pass each
  size_t time = 0;
  for (size_t k = 0; k <= breaks.size(); ++k) {
    const size_t from = k == 0 ? 0 : breaks[k - 1];
    const size_t to = k == breaks.size() ? text.size() : breaks[k];
    Line part;
    part.block = block;
    const size_t skip = text.find_first_not_of(' ', from);
    const size_t begin = std::min(skip == std::string::npos ? to : skip, to);
    part.text = text.substr(begin, to - begin);
    for (; piece < pieces.size() && pieces[piece].first < to; ++piece) {
      const auto& [at, id] = pieces[piece];
      if (at < begin) continue;
      if (part.pieces.empty()) part.first_text = id;
      part.pieces.emplace_back(at - begin, id);
    }
    for (; time < times.size() && times[time].begin < to; ++time) {
      const TimeSpan& span = times[time];
      if (span.begin < begin) continue;
      part.times.push_back({span.element, span.begin - begin, std::min(span.end, to) - begin});
    }
    if (!part.text.empty()) parts.push_back(std::move(part));
  }
  return parts;
}

bool LineReader::Skipped(NodeId id) const {
  const classify::Removal removal = content_.removal[id];
  const dom::Tag tag = doc_.node(id).tag;
  // A <label> is a form control for the classifier, but pages also use it
  // for the label of a field they show ("<label>Letzte Änderung:</label>
  // <div>14.01.2022 um 09:25</div>").
  if ((removal == classify::Removal::kNonText && tag != dom::Tag::kLabel) ||
      removal == classify::Removal::kCaption) {
    return true;
  }
  // Hidden where the element itself hides, except Bootstrap-style
  // responsive classes ("hidden-xs"): those show on other screens.
  if (removal == classify::Removal::kHidden && (content_.hints[id] & classify::kHintHidden) != 0 &&
      !HiddenOnSomeScreensOnly(doc_, id)) {
    return true;
  }
  // Quotes hold embedded posts ("— Jane (@jane) December 11, 2016").
  if (tag == dom::Tag::kBlockquote || tag == dom::Tag::kFigcaption) return true;
  const uint32_t hints = content_.hints[id];
  // Side boxes and menus hold other stories' dates, unless their names
  // say they are the article's meta line (<aside class="meta"> with the
  // date, the source and the credit under the standfirst), or they are
  // small and hold one (<aside><ul class="content__meta"><li
  // class="date">19.07.2022</li>...).
  if (tag == dom::Tag::kNav || tag == dom::Tag::kAside || tag == dom::Tag::kMenu) {
    if ((hints & kSkipHints) != 0) return true;
    return (hints & classify::kHintByline) == 0 && !IsSmallMetaBox(id);
  }
  // Elements the classifier removed for their boilerplate names (its size
  // guard keeps a <body class="ads"> from counting).
  if (removal != classify::Removal::kHint || (hints & kSkipHints) == 0 ||
      (hints & (classify::kHintByline | classify::kHintContent)) != 0) {
    return false;
  }
  // A short element styled as navigation or as a newsletter box right
  // beside the headline is its meta line ("<ul class='nav meta'><li>13
  // Oct 2020 18:29</li>", "<div class='newsletter-details'>November 2,
  // 2022 | This newsletter is sponsored by ...").
  const uint32_t meta_line_hints =
      classify::kHintNavigation | classify::kHintTags | classify::kHintPromo;
  if ((hints & ~meta_line_hints & kSkipHints) == 0 && BesideHeadline(id)) return false;
  // "Tag" is German for day: a blog's date box names its parts "monat",
  // "tag" and "jahr" ("<span class='tag'>18</span>"), and a day number
  // is no topic tag.
  if ((hints & kSkipHints) == classify::kHintTags && IsDayNumber(id)) return false;
  return true;
}

bool LineReader::IsDayNumber(NodeId id) const {
  const std::string all = doc_.TextUpTo(id, kMaxDayText);
  const std::string_view t = text::Trim(all);
  if (t.empty() || t.size() > kMaxDayDigits) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool LineReader::IsSmallMetaBox(NodeId id) const {
  bool meta = false;
  size_t text = 0;
  for (NodeId d = id + 1; d < doc_.node(id).end; ++d) {
    const dom::Node& node = doc_.node(d);
    if (node.is_text()) {
      text += node.data_size;
      if (text > kMaxMetaBox) return false;
    } else if (node.is_element()) {
      meta = meta || (content_.hints[d] & classify::kHintByline) != 0;
    }
  }
  return meta;
}

bool LineReader::BesideHeadline(NodeId id) const {
  if (skip_ == kNoNode) return false;
  const NodeId parent = doc_.node(id).parent;
  if (parent == kNoNode) return false;
  const NodeId headline_parent = doc_.node(skip_).parent;
  const NodeId headline_grandparent =
      headline_parent == kNoNode ? kNoNode : doc_.node(headline_parent).parent;
  if (parent != headline_parent && parent != headline_grandparent) return false;
  size_t text = 0;
  for (NodeId d = id; d < doc_.node(id).end && text <= kMaxMetaList; ++d) {
    if (doc_.node(d).is_text()) text += doc_.text(d).size();
  }
  return text <= kMaxMetaList;
}

bool LineReader::InSkipped(NodeId id) const {
  for (NodeId p = doc_.node(id).parent; p != kNoNode; p = doc_.node(p).parent) {
    if (Skipped(p)) return true;
  }
  return false;
}

NodeId LineReader::NearestBlock(NodeId id) const {
  for (NodeId p = doc_.node(id).parent; p != kNoNode; p = doc_.node(p).parent) {
    if (dom::BreaksText(doc_.node(p).tag)) return p;
  }
  return doc_.root();
}

NodeId LineReader::FirstVisibleH1() const {
  for (NodeId id = 0; id < doc_.size(); ++id) {
    if (!doc_.node(id).is_element()) continue;
    if (Skipped(id)) {
      id = doc_.node(id).end - 1;
      continue;
    }
    if (doc_.node(id).tag == dom::Tag::kH1) return id;
  }
  return kNoNode;
}

NodeId LineReader::WindowStartBefore(NodeId headline, size_t budget, size_t max_heading) const {
  size_t text = 0;
  NodeId start = headline;
  // Markup-heavy headers (menus, icons) hold many nodes and little text:
  // a kicker is never that far back.
  NodeId stop = headline > kMaxNodesBack ? headline - kMaxNodesBack : 0;
  // Nor is it in <head>: the <title> and the JSON-LD scripts the builder
  // keeps are text there, but a reader never sees them above the headline.
  const NodeId body = doc_.body();
  if (body != kNoNode && body < headline && body > stop) stop = body;
  for (NodeId id = headline; id-- > stop;) {
    const dom::Node& node = doc_.node(id);
    if (doc_.Contains(id, headline)) continue;
    if (node.is_element()) {
      // A heading may be the kicker itself ("<h5>January 23, 2025</h5>").
      if (node.tag == dom::Tag::kHeader || node.tag == dom::Tag::kNav ||
          (dom::HeadingLevel(node.tag) != 0 &&
           doc_.TextUpTo(id, max_heading).size() > max_heading)) {
        return node.end;
      }
      continue;
    }
    if (InSkipped(id)) continue;
    text += text::Trim(doc_.text(id)).size();
    if (text > budget) return id + 1;
    start = id;
  }
  return start;
}

std::vector<Line> LineReader::Collect(NodeId from, NodeId to, size_t budget,
                                      bool check_ancestors) const {
  std::vector<Line> lines;
  size_t used = 0;
  NodeId open_time = kNoNode;
  bool broken = false;  // a <br> since the last text
  for (NodeId id = from; id < to && used < budget; ++id) {
    const dom::Node& node = doc_.node(id);
    if (node.is_element()) {
      if (Skipped(id) || id == skip_) {
        id = node.end - 1;
        continue;
      }
      if (node.tag == dom::Tag::kBr) broken = true;
      if (node.tag == dom::Tag::kTime && !text::Trim(doc_.attr(id, "datetime")).empty()) {
        open_time = id;
        Line& line = CurrentLine(&lines, NearestBlock(id));
        line.times.push_back({id, line.text.size(), line.text.size()});
      }
      continue;
    }
    const std::string_view t = text::Trim(doc_.text(id));
    if (t.empty() || (check_ancestors && InSkipped(id))) continue;
    Line& line = CurrentLine(&lines, NearestBlock(id));
    if (broken && !line.text.empty()) line.breaks.push_back(line.text.size());
    broken = false;
    if (!line.text.empty()) line.text.push_back(' ');
    const size_t begin = line.text.size();
    line.text.append(t);
    line.pieces.emplace_back(begin, id);
    if (line.first_text == kNoNode) line.first_text = id;
    if (open_time != kNoNode && doc_.Contains(open_time, id) && !line.times.empty() &&
        line.times.back().element == open_time) {
      TimeSpan& span = line.times.back();
      if (span.end == span.begin) span.begin = begin;
      span.end = line.text.size();
    }
    used += t.size();
  }
  return lines;
}

}  // namespace newsift::metadata

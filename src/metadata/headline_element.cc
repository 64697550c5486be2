#include <algorithm>

#include "headline_element_internal.h"
#include "newsift/classify/labels.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// A class or id naming a logo or the site's title: "logo", "site-logo",
// "site-title", "masthead", "navbar-brand" (not "brand-color").
bool HasLogoName(std::string_view names) {
  if (names.empty()) return false;
  const std::string lower = text::AsciiLower(names);
  size_t start = 0;
  while (start < lower.size()) {
    size_t stop = lower.find(' ', start);
    if (stop == std::string::npos) stop = lower.size();
    const std::string_view token = std::string_view(lower).substr(start, stop - start);
    start = stop + 1;
    if (token.find("logo") != std::string_view::npos) return true;
    for (std::string_view prefix :
         {"site-title", "sitetitle", "site-name", "sitename", "site-branding", "masthead",
          "blog-title", "blogtitle", "navbar-brand", "brand"}) {
      if (token.starts_with(prefix) && (token.size() == prefix.size() || prefix != "brand")) {
        return true;
      }
    }
  }
  return false;
}

// "/", "./", "index.html", "https://example.org/": the site's front page.
bool IsHomeLink(std::string_view href) {
  href = text::Trim(href);
  if (href == "/" || href == "./" || href == "index.html" || href == "index.php") return true;
  const size_t scheme = href.find("://");
  if (scheme == std::string_view::npos) return false;
  const size_t path = href.find('/', scheme + 3);
  return path == std::string_view::npos || path + 1 == href.size();
}

bool IsInlineFormatting(Tag tag) {
  switch (tag) {
    case Tag::kB:
    case Tag::kStrong:
    case Tag::kEm:
    case Tag::kI:
    case Tag::kU:
    case Tag::kMark:
    case Tag::kQ:
    case Tag::kAbbr:
    case Tag::kSub:
    case Tag::kSup:
    case Tag::kCode:
    case Tag::kS:
    case Tag::kDel:
    case Tag::kIns:
      return true;
    default:
      return false;
  }
}

// A <time> element, or one whose class or id speaks of a date or time
// ("storydate", "pubdate", "timestamp").
bool NamesDate(const dom::Document& doc, NodeId id) {
  if (doc.node(id).tag == Tag::kTime) return true;
  for (std::string_view attr : {"class", "id"}) {
    const std::string names = text::AsciiLower(doc.attr(id, attr));
    if (names.find("date") != std::string::npos || names.find("time") != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

// The heading's text without a kicker in its own leading element
// ("<h1><small>Weekly workout</small><br>Pyramid sets</h1>").
ShownText HeadingText(const dom::Document& doc, NodeId id) {
  ShownText full{CleanFieldText(doc.Text(id))};
  // Permalink anchors documentation generators put after a heading
  // ("Evolve: Shared Mutable History¶").
  for (bool again = true; again;) {
    again = false;
    for (std::string_view mark : {"¶", "#", "§", "🔗"}) {
      if (full.text.size() > mark.size() && full.text.ends_with(mark)) {
        full.text = std::string(
            text::Trim(std::string_view(full.text).substr(0, full.text.size() - mark.size())));
        again = true;
      }
    }
  }
  // A date in its own element at the end: "<h1>Router flaw <div
  // class=storydate>(17/03/2008)</div></h1>", "<time>" in the heading.
  NodeId last = kNoNode;
  for (NodeId c = doc.node(id).first_child; c != kNoNode; c = doc.node(c).next_sibling) {
    if (!(doc.node(c).is_text() && text::Trim(doc.text(c)).empty())) last = c;
  }
  if (last != kNoNode && doc.node(last).is_element() && NamesDate(doc, last)) {
    const std::string date = CleanFieldText(doc.Text(last));
    if (!date.empty() && full.text.size() > date.size() && full.text.ends_with(date)) {
      std::string rest(
          text::Trim(std::string_view(full.text).substr(0, full.text.size() - date.size())));
      if (KeyWords(MatchKey(rest)) >= 2) full.text = std::move(rest);
    }
  }
  NodeId first = kNoNode;
  for (NodeId c = doc.node(id).first_child; c != kNoNode; c = doc.node(c).next_sibling) {
    if (doc.node(c).is_text() && text::Trim(doc.text(c)).empty()) continue;
    first = c;
    break;
  }
  if (first == kNoNode || !doc.node(first).is_element()) return full;
  const dom::Node& kicker = doc.node(first);
  NodeId next = kicker.next_sibling;
  while (next != kNoNode && doc.node(next).is_text() && text::Trim(doc.text(next)).empty()) {
    next = doc.node(next).next_sibling;
  }
  if (next == kNoNode) return full;
  const bool before_break = doc.node(next).tag == Tag::kBr;
  const std::string names = text::AsciiLower(doc.attr(first, "class"));
  bool kicker_class = false;
  for (std::string_view word : {"kicker", "topline", "overline", "eyebrow", "dachzeile", "roofline",
                                "supertitle", "pretitle", "subject"}) {
    kicker_class = kicker_class || names.find(word) != std::string::npos;
  }
  if (!before_break && !kicker_class && kicker.tag != Tag::kSmall) return full;
  const std::string kicker_text = CleanFieldText(doc.Text(first));
  const size_t kicker_words = KeyWords(MatchKey(kicker_text));
  if (kicker_words == 0 || kicker_words > 8 || !full.text.starts_with(kicker_text)) return full;
  std::string rest(text::Trim(std::string_view(full.text).substr(kicker_text.size())));
  if (KeyWords(MatchKey(rest)) < 2) return full;
  return ShownText{std::move(rest), kicker_words};
}

std::vector<size_t> ElementBoundaries(const dom::Document& doc, NodeId id) {
  std::vector<size_t> boundaries;
  size_t words = 0;
  bool after_break = false;
  for (NodeId n = id + 1; n < doc.node(id).end; ++n) {
    const dom::Node& node = doc.node(n);
    if (node.is_element()) {
      after_break = after_break || node.tag == Tag::kBr;
      continue;
    }
    const std::string_view t = text::Trim(doc.text(n));
    if (t.empty()) continue;
    const Tag parent = doc.node(node.parent).tag;
    if (after_break || node.parent == id || !IsInlineFormatting(parent)) {
      boundaries.push_back(words);
    }
    after_break = false;
    words += CountWords(t);
  }
  return boundaries;
}

// Logos and home links: "<a href='/'><h1>Daily Planet</h1></a>",
// "<h1><a href='https://example.org/'>Daily Planet</a></h1>",
// "<h1 class='site-title'>".
bool InLogo(const dom::Document& doc, NodeId id) {
  const NodeId end = std::min(doc.node(id).end, id + 12);
  for (NodeId d = id + 1; d < end; ++d) {
    if (doc.node(d).tag == Tag::kA && IsHomeLink(doc.attr(d, "href"))) return true;
  }
  int steps = 0;
  for (NodeId a = id; a != kNoNode && steps < 5; a = doc.node(a).parent, ++steps) {
    // <body class="wp-custom-logo"> says nothing about one element.
    const Tag tag = doc.node(a).tag;
    if (tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle) break;
    if (HasLogoName(doc.attr(a, "class")) || HasLogoName(doc.attr(a, "id"))) return true;
    if (doc.node(a).tag == Tag::kA && IsHomeLink(doc.attr(a, "href"))) return true;
  }
  return false;
}

bool NamesHeadline(std::string_view names) {
  const std::string lower = text::AsciiLower(names);
  size_t start = 0;
  while (start < lower.size()) {
    size_t stop = lower.find(' ', start);
    if (stop == std::string::npos) stop = lower.size();
    const std::string_view token = std::string_view(lower).substr(start, stop - start);
    start = stop + 1;
    if (token == "headline") return true;
    for (std::string_view owner : {"article", "story", "post", "entry", "news"}) {
      if (!token.starts_with(owner)) continue;
      std::string_view rest = token.substr(owner.size());
      if (rest.starts_with("-") || rest.starts_with("_")) rest.remove_prefix(1);
      if (rest == "headline" || rest == "title") return true;
    }
  }
  return false;
}

double LinkedShare(const dom::Document& doc, dom::NodeId id) {
  const size_t all = doc.Text(id).size();
  if (all == 0) return 0;
  size_t linked = 0;
  const dom::NodeId end = doc.node(id).end;
  for (dom::NodeId n = id; n < end; ++n) {
    const dom::Node& node = doc.node(n);
    if (node.is_element() && node.tag == dom::Tag::kA && doc.has_attr(n, "href")) {
      linked += doc.Text(n).size();
      n = node.end - 1;
    }
  }
  return static_cast<double>(linked) / static_cast<double>(all);
}

// More than 30 words, or two sentences or more ("Learn which ... ROI?
// Get expert tips on ... We'll help you ...").
bool ReadsAsParagraph(std::string_view text) {
  if (text::MeasureText(text).words > 30) return true;
  int sentences = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '?' || c == '!') && text[i + 1] == ' ' && i + 2 < text.size() &&
        text[i + 2] >= 'A' && text[i + 2] <= 'Z') {
      ++sentences;
    }
  }
  return sentences >= 2;
}

// Headings that label a box rather than name the article.
bool IsHeadingLabel(std::string_view text) {
  if (text.ends_with(":")) return true;
  for (std::string_view byline :
       {"by ", "von ", "par ", "posted by ", "prepared by ", "written by "}) {
    if (text::StartsWithIgnoringAsciiCase(text, byline)) return true;
  }
  static constexpr std::string_view kLabels[] = {"contents",
                                                 "table of contents",
                                                 "in this article",
                                                 "on this page",
                                                 "summary",
                                                 "overview",
                                                 "introduction",
                                                 "background",
                                                 "abstract",
                                                 "key takeaways",
                                                 "key points",
                                                 "highlights",
                                                 "in brief",
                                                 "noun",
                                                 "verb",
                                                 "related",
                                                 "share",
                                                 "advertisement",
                                                 "menu",
                                                 "navigation",
                                                 "inhalt",
                                                 "inhaltsverzeichnis",
                                                 "sommaire",
                                                 "índice",
                                                 "indice"};
  const std::string key = MatchKey(text);
  for (std::string_view label : kLabels) {
    if (key == label) return true;
  }
  return classify::ClassifyLabel(text) != classify::LabelKind::kNone;
}

}  // namespace newsift::metadata

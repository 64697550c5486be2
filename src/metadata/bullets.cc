#include "newsift/metadata/bullets.h"

#include <algorithm>

#include "layout_internal.h"
#include "newsift/classify/hints.h"
#include "newsift/classify/labels.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// "•Choosing a mic…": the glyph a page typed before each item is the
// list's look, not the item's text.
std::string_view WithoutBulletGlyph(std::string_view item) {
  static constexpr std::string_view kGlyphs[] = {"•", "·", "▪", "◦", "‣", "●", "■", "►",
                                                 "▶", "➤", "✓", "✔", "→", "-", "*", "–"};
  for (std::string_view glyph : kGlyphs) {
    if (item.starts_with(glyph)) return text::Trim(item.substr(glyph.size()));
  }
  return item;
}

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

constexpr std::string_view kKeyPointHeadings[] = {"key points",
                                                  "key takeaways",
                                                  "key takeaway",
                                                  "takeaways",
                                                  "takeaway",
                                                  "highlights",
                                                  "story highlights",
                                                  "in brief",
                                                  "at a glance",
                                                  "the big picture",
                                                  "summary",
                                                  "what you need to know",
                                                  "the gist",
                                                  "tl dr",
                                                  "tldr",
                                                  "the essentials",
                                                  "quick read",
                                                  "das wichtigste in kürze",
                                                  "das wichtigste",
                                                  "auf einen blick",
                                                  "in kürze",
                                                  "kurz gesagt",
                                                  "zusammenfassung",
                                                  "en bref",
                                                  "l essentiel",
                                                  "à retenir",
                                                  "en resumen",
                                                  "lo esencial",
                                                  "claves",
                                                  "in breve",
                                                  "in sintesi",
                                                  "in het kort",
                                                  "w skrócie",
                                                  "главное",
                                                  "要点",
                                                  "ポイント",
                                                  "요약",
                                                  "핵심 요약",
                                                  "resumo",
                                                  "destaques",
                                                  "öne çıkanlar",
                                                  "poin penting",
                                                  "điểm chính",
                                                  "أبرز النقاط",
                                                  "עיקרי הדברים",
                                                  "मुख्य बातें",
                                                  "खास बातें"};

// Promo lines that sites put inside their key-points boxes.
constexpr std::string_view kPromoPhrases[] = {
    "homepage",         "sign up",          "subscribe",  "newsletter", "click here",
    "download the app", "follow us",        "read more",  "watch now",  "listen now",
    "get the app",      "jetzt abonnieren", "mehr lesen", "abonnieren", "inscrivez-vous"};

// A list read as key points has at most this many items; a box of
// paragraphs at most this much text.
constexpr size_t kMaxItems = 10;
constexpr size_t kMaxBoxBytes = 1200;

bool IsKeyPointsHeading(std::string_view raw) {
  if (raw.size() > 60) return false;
  static const std::vector<std::string> kKeys = [] {
    std::vector<std::string> keys;
    for (std::string_view h : kKeyPointHeadings) keys.push_back(MatchKey(h));
    return keys;
  }();
  const std::string key = MatchKey(raw);
  return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

// Labels that say "key points" whatever holds them; "Summary",
// "Highlights" or "Overview" may also name a section of the body.
bool IsStrongLabel(std::string_view raw) {
  const std::string key = MatchKey(raw);
  for (std::string_view strong : {"key points",
                                  "key takeaways",
                                  "key takeaway",
                                  "takeaways",
                                  "takeaway",
                                  "story highlights",
                                  "tl dr",
                                  "tldr",
                                  "in brief",
                                  "at a glance",
                                  "das wichtigste in kürze",
                                  "auf einen blick",
                                  "in kürze",
                                  "en bref",
                                  "l essentiel",
                                  "à retenir",
                                  "in breve",
                                  "in het kort",
                                  "w skrócie",
                                  "要点"}) {
    if (key == strong) return true;
  }
  return false;
}

bool IsPromo(std::string_view item) {
  if (classify::ClassifyLabel(item) != classify::LabelKind::kNone) return true;
  const std::string lower = text::AsciiLower(item);
  for (std::string_view phrase : kPromoPhrases) {
    if (lower.find(phrase) != std::string::npos) return true;
  }
  return false;
}

// The share of an element's text inside links.
double LinkShare(const dom::Document& doc, NodeId id) {
  size_t total = 0;
  size_t linked = 0;
  std::vector<NodeId> link_ends;
  for (NodeId n = id; n < doc.node(id).end; ++n) {
    const dom::Node& node = doc.node(n);
    while (!link_ends.empty() && n >= link_ends.back()) link_ends.pop_back();
    if (node.is_element()) {
      if (node.tag == Tag::kA && doc.has_attr(n, "href")) link_ends.push_back(node.end);
      continue;
    }
    const size_t size = text::Trim(doc.text(n)).size();
    total += size;
    if (!link_ends.empty()) linked += size;
  }
  return total == 0 ? 0.0 : static_cast<double>(linked) / static_cast<double>(total);
}

// A full sentence, as key points are: six words or more, or ending in
// sentence punctuation with three words or more.
bool IsSentence(std::string_view item) {
  const text::TextStats stats = text::MeasureText(item);
  if (stats.dense > 0) return stats.dense >= 12;
  if (stats.words >= 6) return true;
  // Hindi ends a sentence with a danda.
  return stats.words >= 3 &&
         (item.ends_with(".") || item.ends_with("!") || item.ends_with("?") || item.ends_with("।"));
}

// Short text in an element that can be a box's heading.
bool IsHeadingLike(const dom::Document& doc, NodeId id) {
  const Tag tag = doc.node(id).tag;
  return dom::HeadingLevel(tag) != 0 || tag == Tag::kP || tag == Tag::kDiv || tag == Tag::kSpan ||
         tag == Tag::kStrong || tag == Tag::kB || tag == Tag::kSummary;
}

// The closest element before `list` in its parent: its heading, if any.
NodeId PrecedingElement(const dom::Document& doc, NodeId list) {
  const NodeId parent = doc.node(list).parent;
  if (parent == kNoNode) return kNoNode;
  NodeId previous = kNoNode;
  for (NodeId c = doc.node(parent).first_child; c != kNoNode && c != list;
       c = doc.node(c).next_sibling) {
    if (doc.node(c).is_element()) previous = c;
  }
  return previous;
}

class BulletFinder {
 public:
  BulletFinder(const dom::Document& doc, const classify::Content& content, NodeId headline)
      : doc_(doc), content_(content), headline_(headline), body_(BodyStart(content)) {}

  Bullets Run() {
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element()) continue;
      if (node.tag == Tag::kHead) {
        id = node.end - 1;
        continue;
      }
      const bool list = node.tag == Tag::kUl || node.tag == Tag::kOl;
      // A key-points box of paragraphs rather than a list.
      const bool box =
          !list && (content_.hints[id] & classify::kHintKeyPoints) != 0 && !HasList(id);
      if (!list && !box) continue;
      Bullets found = Try(id, list);
      if (!found.items.empty()) return found;
    }
    return {};
  }

 private:
  bool HasList(NodeId id) const {
    for (NodeId d = id + 1; d < doc_.node(id).end; ++d) {
      const Tag tag = doc_.node(d).tag;
      if (doc_.node(d).is_element() && (tag == Tag::kUl || tag == Tag::kOl)) return true;
    }
    return false;
  }

  // Hinted by its own class or a close ancestor's ("key-points",
  // "story-highlights"...).
  bool Hinted(NodeId id) const {
    int steps = 0;
    for (NodeId a = id; a != kNoNode && steps < 4; a = doc_.node(a).parent, ++steps) {
      if ((content_.hints[a] & classify::kHintKeyPoints) != 0) return true;
    }
    return false;
  }

  // Inside something that is never key points: navigation, share bars,
  // tag lists, promos, comments, forms.
  bool InBoilerplate(NodeId id) const {
    constexpr uint32_t kNever = classify::kHintNavigation | classify::kHintShare |
                                classify::kHintTags | classify::kHintPromo |
                                classify::kHintComments | classify::kHintAd;
    for (NodeId a = id; a != kNoNode; a = doc_.node(a).parent) {
      if ((content_.hints[a] & kNever) != 0) return true;
      if (doc_.node(a).tag == Tag::kNav || doc_.node(a).tag == Tag::kForm) return true;
    }
    return false;
  }

  // Above most of the body: after the headline, before the article's
  // first paragraph or at least before half of the kept text.
  bool AboveBody(NodeId id) const {
    if (headline_ != kNoNode && id < headline_) return false;
    if (body_ != kNoNode && id < body_) return true;
    size_t before = 0;
    size_t total = 0;
    for (const classify::ScoredBlock& b : content_.blocks) {
      if (!b.keep) continue;
      total += b.block.length;
      if (b.block.first_node < id) before += b.block.length;
    }
    return total == 0 || before * 2 <= total;
  }

  Bullets Try(NodeId id, bool list) const {
    const classify::Removal removal = content_.removal[id];
    if (removal == classify::Removal::kNonText || removal == classify::Removal::kHidden) return {};
    if (headline_ != kNoNode && id < headline_) return {};
    NodeId heading = PrecedingElement(doc_, id);
    if (heading != kNoNode &&
        (!IsHeadingLike(doc_, heading) || !IsKeyPointsHeading(doc_.Text(heading)))) {
      heading = kNoNode;
    }
    // A list inside a list item is part of that list, not a box of its own.
    for (NodeId a = doc_.node(id).parent; a != kNoNode; a = doc_.node(a).parent) {
      if (doc_.node(a).tag == Tag::kLi) return {};
    }
    if (heading != kNoNode && !Hinted(id) && HeadsBodySection(heading, id)) return {};
    const bool hinted = Hinted(id) || heading != kNoNode;
    // Unmarked lists count only right above the body, in the article, as
    // a short run of sentences (not a table of contents or link list).
    // Cheap tests first: most lists of a page fail them.
    if (!hinted) {
      if (!list || body_ == kNoNode || headline_ == kNoNode || id > body_) return {};
      if (removal != classify::Removal::kKept) return {};
      if (content_.region == kNoNode || !doc_.Contains(content_.region, id)) return {};
      if (!NothingBetween(id, body_) || TextBetween(headline_, id)) return {};
    } else if (removal == classify::Removal::kHint && !Hinted(id)) {
      return {};
    }
    if (InBoilerplate(id) || !AboveBody(id)) return {};
    // A box of paragraphs is a summary above the body, not the body
    // itself (Drupal marks every body "text-with-summary").
    if (!list && (id == content_.region || (body_ != kNoNode && doc_.Contains(id, body_)) ||
                  doc_.TextUpTo(id, kMaxBoxBytes).size() > kMaxBoxBytes)) {
      return {};
    }
    if (!list && TitledOtherwise(id)) return {};
    std::vector<std::string> items = ReadItems(id, list);
    const size_t min_items = hinted && list ? 1 : 2;
    const size_t max_items = hinted ? kMaxItems : 6;
    if (items.size() < min_items || items.size() > max_items) return {};
    size_t sentences = 0;
    for (const std::string& item : items) sentences += IsSentence(item);
    if (hinted ? sentences * 2 < items.size() : sentences < items.size()) return {};
    Bullets result;
    result.items = std::move(items);
    result.list = id;
    result.heading = heading;
    return result;
  }

  // A bold line saying "Summary" or "Highlights" in the flow of the body,
  // with the body's paragraphs after the list in the same container,
  // heads the article's first section ("<p><strong>Summary</strong></p>
  // <ul>...</ul><p>Home improvement ROI refers to...</p>"): key points
  // have a box of their own, or a label that says so ("Key takeaways").
  // So does a heading of a section ("<h3>Highlights</h3><ul>...</ul>
  // <h3>Friends of Firefox</h3>..."): another heading of its level
  // follows in the same container.
  bool HeadsBodySection(NodeId heading, NodeId list) const {
    if (IsStrongLabel(doc_.Text(heading))) return false;
    const Tag heading_tag = doc_.node(heading).tag;
    const bool is_heading = dom::HeadingLevel(heading_tag) != 0;
    for (NodeId c = doc_.node(list).next_sibling; c != kNoNode; c = doc_.node(c).next_sibling) {
      const dom::Node& node = doc_.node(c);
      if (is_heading ? node.tag == heading_tag
                     : node.tag == Tag::kP && content_.removal[c] == classify::Removal::kKept &&
                           doc_.TextUpTo(c, 79).size() >= 80) {
        return true;
      }
    }
    return false;
  }

  // No other list, table or heading between the list and the body:
  // the list is the article's lead-in, not a section of it.
  bool NothingBetween(NodeId list, NodeId body) const {
    for (NodeId n = doc_.node(list).end; n < body; ++n) {
      const dom::Node& node = doc_.node(n);
      if (!node.is_element()) continue;
      if (node.tag == Tag::kUl || node.tag == Tag::kOl || node.tag == Tag::kTable ||
          dom::HeadingLevel(node.tag) != 0) {
        return false;
      }
    }
    return true;
  }

  // Kept paragraph text between the headline and `id`: the list is then
  // inside the article, not its lead-in.
  bool TextBetween(NodeId headline, NodeId id) const {
    for (const classify::ScoredBlock& b : content_.blocks) {
      if (b.block.first_node <= headline) continue;
      if (b.block.first_node >= id) break;
      if (b.keep && b.block.kind == BlockKind::kParagraph && b.block.length >= 40) return true;
    }
    return false;
  }

  // The items' texts: <li> children of a list, or the paragraphs of a box.
  // Promo lines and link-only items are left out.
  std::vector<std::string> ReadItems(NodeId id, bool list) const {
    std::vector<NodeId> nodes;
    CollectItems(id, list, 0, &nodes);
    std::vector<std::string> items;
    size_t links = 0;
    size_t seen = 0;
    for (NodeId c : nodes) {
      std::string item(WithoutBulletGlyph(CleanFieldText(doc_.Text(c))));
      if (item.empty()) continue;
      ++seen;
      if (LinkShare(doc_, c) > 0.5) {
        ++links;
        continue;
      }
      if (IsPromo(item) || IsKeyPointsHeading(item)) continue;
      // The box's lead-in: "Here are five key insights for pricing:".
      if (items.empty() && !list && item.ends_with(":")) continue;
      items.push_back(std::move(item));
    }
    // A list of links is navigation, related stories or contents.
    if (links * 2 > seen) return {};
    return items;
  }

  // The elements holding the items: <li> children of a list; the
  // paragraphs of a box, looking into a <div> that holds several of
  // them (a box within the box: "<div class=key-takeaways-bullets><div
  // class=bullet>...</div><div class=bullet>...</div></div>").
  void CollectItems(NodeId id, bool list, int depth, std::vector<NodeId>* out) const {
    for (NodeId c = doc_.node(id).first_child; c != kNoNode; c = doc_.node(c).next_sibling) {
      const Tag tag = doc_.node(c).tag;
      if (!doc_.node(c).is_element()) continue;
      if (list ? tag != Tag::kLi : (tag != Tag::kP && tag != Tag::kDiv && tag != Tag::kLi)) {
        continue;
      }
      // (Not product cards: "The Best Budget Press: <a>Brand</a> $40 <a>Jump
      // to Review</a>".)
      if (!list && tag == Tag::kDiv && depth < 3 && ChildrenWithText(c) >= 2 &&
          LinkShare(doc_, c) < 0.2) {
        CollectItems(c, list, depth + 1, out);
      } else {
        out->push_back(c);
      }
    }
  }

  size_t ChildrenWithText(NodeId id) const {
    size_t count = 0;
    for (NodeId c = doc_.node(id).first_child; c != kNoNode; c = doc_.node(c).next_sibling) {
      if (doc_.node(c).is_element() && !text::Trim(doc_.Text(c)).empty()) ++count;
    }
    return count;
  }

  // A box whose own title names something else: "Review Analysis", "This
  // VPN is no longer reviewed" (a notice), not "Key takeaways".
  bool TitledOtherwise(NodeId box) const {
    for (NodeId c = doc_.node(box).first_child; c != kNoNode; c = doc_.node(c).next_sibling) {
      if (!doc_.node(c).is_element()) continue;
      const std::string text = doc_.Text(c);
      if (text::Trim(text).empty()) continue;
      const bool heading =
          dom::HeadingLevel(doc_.node(c).tag) != 0 ||
          text::AsciiLower(doc_.attr(c, "class")).find("title") != std::string::npos;
      return heading && !IsKeyPointsHeading(text);
    }
    return false;
  }

  const dom::Document& doc_;
  const classify::Content& content_;
  const NodeId headline_;
  const NodeId body_;
};

}  // namespace

Bullets FindBullets(const dom::Document& doc, const classify::Content& content, NodeId headline) {
  return BulletFinder(doc, content, headline).Run();
}

}  // namespace newsift::metadata

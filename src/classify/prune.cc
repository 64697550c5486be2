#include "newsift/classify/prune.h"

#include <algorithm>
#include <utility>

#include "newsift/classify/hints.h"
#include "newsift/text/utf8.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Elements whose text is never article text.
bool IsNeverText(Tag tag) {
  switch (tag) {
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kNoscript:  // lazy-image fallbacks, "enable JavaScript" notes
    case Tag::kTemplate:
    case Tag::kSvg:
    case Tag::kCanvas:
    case Tag::kTextarea:
    case Tag::kInput:
    case Tag::kIframe:
    case Tag::kObject:
    case Tag::kEmbed:
    case Tag::kAudio:
    case Tag::kVideo:
    case Tag::kHead:
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
    case Tag::kBase:
    case Tag::kFrame:
      return true;
    default:
      return false;
  }
}

// Phrasing elements: text inside a line, never a part of the page.
bool IsInline(Tag tag) {
  switch (tag) {
    case Tag::kA:
    case Tag::kAbbr:
    case Tag::kB:
    case Tag::kCite:
    case Tag::kCode:
    case Tag::kDel:
    case Tag::kEm:
    case Tag::kFont:
    case Tag::kI:
    case Tag::kIns:
    case Tag::kMark:
    case Tag::kQ:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kSpan:
    case Tag::kStrong:
    case Tag::kSub:
    case Tag::kSup:
    case Tag::kU:
      return true;
    default:
      return false;
  }
}

// Form controls: their labels are UI text, unless the parser nested a
// part of the page inside one.
bool IsControl(Tag tag) {
  return tag == Tag::kButton || tag == Tag::kSelect || tag == Tag::kOption || tag == Tag::kLabel;
}

bool IsStructuralBoilerplate(Tag tag) {
  switch (tag) {
    case Tag::kNav:
    case Tag::kAside:
    case Tag::kHeader:
    case Tag::kFooter:
    case Tag::kMenu:
    case Tag::kForm:
    case Tag::kDialog:
      return true;
    default:
      return false;
  }
}

// Containers a page's own class names never remove ("<body
// class='cookie-consent-given'>", "<main class='has-sidebar'>").
bool IsProtected(Tag tag) {
  return tag == Tag::kHtml || tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle;
}

// Hints that remove an element whatever it holds: a consent dialog or a
// comment thread can be longer than the article.
constexpr uint32_t kAlwaysHints = kHintConsent | kHintComments;
// Hints that remove an element unless it holds the article's prose (sites
// wrap their article in "paywall" or "promo-layout" containers).
constexpr uint32_t kStrongHints = kHintAd | kHintShare | kHintPaywall | kHintPromo;
// Hints that remove an element only when it holds a minor part of the
// text and no prose.
constexpr uint32_t kWeakHints = kHintBoilerplate | kHintNavigation | kHintTags;

// Bylines and datelines are short; a long "meta" area is something else.
constexpr uint32_t kMaxBylineBytes = 300;
constexpr uint32_t kMaxCaptionBytes = 600;
constexpr uint32_t kMaxAuthorBoxBytes = 800;

// A paragraph of prose: this much unlinked text, at most a quarter linked.
constexpr uint32_t kMinParagraphBytes = 150;
// A longer block counts as one paragraph per this many bytes.
constexpr uint32_t kBytesPerParagraph = 300;
// Prose that a strong hint does not remove: this many paragraphs, and
// under 1/kMaxLinkedShare of the text in links.
constexpr uint16_t kMinUnlinkedProseParagraphs = 3;
constexpr uint32_t kMaxLinkedShare = 10;
// Prose: at least this many such paragraphs.
constexpr uint16_t kMinProseParagraphs = 2;
// A form's box: the ancestors of a <form> with a field to fill whose
// text stays under this many bytes ("Get the newsletter", a consent line,
// "Thanks for signing up!" around the form itself).
constexpr uint32_t kMaxFormBoxBytes = 700;
// Slides of one slideshow: this many headings with counters of one total.
constexpr uint32_t kMinSlides = 3;

class Pruner {
 public:
  Pruner(const dom::Document& doc, const std::vector<uint32_t>& hints, const SubtreeText& text)
      : doc_(doc), hints_(hints), text_(text) {}

  std::vector<Removal> Run(NodeId scope) {
    std::vector<Removal> removal(doc_.size(), Removal::kKept);
    total_ = text_.plain[scope];
    const NodeId end = doc_.node(scope).end;
    holds_body_.assign(doc_.size(), 0);
    holds_h1_.assign(doc_.size(), 0);
    for (NodeId id = end; id-- > scope;) {
      if ((hints_[id] & kHintBody) != 0) holds_body_[id] = 1;
      if (doc_.node(id).tag == Tag::kH1) holds_h1_[id] = 1;
      const NodeId parent = doc_.node(id).parent;
      if (parent == kNoNode || parent < scope) continue;
      holds_body_[parent] |= holds_body_[id];
      holds_h1_[parent] |= holds_h1_[id];
    }
    MarkFormBoxes(scope);
    MarkSlideshows(scope);
    for (NodeId id = scope; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element()) continue;
      const Removal r = Judge(id);
      if (r == Removal::kKept) continue;
      for (NodeId d = id; d < node.end; ++d) removal[d] = r;
      id = node.end - 1;
    }
    return removal;
  }

 private:
  bool IsMinor(NodeId id) const { return text_.plain[id] * 2 <= total_; }
  // A comment thread can outweigh the article, but not hold all the page.
  bool IsNearlyAll(NodeId id) const {
    return static_cast<uint64_t>(text_.plain[id]) * 10 >= static_cast<uint64_t>(total_) * 9 &&
           total_ > 0;
  }
  bool IsProse(NodeId id) const { return text_.long_paragraphs[id] >= kMinProseParagraphs; }
  bool IsUnlinkedProse(NodeId id) const {
    return text_.long_paragraphs[id] >= kMinUnlinkedProseParagraphs &&
           text_.linked[id] * kMaxLinkedShare < text_.plain[id];
  }

  // An inline element holding less than half of its parent's text, with
  // words of the parent's own beside it: a phrase of a sentence, not a
  // link standing alone in a container.
  bool IsInlinePhrase(NodeId id) const {
    const dom::Node& node = doc_.node(id);
    if (!IsInline(node.tag) || node.parent == kNoNode) return false;
    const uint64_t own = uint64_t{text_.plain[id]} + text_.linked[id];
    const uint64_t around = uint64_t{text_.plain[node.parent]} + text_.linked[node.parent];
    if (own == 0 || own * 2 >= around) return false;
    return HasOwnWords(node.parent);
  }

  // Whether a text child of `parent` holds more than one byte once
  // trimmed. Remembered per parent: every inline child asks, and a <body>
  // of 20,000 bare links would otherwise walk its 40,000 children 20,000
  // times (bench/pathological, "self-links").
  bool HasOwnWords(NodeId parent) const {
    if (own_words_.empty()) own_words_.assign(doc_.size(), kUnknown);
    uint8_t& known = own_words_[parent];
    if (known == kUnknown) {
      known = 0;
      for (NodeId c = doc_.node(parent).first_child; c != kNoNode; c = doc_.node(c).next_sibling) {
        if (doc_.node(c).is_text() && text::Trim(doc_.text(c)).size() > 1) {
          known = 1;
          break;
        }
      }
    }
    return known == 1;
  }

  // Whether the form asks for an address or a search: an e-mail, phone
  // or search field (a signup or search box), not a quantity or a zip code
  // that belongs to the article (a recipe's servings, a cost calculator).
  bool AsksForAddress(NodeId form) const {
    for (NodeId d = form + 1; d < doc_.node(form).end; ++d) {
      if (doc_.node(d).tag != Tag::kInput) continue;
      const std::string_view type = doc_.attr(d, "type");
      if (text::EqualsIgnoringAsciiCase(type, "email") ||
          text::EqualsIgnoringAsciiCase(type, "tel") ||
          text::EqualsIgnoringAsciiCase(type, "search")) {
        return true;
      }
      for (const std::string_view name : {"name", "placeholder"}) {
        const std::string value = text::AsciiLower(doc_.attr(d, name));
        if (value.find("mail") != std::string::npos || value.find("search") != std::string::npos) {
          return true;
        }
      }
    }
    return false;
  }

  // Signup and search boxes: a form and the few short lines around it
  // that only make sense with it. The box is the outermost ancestor of the
  // form that stays short and holds at most one paragraph.
  void MarkFormBoxes(NodeId scope) {
    form_box_.assign(doc_.size(), 0);
    const NodeId end = doc_.node(scope).end;
    for (NodeId id = scope; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || node.tag != Tag::kForm || !AsksForAddress(id)) continue;
      NodeId box = kNoNode;
      for (NodeId a = node.parent; a != kNoNode && a > scope; a = doc_.node(a).parent) {
        // The headline's block is not a box, whatever form sits in it.
        if (IsProtected(doc_.node(a).tag) || holds_body_[a] || holds_h1_[a]) break;
        if (text_.plain[a] + text_.linked[a] > kMaxFormBoxBytes || text_.long_paragraphs[a] > 1) {
          break;
        }
        box = a;
      }
      if (box != kNoNode) form_box_[box] = 1;
      id = node.end - 1;
    }
  }

  // The slide counter that opens a heading ("<h2><span class=counter>4/50
  // </span> City for sale</h2>"): the total, or 0 when there is none.
  uint32_t SlideTotal(NodeId heading) const {
    for (NodeId d = heading + 1; d < doc_.node(heading).end; ++d) {
      if (!doc_.node(d).is_text()) continue;
      const std::string_view t = text::Trim(doc_.text(d));
      if (t.empty()) continue;
      size_t i = 0;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
      if (i == 0 || i > 3 || i >= t.size() || t[i] != '/') return 0;
      uint32_t total = 0;
      size_t j = i + 1;
      for (; j < t.size() && t[j] >= '0' && t[j] <= '9' && j < i + 4; ++j) {
        total = total * 10 + static_cast<uint32_t>(t[j] - '0');
      }
      const bool ends = j == t.size() || t[j] == ' ';
      return j > i + 1 && ends ? total : 0;
    }
    return 0;
  }

  // A slideshow's captions: a list of three or more items whose headings
  // open with slide counters of one total ("1/50", "2/50", ...), on a
  // page that has article prose outside it (readability bug-1255978, a
  // 50-slide business gallery embedded in a story about hotels).
  void MarkSlideshows(NodeId scope) {
    slideshow_.assign(doc_.size(), 0);
    struct Slides {
      uint32_t total = 0;
      uint32_t count = 0;
    };
    std::vector<std::pair<NodeId, Slides>> lists;
    const NodeId end = doc_.node(scope).end;
    for (NodeId id = scope; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || dom::HeadingLevel(node.tag) == 0) continue;
      const uint32_t total = SlideTotal(id);
      id = node.end - 1;
      if (total == 0 || node.parent == kNoNode) continue;
      const NodeId list = doc_.node(node.parent).parent;
      if (list == kNoNode || list <= scope) continue;
      if (lists.empty() || lists.back().first != list) lists.push_back({list, Slides{total, 0}});
      if (lists.back().second.total == total) ++lists.back().second.count;
    }
    for (const auto& [list, slides] : lists) {
      if (slides.count < kMinSlides) continue;
      const int outside = text_.long_paragraphs[scope] - text_.long_paragraphs[list];
      if (outside >= kMinUnlinkedProseParagraphs) slideshow_[list] = 1;
    }
  }

  bool HoldsHeading(NodeId id) const {
    for (NodeId d = id + 1; d < doc_.node(id).end; ++d) {
      if (dom::HeadingLevel(doc_.node(d).tag) > 0) return true;
    }
    return false;
  }

  Removal Judge(NodeId id) const {
    const Tag tag = doc_.node(id).tag;
    const uint32_t hints = hints_[id];
    // A <noscript> holding most of the page is the page: a parser accident
    // as with a <button> ("<noscript><div></noscript>" nests the rest of
    // the page inside it), or the page a script would have drawn. One
    // holding less is a fallback copy of what the page shows anyway.
    if (tag == Tag::kNoscript && !IsMinor(id)) return Removal::kKept;
    if (IsNeverText(tag)) return Removal::kNonText;
    if (IsControl(tag)) {
      // Controls never hold paragraphs; one that does is a parser accident.
      return text_.long_paragraphs[id] > 0 ? Removal::kKept : Removal::kNonText;
    }
    if (tag == Tag::kFigcaption || slideshow_[id]) return Removal::kCaption;
    if (IsProtected(tag) && tag != Tag::kArticle) return Removal::kKept;
    // Accordion and tab panels are hidden until a reader opens them; their
    // text (FAQ answers, steps) is the article's.
    if ((hints & kHintHidden) != 0 && (hints & kHintExpander) == 0 && IsMinor(id)) {
      return Removal::kHidden;
    }
    // A <header> holding unlinked paragraphs is a section of the article
    // its template calls a header (a text-and-image block's "description"
    // of several paragraphs), not the page's masthead.
    if (tag == Tag::kHeader && IsProse(id) &&
        text_.linked[id] * kMaxLinkedShare < text_.plain[id]) {
      return JudgeBylineAndCaption(id, hints);
    }
    if (IsStructuralBoilerplate(tag) && IsMinor(id)) return Removal::kStructure;
    // A signup or search form is never the article, however little else
    // the page holds (a short article beside a signup form whose country
    // list is longer), unless it holds running prose (a form the parser
    // never closed, around the rest of the page).
    if (tag == Tag::kForm && !IsProse(id) && AsksForAddress(id)) return Removal::kStructure;
    if (form_box_[id] && IsMinor(id)) return Removal::kStructure;
    if (IsProtected(tag)) return Removal::kKept;
    // A link or span inside running text is a phrase of it, whatever its
    // class ("<a class='popup'>", "<span class='promo-word'>").
    if (IsInlinePhrase(id)) return JudgeBylineAndCaption(id, hints);
    if ((hints & kAlwaysHints) != 0 && !IsNearlyAll(id)) return Removal::kHint;
    // "read-more" expanders and "promo" layouts that hold running prose
    // with few links are the article; promo boxes link their teasers.
    if ((hints & kStrongHints) != 0 && (IsMinor(id) || !IsProse(id)) && !IsUnlinkedProse(id)) {
      return Removal::kHint;
    }
    // A Blogger "widget Blog" or a "main-column" holding the "post-body".
    if ((hints & kWeakHints) != 0 && (hints & kHintContent) == 0 && IsMinor(id) && !IsProse(id) &&
        !holds_body_[id]) {
      return Removal::kHint;
    }
    return JudgeBylineAndCaption(id, hints);
  }

  Removal JudgeBylineAndCaption(NodeId id, uint32_t hints) const {
    if ((hints & kHintCaption) != 0 && (hints & kHintContent) == 0 &&
        text_.plain[id] <= kMaxCaptionBytes) {
      return Removal::kCaption;
    }
    // "entry-meta" names content and byline; a short one without a
    // paragraph is the byline, unless it wraps the headline with it.
    if ((hints & kHintByline) != 0 && text_.plain[id] <= kMaxBylineBytes &&
        ((hints & kHintContent) == 0 || text_.long_paragraphs[id] == 0) && !HoldsHeading(id)) {
      return Removal::kHint;
    }
    // An author box: the name and a biography of one paragraph (wcxb 0305,
    // a "vcard author" section inside the entry's content).
    if ((hints & kHintByline) != 0 && (hints & kHintContent) == 0 &&
        text_.plain[id] <= kMaxAuthorBoxBytes && text_.long_paragraphs[id] <= 1 &&
        !holds_body_[id] && !HoldsHeading(id)) {
      return Removal::kHint;
    }
    return Removal::kKept;
  }

  const dom::Document& doc_;
  const std::vector<uint32_t>& hints_;
  const SubtreeText& text_;
  uint32_t total_ = 0;
  std::vector<uint8_t> holds_body_;  // a kHintBody element is at or under the node
  static constexpr uint8_t kUnknown = 2;
  mutable std::vector<uint8_t> own_words_;  // HasOwnWords() per parent, or kUnknown
  std::vector<uint8_t> holds_h1_;           // an <h1> is at or under the node
  std::vector<uint8_t> form_box_;           // the node is a form's box (MarkFormBoxes)
  std::vector<uint8_t> slideshow_;          // the node lists a slideshow's captions
};

}  // namespace

std::string_view ToString(Removal removal) {
  switch (removal) {
    case Removal::kKept:
      return "kept";
    case Removal::kNonText:
      return "not text";
    case Removal::kHidden:
      return "hidden";
    case Removal::kStructure:
      return "page structure";
    case Removal::kHint:
      return "class/id hint";
    case Removal::kCaption:
      return "caption";
  }
  return "";
}

SubtreeText MeasureSubtrees(const dom::Document& doc, dom::NodeId scope) {
  SubtreeText out;
  out.plain.assign(doc.size(), 0);
  out.linked.assign(doc.size(), 0);
  out.long_paragraphs.assign(doc.size(), 0);
  if (scope == kNoNode) return out;
  const NodeId end = doc.node(scope).end;
  // Text goes to its own subtree and to its block: the nearest ancestor
  // that starts a new line (inline <b>, <span>, <a> flow into it).
  std::vector<uint8_t> in_link(doc.size(), 0);
  std::vector<NodeId> block_of(doc.size(), scope);
  std::vector<uint32_t> block_plain(doc.size(), 0);
  std::vector<uint32_t> block_linked(doc.size(), 0);
  for (NodeId id = scope; id < end; ++id) {
    const dom::Node& node = doc.node(id);
    const NodeId parent = node.parent;
    const bool has_parent = parent != kNoNode && parent >= scope;
    in_link[id] = (has_parent && in_link[parent]) || node.tag == Tag::kA;
    if (node.is_element()) {
      // <noscript> is measured: it may hold the page (see Judge).
      if (IsNeverText(node.tag) && node.tag != Tag::kNoscript) {
        id = node.end - 1;  // leave their text uncounted
        continue;
      }
      // A <select>'s options are a block of their own, never prose: a
      // country list is no paragraph.
      const bool own_block = dom::BreaksText(node.tag) || node.tag == Tag::kSelect;
      block_of[id] = own_block || !has_parent ? id : block_of[parent];
      continue;
    }
    const auto size = static_cast<uint32_t>(doc.text(id).size());
    const NodeId block = has_parent ? block_of[parent] : scope;
    if (in_link[id]) {
      out.linked[id] = size;
      block_linked[block] += size;
    } else {
      out.plain[id] = size;
      block_plain[block] += size;
    }
  }
  for (NodeId id = scope; id < end; ++id) {
    if (doc.node(id).tag == Tag::kSelect) continue;
    if (block_plain[id] >= kMinParagraphBytes && block_linked[id] * 3 <= block_plain[id]) {
      // Text cut by <br> only (old blogs, forum posts) is several
      // paragraphs in one block.
      const uint32_t paragraphs = std::max<uint32_t>(1, block_plain[id] / kBytesPerParagraph);
      out.long_paragraphs[id] = static_cast<uint16_t>(std::min<uint32_t>(paragraphs, 0xFFFF));
    }
  }
  for (NodeId id = end; id-- > scope + 1;) {
    const NodeId parent = doc.node(id).parent;
    if (parent == kNoNode || parent < scope) continue;
    out.plain[parent] += out.plain[id];
    out.linked[parent] += out.linked[id];
    const int paragraphs = out.long_paragraphs[parent] + out.long_paragraphs[id];
    out.long_paragraphs[parent] = static_cast<uint16_t>(std::min(paragraphs, 0xFFFF));
  }
  return out;
}

std::vector<Removal> PruneBoilerplate(const dom::Document& doc, dom::NodeId scope,
                                      const std::vector<uint32_t>& hints, const SubtreeText& text) {
  if (scope == kNoNode) return std::vector<Removal>(doc.size(), Removal::kKept);
  return Pruner(doc, hints, text).Run(scope);
}

}  // namespace newsift::classify

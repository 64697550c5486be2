#include <algorithm>
#include <iterator>
#include <utility>

#include "byline_candidates_internal.h"
#include "byline_markup_internal.h"
#include "byline_prefixes_internal.h"
#include "byline_text_internal.h"
#include "name_words_internal.h"
#include "newsift/classify/hints.h"
#include "newsift/metadata/byline.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Longest text without "By" read as a byline as a whole.
constexpr size_t kMaxPlainBylineBytes = 100;

// True when `text` is `name` and then only roles and credentials: "Jane
// Doe Writer", "Jane Doe, Senior Editor", "Jane Doe, MD".
bool IsNameAndRole(std::string_view text, std::string_view name) {
  text = text::Trim(text);
  if (!text.starts_with(name)) return false;
  bool any = false;
  for (std::string_view word : byline_text::Words(text.substr(name.size()))) {
    std::string bare = text::AsciiLower(word);
    std::erase_if(bare, [](char c) { return c == ',' || c == '.' || c == '(' || c == ')'; });
    if (bare.empty()) continue;
    if (!name_words::Contains(name_words::kRoleWords, bare) &&
        !name_words::Contains(name_words::kRoleModifiers, bare) &&
        !name_words::Contains(name_words::kCredentials, bare)) {
      return false;
    }
    any = true;
  }
  return any;
}

class CandidateFinder {
 public:
  explicit CandidateFinder(const BylinePage& page)
      : page_(page), doc_(page.doc), content_(page.content) {}

  std::vector<BylineCandidate> Run() const {
    std::vector<BylineCandidate> candidates;
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      // A label and the name in elements of their own: "<p>Written
      // by</p><p>Jane Doe</p>", "<h2>Article by</h2><div>Jane Doe</div>".
      if (node.is_text()) {
        const std::string_view t = doc_.text(id);
        if (IsBylineLabel(t)) {
          ConsiderAround(id, true, &candidates);
        } else if (page_.NearHeadline(id) && t.size() <= kMaxPlainBylineBytes &&
                   (HasBylinePrefix(t) || byline_prefixes::HasKoreanReporterRole(t) ||
                    byline_prefixes::IsNameThenDateLine(t))) {
          // (Placement first: the prefix test is the costly part.)
          ConsiderPrefixed(id, &candidates);
        }
        continue;
      }
      if (node.tag == Tag::kHead || node.tag == Tag::kScript || node.tag == Tag::kStyle) {
        id = node.end - 1;
        continue;
      }
      if (node.data_size == 0) continue;  // no attributes
      const bool rel_author =
          node.tag == Tag::kA && (text::EqualsIgnoringAsciiCase(doc_.attr(id, "rel"), "author") ||
                                  IsAuthorPageLink(doc_.attr(id, "href")));
      const bool itemprop_author =
          text::EqualsIgnoringAsciiCase(doc_.attr(id, "itemprop"), "author");
      if (rel_author || itemprop_author) {
        Consider(id, 3, true, &candidates);
        continue;
      }
      // (Lower-cased once for the tests below: most elements have a
      // class or an id.)
      LowerClassAndId(id);
      if (HasAuthorClass(id)) {
        Consider(id, 3, false, &candidates);
        ConsiderBoxName(id, &candidates);
      } else if (IsAuthorDescription()) {
        ConsiderNameBefore(id, &candidates);
      } else if (IsPersonIcon(id) || IsAvatarNearHeadline(id) || IsPortraitLinkNearHeadline(id)) {
        ConsiderAround(id, false, &candidates);
      }
    }
    // "By Jane Doe" lines without markup.
    const std::vector<classify::ScoredBlock>& blocks = content_.blocks;
    for (size_t i = 0; i < blocks.size(); ++i) {
      const classify::TextBlock& b = blocks[i].block;
      if (b.length > 150 ||
          !(HasBylinePrefix(b.text) || byline_prefixes::HasKoreanReporterRole(b.text))) {
        continue;
      }
      const NodeId at = b.anchor != kNoNode ? b.anchor : b.first_node;
      if (Consider(at, 2, false, &candidates) || b.first_node == kNoNode || b.first_node == at) {
        continue;
      }
      // The first or last line of an article whose lines <br> parts
      // ("Posted by Jane Doe<br><br>Last year...", "...last
      // paragraph.<br><br>Autor: <a>Jane Doe</a>"): the element holds the
      // whole article, so the line's own text is read, at its first text
      // node. (Not a line amid the text: "<b>Author:</b> Jane Doe" of an
      // app in a list of apps.)
      const bool first_line = i == 0 || blocks[i - 1].block.anchor != b.anchor;
      const bool last_line = i + 1 == blocks.size() || blocks[i + 1].block.anchor != b.anchor;
      if ((first_line || last_line) &&
          doc_.TextUpTo(at, kMaxBylineBytes).size() > kMaxBylineBytes) {
        Consider(b.first_node, 2, false, &candidates, b.text);
      }
    }
    ConsiderSignature(&candidates);
    return candidates;
  }

 private:
  // An author icon before the name: "<i class='bi-person'></i> Jane".
  bool IsPersonIcon(NodeId id) const {
    const dom::Node& node = doc_.node(id);
    return node.first_child == kNoNode &&
           (node.tag == Tag::kI || node.tag == Tag::kSpan || node.tag == Tag::kSvg) &&
           HasPersonIconClass(doc_.attr(id, "class"));
  }

  // A WordPress avatar in the meta line: "Dec 26, 2025 • <img
  // class='avatar'> Jane Doe in <a>Guides</a>".
  bool IsAvatarNearHeadline(NodeId id) const {
    // (By its class or id: "<img id=authorAvatar>".)
    return doc_.node(id).tag == Tag::kImg && page_.NearHeadline(id) &&
           (text::AsciiLower(doc_.attr(id, "class")).find("avatar") != std::string::npos ||
            text::AsciiLower(doc_.attr(id, "id")).find("avatar") != std::string::npos);
  }

  // A link holding a portrait and the name its alt text gives, in a
  // short meta line with a date: "2025-12-17 · <a title='Jane Doe'><img alt='Jane Doe'>
  // <div>Jane Doe</div></a>".
  bool IsPortraitLinkNearHeadline(NodeId id) const {
    if (doc_.node(id).tag != Tag::kImg || !page_.NearHeadline(id)) return false;
    const NodeId link = doc_.node(id).parent;
    if (link == kNoNode || doc_.node(link).tag != Tag::kA) return false;
    const std::string alt = MatchKey(doc_.attr(id, "alt"));
    if (alt.empty() || MatchKey(doc_.TextUpTo(link, kMaxPlainBylineBytes)) != alt ||
        !LooksLikePersonName(doc_.attr(id, "alt"))) {
      return false;
    }
    // With the date beside it, as bylines have (not a recipe's picture
    // and name, nor a printer icon and "Printer Friendly").
    const NodeId line = doc_.node(link).parent;
    if (line == kNoNode) return false;
    const std::string text = doc_.TextUpTo(line, kMaxPlainBylineBytes);
    return text.size() <= kMaxPlainBylineBytes && byline_text::HasDigit(text);
  }

  bool Excluded(NodeId id) const {
    const classify::Removal removal = content_.removal[id];
    if (removal == classify::Removal::kNonText || removal == classify::Removal::kHidden) {
      return true;
    }
    for (NodeId a = id; a != kNoNode; a = doc_.node(a).parent) {
      if ((content_.hints[a] & classify::kHintComments) != 0) return true;
      if (doc_.node(a).tag == Tag::kForm) return true;
    }
    return false;
  }

  // Near the headline, above the body: +3. In the article: +1. In a
  // sidebar or footer, or after much of the body: -3.
  int PlacementScore(NodeId id, bool prefixed) const {
    const NodeId region = content_.region;
    const bool in_region = region != kNoNode && doc_.Contains(region, id);
    const bool before_body = page_.body_start == kNoNode || id < page_.body_start;
    // (And "By Jane Doe" below a standfirst paragraph the classifier kept
    // as the body's first: "<h1>..</h1><p>Teaser...</p><p><b>Von Jane
    // Doe</b></p>".)
    if (page_.NearHeadline(id) || (prefixed && page_.StandfirstOnlyBefore(id))) return 3;
    int score = 0;
    if (in_region) {
      score += 1;
    } else {
      const classify::Removal removal = content_.removal[id];
      if (removal == classify::Removal::kHint) score -= 3;
      if (region != kNoNode && id > doc_.node(region).end) score -= 3;
    }
    // After much of the body: an "About the author" box, unless a "By",
    // "Text:" or "Posted by" says it is the byline at the article's end.
    if (!before_body && !prefixed && BodyShareBefore(id) > 0.3) score -= 4;
    return score;
  }

  // The share of the kept body text before node `id`. Asked of every
  // candidate: the kept blocks' running lengths are summed once, in
  // order of their first node, and looked up.
  double BodyShareBefore(NodeId id) const {
    if (!kept_summed_) {
      kept_summed_ = true;
      for (const classify::ScoredBlock& b : content_.blocks) {
        if (b.keep) kept_starts_.emplace_back(b.block.first_node, b.block.length);
      }
      std::sort(kept_starts_.begin(), kept_starts_.end());
      size_t sum = 0;
      for (auto& [first_node, length] : kept_starts_) length = sum += length;
    }
    if (kept_starts_.empty()) return 0.0;
    const size_t total = kept_starts_.back().second;
    // The running length of the last kept block starting before `id`.
    const auto after =
        std::lower_bound(kept_starts_.begin(), kept_starts_.end(), std::make_pair(id, size_t{0}));
    const size_t before = after == kept_starts_.begin() ? 0 : std::prev(after)->second;
    return total == 0 ? 0.0 : static_cast<double>(before) / static_cast<double>(total);
  }

  // Adds `id` as a candidate when it names someone; true when it did.
  // `shown` is the text to read when it is not all of `id`'s.
  bool Consider(NodeId id, int kind_score, bool user_names, std::vector<BylineCandidate>* out,
                std::string_view shown = {}) const {
    if (Excluded(id)) return false;
    const std::string text = shown.empty() ? BylineText(doc_, id) : std::string(shown);
    if (text.empty() || text.size() > kMaxBylineBytes) return false;
    // A long text without "By ..." is a biography or a byline with a
    // date and teaser: only a name right at its start counts.
    const bool long_text = text.size() > kMaxPlainBylineBytes && !HasBylinePrefix(text);
    const std::string lower = text::AsciiLower(text);
    for (std::string_view comment : {" says", " sagt", " schreibt", " wrote", " a écrit"}) {
      if (lower.find(comment) != std::string::npos) return false;  // a comment's author
    }
    // "Reviewed by <a class=author-link>Jane Doe</a>": a reviewer.
    const NodeId parent = doc_.node(id).parent;
    if (StartsWithOtherRole(lower) ||
        (parent != kNoNode &&
         StartsWithOtherRole(text::AsciiLower(doc_.TextUpTo(parent, kMaxPlainBylineBytes))))) {
      return false;
    }
    BylineCandidate c;
    c.id = id;
    c.end = doc_.node(id).end;
    page_.reader.AddNames(text, BylineOptions{.allow_user_names = user_names}, &c.names);
    if (long_text && !c.names.empty()) {
      if (!text.starts_with(c.names.front())) return false;
      c.names.resize(1);
    }
    if (c.names.empty()) return false;
    // (A Korean role after the name says "byline" as "By" does.)
    const bool prefixed = HasBylinePrefix(text) || byline_prefixes::HasKoreanReporterRole(text);
    // (Not the text beside a person icon: "<i class=glyphicon-user></i>
    // Your account".)
    // A role after the name says no more than that it is a byline ("<div
    // class=author-info><div>Jane Doe</div><div>Writer</div></div>").
    c.tight =
        prefixed ||
        (kind_score >= 3 && c.names.size() == 1 &&
         (MatchKey(text) == MatchKey(c.names.front()) || IsNameAndRole(text, c.names.front())));
    c.score = kind_score + PlacementScore(id, prefixed) + (prefixed ? 2 : 0);
    c.linked = user_names;  // (only author links and itemprop=author allow them)
    out->push_back(std::move(c));
    return true;
  }

  // Byline markup by class or id (byline_markup_internal.h); the
  // classifier's byline hint first, but for a writer's class, which has
  // none.
  // Fills class_ with the element's class and names_ with "class id",
  // lower-cased, reusing their buffers.
  void LowerClassAndId(NodeId id) const {
    const auto append_lower = [](std::string_view from, std::string* to) {
      for (const char c : from) to->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    };
    class_.clear();
    append_lower(doc_.attr(id, "class"), &class_);
    names_ = class_;
    names_.push_back(' ');
    append_lower(doc_.attr(id, "id"), &names_);
  }

  // After LowerClassAndId(id).
  bool HasAuthorClass(NodeId id) const {
    if (NamesWriterClass(names_)) return true;
    return (content_.hints[id] & classify::kHintByline) != 0 && NamesAuthorClass(names_);
  }

  // After LowerClassAndId().
  bool IsAuthorDescription() const { return NamesAuthorDescription(class_); }

  // The element right before an author's description, holding a name and
  // nothing else: "<p class=gb-headline>Jane Doe</p><div
  // class=author-description>Licensed Grader, M.A.</div>".
  void ConsiderNameBefore(NodeId description, std::vector<BylineCandidate>* candidates) const {
    const NodeId parent = doc_.node(description).parent;
    if (parent == kNoNode) return;
    // Back over blank text to the element before (in pre-order, the node
    // just before a sibling lies in the previous sibling's subtree: climb
    // from it to the parent's level; not a walk over all the siblings).
    NodeId prev = description;
    for (;;) {
      if (prev == parent + 1) return;  // the first child
      NodeId n = prev - 1;
      while (doc_.node(n).parent != parent) n = doc_.node(n).parent;
      prev = n;
      if (doc_.node(prev).is_element()) break;
      if (!text::Trim(doc_.text(prev)).empty()) return;  // text between them
    }
    const std::string line = doc_.TextUpTo(prev, 61);
    const size_t words = text::MeasureText(line).words;
    if (line.size() <= 60 && words >= 2 && words <= 4) Consider(prev, 3, false, candidates);
  }

  // An author box with a biography names the author first: "<div class=author-box><img><div>Jane
  // Doe</div><p>Jane Doe is a ...</p></div>".
  void ConsiderBoxName(NodeId box, std::vector<BylineCandidate>* candidates) const {
    const NodeId end = doc_.node(box).end;
    if (end - box > 400) return;  // not a box: a page-wide wrapper
    for (NodeId n = box + 1; n < end; ++n) {
      const dom::Node& node = doc_.node(n);
      if (!node.is_text()) continue;
      if (text::Trim(doc_.text(n)).empty()) continue;
      const NodeId element = node.parent;
      if (element == box || doc_.Text(box).size() <= kMaxPlainBylineBytes) return;
      // Two to four words, as a name has ("Quelle" or "Sports" head other boxes).
      const std::string line = doc_.Text(element);
      const size_t words = text::MeasureText(line).words;
      if (line.size() <= 60 && words >= 2 && words <= 4) Consider(element, 3, false, candidates);
      return;
    }
  }

  // "By Jane Doe" opening a short element between the headline and the
  // body, inside a longer block ("<p>Mar 24, 2025</p><p class=meta>By
  // Jane Doe</p>" read as one block).
  // (First in its element, or after its date only: "<div class=meta><time>03/01/2017</time>
  // by Jane Doe</div>".)
  void ConsiderPrefixed(NodeId text_node, std::vector<BylineCandidate>* candidates) const {
    const NodeId parent = doc_.node(text_node).parent;
    if (parent == kNoNode) return;
    for (NodeId c = doc_.node(parent).first_child; c != text_node; c = doc_.node(c).next_sibling) {
      if (c == kNoNode) return;
      const dom::Node& node = doc_.node(c);
      if (node.is_text() ? !text::Trim(doc_.text(c)).empty() : node.tag != Tag::kTime) return;
    }
    if (!page_.NearHeadline(parent)) return;  // menus: "Door Check Gas Springs", "Shop by Brand"
    if (doc_.TextUpTo(parent, kMaxPlainBylineBytes).size() > kMaxPlainBylineBytes) return;
    Consider(parent, 2, false, candidates);
  }

  // The article's last paragraph when it is a name in bold or italics and
  // nothing else, as a signature: "<p><strong>Jane Doe</strong></p>".
  void ConsiderSignature(std::vector<BylineCandidate>* candidates) const {
    const classify::TextBlock* last = nullptr;
    size_t after_prose = 0;  // the block after the last kept paragraph of prose
    for (size_t i = 0; i < content_.blocks.size(); ++i) {
      const classify::ScoredBlock& b = content_.blocks[i];
      if (!b.keep) continue;
      last = &b.block;
      if (b.block.kind == BlockKind::kParagraph && b.block.length >= 120) after_prose = i + 1;
    }
    if (after_prose > 0 && after_prose < content_.blocks.size()) {
      ConsiderCopyrightSignature(content_.blocks[after_prose].block, candidates);
    }
    if (last == nullptr || last->kind != BlockKind::kParagraph || last->words < 2 ||
        last->words > 3 || last->text.size() > 60 || last->first_node == kNoNode) {
      return;
    }
    const NodeId emphasis = doc_.node(last->first_node).parent;
    if (emphasis == kNoNode) return;
    const Tag tag = doc_.node(emphasis).tag;
    if (tag != Tag::kStrong && tag != Tag::kB && tag != Tag::kEm && tag != Tag::kI) return;
    if (MatchKey(doc_.Text(emphasis)) != MatchKey(last->text)) return;
    if (!LooksLikePersonName(last->text)) return;
    Consider(emphasis, 3, false, candidates);
  }

  // The line right after the article's last paragraph of prose when it is "©
  // 2019 Jane Doe" and nothing else: the writer's own copyright, as
  // personal sites sign their texts (the site's or a company's name is
  // no person; a photo's credit sits by its photo).
  void ConsiderCopyrightSignature(const classify::TextBlock& line,
                                  std::vector<BylineCandidate>* candidates) const {
    if (line.first_node == kNoNode || line.text.size() > 60) return;
    const std::string_view name = byline_prefixes::StripCopyrightYears(line.text);
    const size_t words = text::MeasureText(name).words;
    if (words < 2 || words > 3 || !LooksLikePersonName(name)) return;
    const NodeId at = line.anchor != kNoNode ? line.anchor : line.first_node;
    Consider(at, 3, false, candidates, name);
  }

  // The nearest ancestor of a label or icon that holds more than it: the
  // byline with its name.
  void ConsiderAround(NodeId id, bool label, std::vector<BylineCandidate>* candidates) const {
    NodeId up = doc_.node(id).parent;
    // A label that is a link is a menu's "Authors" / "Autoren".
    if (label && up != kNoNode && doc_.node(up).tag == Tag::kA) return;
    NodeId only_label = kNoNode;  // the outermost element holding just the label
    for (int steps = 0; up != kNoNode && steps < 3; ++steps, up = doc_.node(up).parent) {
      const std::string text = doc_.TextUpTo(up, kMaxPlainBylineBytes);
      if (text.size() > kMaxPlainBylineBytes) break;
      if (label ? !IsBylineLabel(text) : !text::Trim(text).empty()) {
        if (Consider(up, label ? 3 : 2, false, candidates)) return;
        break;
      }
      only_label = up;
    }
    // The label and the name in a box with a biography: "<h2>Article
    // by</h2><div>Jane Doe</div><p>Jane writes about...</p>", or with
    // buttons that are no name ("Let's talk", "Subscribe").
    // Not a menu's "Authors" link and the link after it.
    if (!label || only_label == kNoNode || doc_.node(only_label).tag == Tag::kA) return;
    NodeId next = doc_.node(only_label).next_sibling;
    while (next != kNoNode && !doc_.node(next).is_element()) next = doc_.node(next).next_sibling;
    if (next != kNoNode) Consider(next, 3, false, candidates);
  }

  const BylinePage& page_;
  mutable std::string class_;  // LowerClassAndId()
  mutable std::string names_;
  const dom::Document& doc_;
  const classify::Content& content_;
  // BodyShareBefore()'s table: (first node, running length) of the kept
  // blocks, by first node; built on first use.
  mutable bool kept_summed_ = false;
  mutable std::vector<std::pair<NodeId, size_t>> kept_starts_;
};

}  // namespace

std::vector<BylineCandidate> FindBylineCandidates(const BylinePage& page) {
  return CandidateFinder(page).Run();
}

}  // namespace newsift::metadata

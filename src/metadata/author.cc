#include "newsift/metadata/author.h"

#include <algorithm>

#include "layout_internal.h"
#include "newsift/classify/hints.h"
#include "newsift/metadata/field_text.h"
#include "newsift/metadata/title_parts.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Longest text of an element read as a byline; longer ones are author
// boxes with a biography.
constexpr size_t kMaxBylineBytes = 250;
constexpr size_t kMaxPlainBylineBytes = 100;
// Least score of a byline candidate taken on its own; below it, one
// naming the same person as every other candidate down to kMinWeakScore
// (an author box below the article, a footer's "Posted by").
constexpr int kMinScore = 2;
constexpr int kMinWeakScore = -4;

// <meta> names whose values name authors.
constexpr std::string_view kAuthorKeys[] = {
    "author",          "article:author", "dc.creator", "dcterms.creator",
    "sailthru.author", "parsely-author", "byl",        "citation_author",
    "dc.contributor",  "twitter:data1"};

// Same person: same words, or one name's words within the other's with the
// same last word ("Jane Doe" ~ "Jane A. Doe").
bool SamePerson(std::string_view a, std::string_view b) {
  const std::string ka = MatchKey(a);
  const std::string kb = MatchKey(b);
  if (ka == kb) return true;
  const std::string_view shorter = ka.size() < kb.size() ? ka : kb;
  const std::string_view longer = ka.size() < kb.size() ? kb : ka;
  const size_t last = shorter.rfind(' ');
  const std::string_view last_word =
      last == std::string_view::npos ? shorter : shorter.substr(last + 1);
  return last_word.size() > 1 && longer.ends_with(last_word) &&
         (longer.size() == last_word.size() || longer[longer.size() - last_word.size() - 1] == ' ');
}

bool Covers(const std::vector<std::string>& names, const std::vector<std::string>& others) {
  return std::all_of(others.begin(), others.end(), [&](const std::string& o) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return SamePerson(n, o); });
  });
}

void AddUnique(std::vector<std::string>* names, std::string name) {
  for (const std::string& n : *names) {
    if (SamePerson(n, name)) return;
  }
  names->push_back(std::move(name));
}

// A link to an author's page: "/author/jdoe/" (WordPress), "/autor/...",
// "/authors/...".
bool IsAuthorPageLink(std::string_view href) {
  for (std::string_view part : {"/author/", "/authors/", "/autor/", "/autoren/", "/auteur/"}) {
    if (href.find(part) != std::string_view::npos) return true;
  }
  return false;
}

// An icon of a person before an author's name: Bootstrap's "bi-person",
// Font Awesome's "fa-user", "icon-author".
bool HasPersonIconClass(std::string_view names) {
  const std::string lower = text::AsciiLower(names);
  if (lower.find("icon") == std::string::npos && lower.find("fa-") == std::string::npos &&
      lower.find("bi-") == std::string::npos) {
    return false;
  }
  return lower.find("person") != std::string::npos || lower.find("user") != std::string::npos ||
         lower.find("author") != std::string::npos;
}

// A user name rather than a person's name: one word without capitals
// ("jdoe", "andrew.keaveney").
bool IsUserName(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  return std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

class AuthorFinder {
 public:
  AuthorFinder(const dom::Document& doc, const classify::Content& content, const PageMeta& meta,
               const JsonLd& json_ld, NodeId headline)
      : doc_(doc), content_(content), meta_(meta), json_ld_(json_ld), headline_(headline) {
    const JsonLdArticle* article = json_ld.Main();
    if (auto site = meta.Get("og:site_name")) site_.AddName(*site);
    if (article && article->publisher) site_.AddName(*article->publisher);
    if (json_ld.site_name) site_.AddName(*json_ld.site_name);
    language_ = meta.html_lang;
    if (language_.empty()) language_ = meta.Get("content-language").value_or("");
  }

  Authors Run() {
    const std::vector<std::string> stated = Stated();
    Authors visible = Visible();
    Authors result;
    result.byline = visible.byline;
    if (visible.names.empty()) {
      result.names = stated;
    } else if (stated.empty()) {
      result.names = std::move(visible.names);
    } else if (Covers(visible.names, stated) && visible.names.size() > stated.size()) {
      result.names = std::move(visible.names);  // the byline names more of them
    } else if (std::all_of(stated.begin(), stated.end(),
                           [&](const std::string& n) {
                             return IsUserName(n) || site_.Matches(MatchKey(n));
                           }) &&
               !Covers(stated, visible.names)) {
      // "jdoe" or the site's name in the meta, "Jane Doe" shown.
      result.names = std::move(visible.names);
    } else if (visible_prefixed_near_headline_ && !Covers(stated, visible.names) &&
               !Covers(visible.names, stated) && PlainNames(visible.names)) {
      // "By Jane Doe" under the headline, someone else in the metadata
      // (the page's editor, a template's default): the page shows who
      // wrote it.
      result.names = std::move(visible.names);
    } else {
      result.names = stated;
    }
    return result;
  }

 private:
  // Names of two or three words each, as a byline's are when nothing
  // else was read with them ("Shivkumar M Head Product Launches").
  static bool PlainNames(const std::vector<std::string>& names) {
    return std::all_of(names.begin(), names.end(), [](const std::string& n) {
      const size_t words = text::MeasureText(n).words;
      return words >= 2 && words <= 3;
    });
  }

  // The site's own name is no author ("USA TODAY", "Example News"), unless
  // it is a person's name: personal sites are named after their authors.
  bool NamesSite(std::string_view name) const {
    if (!site_.Matches(MatchKey(name))) return false;
    const bool capitals_only =
        std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return capitals_only || name.find(' ') == std::string_view::npos;
  }

  void AddNames(std::string_view text, const BylineOptions& options,
                std::vector<std::string>* names) const {
    BylineOptions with_language = options;
    with_language.language = language_;
    for (std::string& name : ParseByline(text, with_language)) {
      if (!NamesSite(name)) AddUnique(names, std::move(name));
    }
  }

  // The owner named in <meta name=copyright> ("Copyright (c) Example
  // Media 2022"): publishers put themselves in <meta name=author> too.
  bool IsCopyrightHolder(std::string_view name) const {
    const auto copyright = meta_.Get("copyright");
    if (!copyright) return false;
    const std::string key = MatchKey(name);
    size_t before = 0;
    size_t after = 0;
    return !key.empty() && KeyContains(MatchKey(*copyright), key, &before, &after);
  }

  // What the page states in JSON-LD and <meta>.
  std::vector<std::string> Stated() const {
    std::vector<std::string> names;
    const BylineOptions options{.allow_user_names = true};
    if (const JsonLdArticle* article = json_ld_.Main()) {
      for (const JsonLdAuthor& author : article->authors) {
        if (!author.is_organization) AddNames(author.name, options, &names);
      }
      if (!names.empty()) return names;
    }
    for (std::string_view key : kAuthorKeys) {
      for (const auto& [k, v] : meta_.tags) {
        if (k != key || v.find("://") != std::string::npos || v.starts_with("@")) continue;
        // Yoast's "Written by" / "Verfasst von" / "Écrit par" label.
        if (key == "twitter:data1" && !IsBylineLabel(meta_.Get("twitter:label1").value_or(""))) {
          continue;
        }
        if (!IsCopyrightHolder(v)) AddNames(v, options, &names);
      }
      if (!names.empty()) return names;
    }
    return names;
  }

  struct Candidate {
    NodeId id = kNoNode;
    int score = 0;
    NodeId end = kNoNode;  // of the subtree
    std::vector<std::string> names;
    // "By Jane Doe", or an element holding one name and nothing else.
    bool tight = false;
  };

  // True when `best`, outside the article, is one of a list of bylines:
  // another element of the same kind and class names someone else (a
  // sidebar's "Roads plan / By Mia Berg", "Park fees / By Leo Marsh").
  bool InBylineList(const Candidate& best, const std::vector<Candidate>& candidates) const {
    const NodeId region = content_.region;
    if (NearHeadline(best.id) || region == kNoNode || doc_.Contains(region, best.id)) return false;
    const dom::Node& node = doc_.node(best.id);
    for (const Candidate& c : candidates) {
      if (&c == &best || doc_.node(c.id).tag != node.tag || Covers(c.names, best.names) ||
          doc_.attr(c.id, "class") != doc_.attr(best.id, "class") ||
          doc_.node(c.id).parent == node.parent) {
        continue;
      }
      return true;
    }
    return false;
  }

  static size_t NameBytes(const Candidate& c) {
    size_t bytes = 0;
    for (const std::string& name : c.names) bytes += name.size();
    return bytes;
  }
  // An equally placed candidate inside `best` that holds only a name,
  // shorter than the one read from all of `best` ("<div
  // class=author-box><span class=name>Liz Kenny</span> Former
  // Consultant</div>"): its element says where the name ends. Not when
  // `best` names more people ("By <a>A</a> and <a>B</a>").
  static const Candidate* Innermost(const Candidate* best,
                                    const std::vector<Candidate>& candidates) {
    for (const Candidate& c : candidates) {
      if (c.id > best->id && c.id < best->end && c.score == best->score && c.tight &&
          c.names.size() >= best->names.size() &&
          (!best->tight || NameBytes(c) < NameBytes(*best))) {
        best = &c;
      }
    }
    return best;
  }

  // The one person the weakly placed candidates name, when they name one
  // ("<p class=name><a rel=author>Jane Doe</a></p>" in a post's footer,
  // "Written by Jane Doe" in an author box below the article), or null.
  // Several people down there are a list of other stories' bylines; one
  // word or a name in a box of other text is a menu or a category, not
  // a person ("Careers", "Lifestyle March 12").
  const Candidate* LoneWeakCandidate(const std::vector<Candidate>& candidates) const {
    const Candidate* lone = nullptr;
    for (const Candidate& c : candidates) {
      if (c.score < kMinWeakScore || InBylineList(c, candidates)) continue;
      if (lone != nullptr &&
          !(c.names.size() == lone->names.size() && Covers(c.names, lone->names))) {
        return nullptr;
      }
      // The tightest and shortest of them: "Martin Junker" before "Alles
      // von Martin Junker" ("all posts by").
      if (lone == nullptr || (c.tight && !lone->tight) ||
          (c.tight == lone->tight && NameBytes(c) < NameBytes(*lone))) {
        lone = &c;
      }
    }
    if (lone == nullptr || !lone->tight) return nullptr;
    for (const std::string& name : lone->names) {
      // Written like a name, without the leeway for user names.
      const text::TextStats stats = text::MeasureText(name);
      if (stats.dense > 0 || stats.words < 2 || stats.words > 4 || !LooksLikePersonName(name)) {
        return nullptr;
      }
    }
    return lone;
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

  bool NearHeadline(NodeId id) const {
    const bool after_headline = headline_ != kNoNode && id > headline_;
    const bool before_body = body_start_ == kNoNode || id < body_start_;
    return after_headline && before_body && (id - headline_) < 400;
  }

  // Near the headline, above the body: +3. In the article: +1. In a
  // sidebar or footer, or after much of the body: -3.
  int PlacementScore(NodeId id, bool prefixed) const {
    const NodeId region = content_.region;
    const bool in_region = region != kNoNode && doc_.Contains(region, id);
    const bool before_body = body_start_ == kNoNode || id < body_start_;
    if (NearHeadline(id)) return 3;
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

  // The share of the kept body text before node `id`.
  double BodyShareBefore(NodeId id) const {
    size_t before = 0;
    size_t total = 0;
    for (const classify::ScoredBlock& b : content_.blocks) {
      if (!b.keep) continue;
      total += b.block.length;
      if (b.block.first_node < id) before += b.block.length;
    }
    return total == 0 ? 0.0 : static_cast<double>(before) / static_cast<double>(total);
  }

  // The text a byline element shows: an itemprop=name inside it, else
  // all of it.
  std::string BylineText(NodeId id) const {
    const NodeId end = doc_.node(id).end;
    for (NodeId d = id + 1; d < end; ++d) {
      if (doc_.node(d).is_element() &&
          text::EqualsIgnoringAsciiCase(doc_.attr(d, "itemprop"), "name")) {
        // <meta itemprop="name" content="Jane Doe"> in microdata.
        if (doc_.node(d).tag == Tag::kMeta) return std::string(doc_.attr(d, "content"));
        return SpacedText(d);
      }
    }
    return SpacedText(id);
  }

  // The text below `id` with a space between the texts of different
  // elements: bylines put a name and a role side by side in spans with
  // nothing between them ("<span>Howard Blume</span><span>Staff
  // Writer</span>", which Document::Text joins as "Howard BlumeStaff").
  std::string SpacedText(NodeId id) const {
    std::string out;
    const NodeId end = doc_.node(id).end;
    for (NodeId n = id; n < end; ++n) {
      const dom::Node& node = doc_.node(n);
      if (node.is_element()) {
        if (node.tag == Tag::kScript || node.tag == Tag::kStyle) n = node.end - 1;
        continue;
      }
      const std::string_view t = text::Trim(doc_.text(n));
      if (t.empty()) continue;
      if (!out.empty()) out.push_back(' ');
      out.append(t);
    }
    return out;
  }

  void Consider(NodeId id, int kind_score, bool user_names, std::vector<Candidate>* out) const {
    if (Excluded(id)) return;
    const std::string text = BylineText(id);
    if (text.empty() || text.size() > kMaxBylineBytes) return;
    // A long text without "By ..." is a biography or a byline with a
    // date and teaser: only a name right at its start counts.
    const bool long_text = text.size() > kMaxPlainBylineBytes && !HasBylinePrefix(text);
    const std::string lower = text::AsciiLower(text);
    for (std::string_view comment : {" says", " sagt", " schreibt", " wrote", " a écrit"}) {
      if (lower.find(comment) != std::string::npos) return;  // a comment's author
    }
    Candidate c;
    c.id = id;
    c.end = doc_.node(id).end;
    AddNames(text, BylineOptions{.allow_user_names = user_names}, &c.names);
    if (long_text && !c.names.empty()) {
      if (!text.starts_with(c.names.front())) return;
      c.names.resize(1);
    }
    if (c.names.empty()) return;
    const bool prefixed = HasBylinePrefix(text);
    // (Not the text beside a person icon: "<i class=glyphicon-user></i>
    // Your account".)
    c.tight = prefixed || (kind_score >= 3 && c.names.size() == 1 &&
                           MatchKey(text) == MatchKey(c.names.front()));
    c.score = kind_score + PlacementScore(id, prefixed) + (prefixed ? 2 : 0);
    out->push_back(std::move(c));
  }

  bool HasAuthorClass(NodeId id) const {
    if ((content_.hints[id] & classify::kHintByline) == 0) return false;
    const std::string names =
        text::AsciiLower(doc_.attr(id, "class")) + " " + text::AsciiLower(doc_.attr(id, "id"));
    if (names.find("bio") != std::string::npos || names.find("avatar") != std::string::npos ||
        names.find("description") != std::string::npos) {
      return false;
    }
    return names.find("byline") != std::string::npos || names.find("author") != std::string::npos ||
           names.find("autor") != std::string::npos || names.find("auteur") != std::string::npos;
  }

  // An author box with a biography names the author first: "<div class=author-box><img><div>Jane
  // Doe</div><p>Jane Doe is a ...</p></div>".
  void ConsiderBoxName(NodeId box, std::vector<Candidate>* candidates) const {
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
  void ConsiderPrefixed(NodeId text_node, std::vector<Candidate>* candidates) const {
    const NodeId parent = doc_.node(text_node).parent;
    if (parent == kNoNode || doc_.node(parent).first_child != text_node) return;
    if (!NearHeadline(parent)) return;  // menus: "Door Check Gas Springs", "Shop by Brand"
    if (doc_.Text(parent).size() > kMaxPlainBylineBytes) return;
    Consider(parent, 2, false, candidates);
  }

  // The nearest ancestor of a label or icon that holds more than it: the
  // byline with its name.
  void ConsiderAround(NodeId id, bool label, std::vector<Candidate>* candidates) const {
    NodeId up = doc_.node(id).parent;
    NodeId only_label = kNoNode;  // the outermost element holding just the label
    for (int steps = 0; up != kNoNode && steps < 3; ++steps, up = doc_.node(up).parent) {
      const std::string text = doc_.Text(up);
      if (text.size() > kMaxPlainBylineBytes) break;
      if (label ? !IsBylineLabel(text) : !text::Trim(text).empty()) {
        Consider(up, label ? 3 : 2, false, candidates);
        return;
      }
      only_label = up;
    }
    // The label and the name in a box with a biography: "<h2>Article
    // by</h2><div>Jane Doe</div><p>Jane writes about...</p>".
    if (!label || only_label == kNoNode) return;
    NodeId next = doc_.node(only_label).next_sibling;
    while (next != kNoNode && !doc_.node(next).is_element()) next = doc_.node(next).next_sibling;
    if (next != kNoNode) Consider(next, 3, false, candidates);
  }

  Authors Visible() {
    body_start_ = BodyStart(content_);
    std::vector<Candidate> candidates;
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      // A label and the name in elements of their own: "<p>Written
      // by</p><p>Jane Doe</p>", "<h2>Article by</h2><div>Jane Doe</div>".
      if (node.is_text()) {
        const std::string_view t = doc_.text(id);
        if (IsBylineLabel(t)) {
          ConsiderAround(id, true, &candidates);
        } else if (NearHeadline(id) && t.size() <= kMaxPlainBylineBytes && HasBylinePrefix(t)) {
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
      } else if (HasAuthorClass(id)) {
        Consider(id, 3, false, &candidates);
        ConsiderBoxName(id, &candidates);
      } else if (node.first_child == kNoNode &&
                 (node.tag == Tag::kI || node.tag == Tag::kSpan || node.tag == Tag::kSvg) &&
                 HasPersonIconClass(doc_.attr(id, "class"))) {
        // An author icon before the name: "<i class='bi-person'></i> Jane".
        ConsiderAround(id, false, &candidates);
      } else if (node.tag == Tag::kImg && NearHeadline(id) &&
                 text::AsciiLower(doc_.attr(id, "class")).find("avatar") != std::string::npos) {
        // A WordPress avatar in the meta line: "Dec 26, 2025 • <img
        // class='avatar'> Jane Doe in <a>Guides</a>".
        ConsiderAround(id, false, &candidates);
      }
    }
    // "By Jane Doe" lines without markup.
    for (const classify::ScoredBlock& b : content_.blocks) {
      if (b.block.length > 150 || !HasBylinePrefix(b.block.text)) continue;
      const NodeId at = b.block.anchor != kNoNode ? b.block.anchor : b.block.first_node;
      Consider(at, 2, false, &candidates);
    }
    Authors result;
    if (candidates.empty()) return result;
    const Candidate* best = &candidates.front();
    for (const Candidate& c : candidates) {
      if (c.score > best->score) best = &c;
    }
    best = Innermost(best, candidates);
    if (best->score < kMinScore || InBylineList(*best, candidates)) {
      best = LoneWeakCandidate(candidates);
      if (best == nullptr) return result;
    }
    result.names = best->names;
    visible_prefixed_near_headline_ =
        NearHeadline(best->id) && HasBylinePrefix(BylineText(best->id));
    // Several author links side by side ("<a rel=author>A</a> and <a
    // rel=author>B</a>"): the names of the best one's siblings.
    // Not names inside the best one: its own text says what they are
    // ("By Jane Doe | Fact-checked by John Roe").
    const NodeId parent = doc_.node(best->id).parent;
    for (const Candidate& c : candidates) {
      if (&c == best || c.score < best->score - 1 || parent == kNoNode) continue;
      // (Of the same class too: "<span class=author>Paul</span><span
      // class=category>Science</span>".)
      if (doc_.node(c.id).parent != parent || doc_.node(c.id).tag != doc_.node(best->id).tag ||
          doc_.attr(c.id, "class") != doc_.attr(best->id, "class")) {
        continue;
      }
      for (const std::string& name : c.names) AddUnique(&result.names, name);
    }
    const NodeId region = content_.region;
    if (doc_.Text(best->id).size() <= kMaxBylineBytes && best->id != region) {
      result.byline = best->id;
    }
    return result;
  }

  const dom::Document& doc_;
  const classify::Content& content_;
  const PageMeta& meta_;
  const JsonLd& json_ld_;
  const NodeId headline_;
  NodeId body_start_ = kNoNode;
  bool visible_prefixed_near_headline_ = false;
  SiteNames site_;
  std::string language_;  // declared, for names in Han script
};

}  // namespace

Authors FindAuthors(const dom::Document& doc, const classify::Content& content,
                    const PageMeta& meta, const JsonLd& json_ld, NodeId headline) {
  return AuthorFinder(doc, content, meta, json_ld, headline).Run();
}

}  // namespace newsift::metadata

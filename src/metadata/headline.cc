#include "newsift/metadata/headline.h"

#include <algorithm>
#include <vector>

#include "layout_internal.h"
#include "newsift/classify/hints.h"
#include "newsift/classify/labels.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// What a candidate earns for saying what the page's evidence says.
constexpr int kFullMatch = 10;    // the JSON-LD headline or og:title itself
constexpr int kTitleMatch = 9;    // the <title> or twitter:title itself
constexpr int kSlicedMatch = 8;   // the evidence, plus a kicker we cut off
constexpr int kSegmentMatch = 7;  // one part of a "Headline | Site" title
constexpr int kInsideMatch = 5;   // most of the evidence's words
constexpr int kHoldsMatch = 4;    // the evidence plus words we keep
constexpr int kNeutralPart = 0;   // a short part of og:title: no evidence
constexpr int kSectionPart = -3;  // a short <title> part: a section's name
// For the heading right above the article's first paragraph, and against
// candidates below it.
constexpr int kAboveBodyBonus = 3;
constexpr int kBelowBodyPenalty = 3;
// Longest text a headline candidate may have.
constexpr size_t kMaxHeadlineBytes = 400;

// The leading run of ASCII letters and digits of `text`, or "" when it
// starts with anything else.
std::string_view FirstAsciiWord(std::string_view text) {
  text = text::Trim(text);
  size_t n = 0;
  while (n < text.size()) {
    const char c = text[n];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) break;
    ++n;
  }
  if (n == 0 || (n < text.size() && static_cast<unsigned char>(text[n]) >= 0x80)) return {};
  return text.substr(0, n);
}

struct Evidence {
  std::string key;
  int score;
  bool segment;  // one part (or a run of parts) of a title
};

// Every statement the page makes about its headline, as MatchKeys.
class EvidenceSet {
 public:
  // `is_title`: a <title>, whose short parts name sections ("Sports -
  // Storm hits coast - Daily Planet"); og:title and JSON-LD parts are
  // rather "Artist – Song" pairs.
  void Add(std::string_view raw, int score, const SiteNames& site, bool is_title) {
    const std::string cleaned = CleanFieldText(raw);
    if (cleaned.empty()) return;
    AddKey(MatchKey(cleaned), score, false);
    AddKey(MatchKey(StripSiteParts(cleaned, site)), score - 1, false);
    const std::vector<TitlePart> parts = SplitTitle(cleaned, site);
    if (parts.size() < 2 || parts.size() > 8) return;
    // The longest part not naming the site is the headline's part, however
    // short ("Vibe Coding | example.org"); other short parts name
    // sections ("Sports - Storm hits coast - Daily Planet").
    size_t main_part = parts.size();
    size_t main_words = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
      const size_t words = text::MeasureText(parts[i].text).words;
      if (!parts[i].names_site && words > main_words) {
        main_part = i;
        main_words = words;
      }
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string run;
      size_t run_words = 0;
      for (size_t j = i; j < parts.size(); ++j) {
        if (parts[j].names_site) break;
        if (i == 0 && j + 1 == parts.size()) break;  // the whole title
        if (!run.empty()) run.push_back(' ');
        run += MatchKey(parts[j].text);
        run_words += text::MeasureText(parts[j].text).words;
        const bool headline_part = i == j && i == main_part;
        const int part_score = headline_part || run_words >= 3 ? kSegmentMatch
                               : is_title                      ? kSectionPart
                                                               : kNeutralPart;
        AddKey(run, part_score, true);
      }
    }
  }

  bool empty() const { return items_.empty(); }

  // True when some evidence starts with the word `text` starts with
  // (compared in ASCII lower case): a cheap test before a block's
  // MatchKey. Non-ASCII first words always pass.
  bool MayMatch(std::string_view text) const {
    const std::string_view word = FirstAsciiWord(text);
    if (word.empty()) return true;
    for (const Evidence& e : items_) {
      if (text::StartsWithIgnoringAsciiCase(e.key, word) &&
          (e.key.size() == word.size() || e.key[word.size()] == ' ')) {
        return true;
      }
    }
    return false;
  }
  const std::vector<Evidence>& items() const { return items_; }

 private:
  void AddKey(std::string key, int score, bool segment) {
    if (key.empty()) return;
    for (Evidence& e : items_) {
      if (e.key == key) {
        e.score = std::max(e.score, score);
        e.segment = e.segment && segment;
        return;
      }
    }
    items_.push_back({std::move(key), score, segment});
  }

  std::vector<Evidence> items_;
};

struct Match {
  int score = 0;
  // When the candidate holds the evidence plus words to cut off.
  bool sliced = false;
  size_t first = 0;
  size_t count = 0;
};

bool IsSeparatorGap(std::string_view gap) {
  static constexpr std::string_view kMarks[] = {"|", ":", "–", "—", " - ", "/",  "·",
                                                "•", "»", "›", "~", "｜",  "：", "_"};
  for (std::string_view mark : kMarks) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

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

// The word positions at which a text node of the candidate starts in its
// own element: a kicker, dateline, source or comment count there ends at
// one. Emphasis (<em>, <b>) inside the headline makes no boundary.
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

class HeadlineFinder {
 public:
  HeadlineFinder(const dom::Document& doc, const classify::Content& content, const PageMeta& meta,
                 const JsonLd& json_ld, std::string_view url)
      : doc_(doc), content_(content), meta_(meta), article_(json_ld.Main()) {
    // application-name is sometimes the page's title, not the site's.
    const std::string title_key = MatchKey(meta.title);
    const std::string og_key = MatchKey(meta.Get("og:title").value_or(""));
    for (auto name : {meta.Get("og:site_name"), meta.Get("application-name"),
                      meta.Get("apple-mobile-web-app-title")}) {
      if (!name) continue;
      const std::string key = MatchKey(*name);
      if (key == title_key || key == og_key || KeyWords(key) > 8) continue;
      site_.AddName(*name);
    }
    if (article_ && article_->publisher) site_.AddName(*article_->publisher);
    if (json_ld.site_name) site_.AddName(*json_ld.site_name);
    if (!url.empty()) site_.AddUrl(url);
    AddLogoNames();
    if (article_ && article_->headline) {
      evidence_.Add(*article_->headline, kFullMatch, site_, false);
    }
    if (auto og = meta.Get("og:title")) evidence_.Add(*og, kFullMatch, site_, false);
    if (auto tw = meta.Get("twitter:title")) evidence_.Add(*tw, kTitleMatch, site_, false);
    evidence_.Add(meta.title, kTitleMatch, site_, true);
  }

  Headline Run() {
    ScoreHeadings();
    ScoreBlocks();
    const Candidate* best = Choose();
    if (best != nullptr) {
      Headline result;
      result.text = best->text;
      // Only a heading element: a text block's anchor may hold the body
      // too (<td>headline<br>paragraphs</td>), and what the headline node
      // holds is not body text.
      // (Not an h2 or h3 below the body's first long block: what lies
      // before it would go.)
      const NodeId body = FirstLongBlock(content_);
      if (best->heading && (best->h1 || body == kNoNode || best->id < body)) {
        result.node = best->id;
      }
      // A text block's element only when it holds the headline alone
      // (<td class=storyhead><b>...</b></td>), not the body too.
      if (!best->heading && best->id != content_.region && (body == kNoNode || best->id < body) &&
          doc_.node(best->id).is_element() &&
          doc_.Text(best->id).size() <= best->text.size() + 16) {
        result.node = best->id;
      }
      return result;
    }
    return Fallback();
  }

 private:
  // A candidate's text, and how many words of a kicker were cut from its
  // front (so word positions still map onto the element).
  struct ShownText {
    std::string text;
    size_t skipped_words = 0;
  };

  struct Candidate {
    NodeId id = kNoNode;
    int score = 0;
    int match = 0;
    bool heading = false;  // a heading element, not a text block
    bool h1 = false;       // h1 or itemprop=headline
    bool plain = false;    // neither the site's name nor a logo
    std::string text;
    bool above_body = false;
  };

  Match MatchEvidence(const std::string& key, const std::string& text) const {
    // Saying exactly what some evidence says is the most specific match.
    bool exact = false;
    Match best;
    for (const Evidence& e : evidence_.items()) {
      if (key != e.key) continue;
      if (!exact || e.score > best.score) best = Match{e.score};
      exact = true;
    }
    if (exact) return best;
    const size_t words = KeyWords(key);
    for (const Evidence& e : evidence_.items()) {
      if (e.segment) continue;
      size_t before = 0;
      size_t after = 0;
      const size_t evidence_words = KeyWords(e.key);
      if (KeyContains(key, e.key, &before, &after)) {
        if (evidence_words < 2 || before + after > 16) continue;
        // Cut only at an element boundary or a separator: "Storm hits
        // coast, killing two" is not "Storm hits coast" with a kicker.
        const bool cut_before = before == 0 || IsCut(text, before);
        const bool cut_after = after == 0 || IsCut(text, before + evidence_words);
        if (cut_before && cut_after) {
          if (kSlicedMatch > best.score) best = Match{kSlicedMatch, true, before, evidence_words};
        } else if (kHoldsMatch > best.score) {
          best = Match{kHoldsMatch};
        }
        continue;
      }
      if (KeyContains(e.key, key, &before, &after) && words * 3 >= evidence_words * 2) {
        if (kInsideMatch > best.score) best = Match{kInsideMatch};
      }
    }
    return best;
  }

  // True when word `word` of the candidate's `text` starts after a
  // separator or in an element of its own (cut_node_, cut_offset_).
  bool IsCut(const std::string& text, size_t word) const {
    const std::string_view gap = GapBeforeWord(text, word);
    if (IsSeparatorGap(gap)) return true;
    if (cut_node_ == kNoNode || gap.find(',') != std::string_view::npos) return false;
    if (!boundaries_ready_) {
      boundaries_ = ElementBoundaries(doc_, cut_node_);
      boundaries_ready_ = true;
    }
    return std::find(boundaries_.begin(), boundaries_.end(), word + cut_offset_) !=
           boundaries_.end();
  }

  // Logos and home links: "<a href='/'><h1>Daily Planet</h1></a>",
  // "<h1><a href='https://example.org/'>Daily Planet</a></h1>",
  // "<h1 class='site-title'>".
  bool InLogo(NodeId id) const {
    const NodeId end = std::min(doc_.node(id).end, id + 12);
    for (NodeId d = id + 1; d < end; ++d) {
      if (doc_.node(d).tag == Tag::kA && IsHomeLink(doc_.attr(d, "href"))) return true;
    }
    int steps = 0;
    for (NodeId a = id; a != kNoNode && steps < 5; a = doc_.node(a).parent, ++steps) {
      // <body class="wp-custom-logo"> says nothing about one element.
      const Tag tag = doc_.node(a).tag;
      if (tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle) break;
      if (HasLogoName(doc_.attr(a, "class")) || HasLogoName(doc_.attr(a, "id"))) return true;
      if (doc_.node(a).tag == Tag::kA && IsHomeLink(doc_.attr(a, "href"))) return true;
    }
    return false;
  }

  int PlacementScore(NodeId id) const {
    const classify::Removal removal = content_.removal[id];
    const NodeId region = content_.region;
    const bool in_region = region != kNoNode && doc_.Contains(region, id);
    int score = 0;
    if (in_region) {
      score += 2;
    } else if (region != kNoNode && id < region) {
      score += 1;
    } else if (region != kNoNode) {
      score -= 1;  // after the article: sidebars, footers
    }
    // Boilerplate by class name outside the article (sidebars, widgets);
    // a <header> is no evidence either way: it holds the site's logo or
    // the article's own headline.
    if (!in_region && removal == classify::Removal::kHint) score -= 2;
    for (NodeId a = id; a != kNoNode; a = doc_.node(a).parent) {
      if ((content_.hints[a] & classify::kHintComments) != 0) {
        score -= 6;
        break;
      }
    }
    return score;
  }

  // The text of h1 logos ("<h1><a href='/'>Daily Planet</a></h1>") names
  // the site, in titles too.
  void AddLogoNames() {
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || node.tag != Tag::kH1 || !InLogo(id)) continue;
      const std::string name = CleanFieldText(doc_.Text(id));
      if (name.empty() || text::MeasureText(name).words > 6) continue;
      const std::string key = MatchKey(name);
      bool headline = false;
      for (const std::optional<std::string_view>& stated :
           {meta_.Get("og:title"), meta_.Get("twitter:title"),
            article_ && article_->headline ? std::optional<std::string_view>(*article_->headline)
                                           : std::nullopt}) {
        headline = headline || (stated && MatchKey(StripSiteParts(*stated, site_)) == key);
      }
      if (!headline) site_.AddName(name);
    }
  }

  // `kind` says what the candidate is: a visible heading may win without
  // evidence, hidden headings and text blocks need it.
  enum class Kind { kHeading, kHiddenHeading, kBlock };

  void Consider(NodeId id, ShownText shown, int tag_score, Kind kind, bool h1) {
    std::string& text = shown.text;
    if (text.empty() || text.size() > kMaxHeadlineBytes) return;
    std::string key = MatchKey(text);
    if (key.empty()) return;
    cut_node_ = kind == Kind::kBlock ? kNoNode : id;
    cut_offset_ = shown.skipped_words;
    boundaries_ready_ = false;
    const Match match = MatchEvidence(key, text);
    if (kind != Kind::kHeading && match.score < kSegmentMatch) return;
    int score = tag_score + match.score + PlacementScore(id);
    if (site_.Matches(key)) score -= 15;
    if (kind != Kind::kBlock && InLogo(id)) score -= 6;
    if (text::CountCodePoints(text) < 4) score -= 2;
    if (match.sliced) {
      std::string slice = SliceWords(text, match.first, match.count);
      if (!slice.empty()) text = std::move(slice);
    } else if (kind != Kind::kBlock) {
      // (Most headings have no separator: skip the work then.)
      if (text.find(" | ") != std::string::npos || text.find(" - ") != std::string::npos ||
          text.find(" – ") != std::string::npos || text.find(" — ") != std::string::npos) {
        text = StripPipedParts(text, site_);
      }
    }
    const bool heading = kind == Kind::kHeading;
    const bool plain = !site_.Matches(key) && (kind == Kind::kBlock || !InLogo(id));
    candidates_.push_back(
        Candidate{id, score, match.score, heading, h1 && heading, plain, std::move(text)});
  }

  void ScoreHeadings() {
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element()) continue;
      const classify::Removal removal = content_.removal[id];
      if (removal == classify::Removal::kNonText) {
        id = node.end - 1;
        continue;
      }
      const int level = dom::HeadingLevel(node.tag);
      const bool itemprop = text::EqualsIgnoringAsciiCase(doc_.attr(id, "itemprop"), "headline");
      if ((level == 0 || level > 3) && !itemprop) continue;
      const bool h1 = level == 1 || itemprop;
      // A hidden heading may still be the headline for screen readers and
      // search engines ("<h1 class='d-none'>"), when the evidence agrees.
      const bool hidden = removal == classify::Removal::kHidden;
      const int tag_score = (h1 ? 3 : level == 2 ? 1 : 0) - (hidden ? 4 : 0);
      if (h1 && !hidden) ++h1_count_;
      Consider(id, HeadingText(id), tag_score, hidden ? Kind::kHiddenHeading : Kind::kHeading, h1);
      id = node.end - 1;
    }
  }

  // Short blocks of kept text that say what a title part says: old pages
  // put the headline in <b>, <font> or <td class=title>.
  void ScoreBlocks() {
    if (evidence_.empty()) return;
    for (const classify::ScoredBlock& scored : content_.blocks) {
      const classify::TextBlock& block = scored.block;
      if (block.text.size() > kMaxHeadlineBytes || block.heading_level != 0) continue;
      if (block.words > 40 || !evidence_.MayMatch(block.text)) continue;
      const NodeId at = block.anchor != kNoNode ? block.anchor : block.first_node;
      Consider(at, ShownText{CleanFieldText(block.text)}, 0, Kind::kBlock, false);
    }
  }

  // The heading's text without a kicker in its own leading element
  // ("<h1><small>Weekly workout</small><br>Pyramid sets</h1>").
  ShownText HeadingText(NodeId id) const {
    ShownText full{CleanFieldText(doc_.Text(id))};
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
    NodeId first = kNoNode;
    for (NodeId c = doc_.node(id).first_child; c != kNoNode; c = doc_.node(c).next_sibling) {
      if (doc_.node(c).is_text() && text::Trim(doc_.text(c)).empty()) continue;
      first = c;
      break;
    }
    if (first == kNoNode || !doc_.node(first).is_element()) return full;
    const dom::Node& kicker = doc_.node(first);
    NodeId next = kicker.next_sibling;
    while (next != kNoNode && doc_.node(next).is_text() && text::Trim(doc_.text(next)).empty()) {
      next = doc_.node(next).next_sibling;
    }
    if (next == kNoNode) return full;
    const bool before_break = doc_.node(next).tag == Tag::kBr;
    const std::string names = text::AsciiLower(doc_.attr(first, "class"));
    bool kicker_class = false;
    for (std::string_view word : {"kicker", "topline", "overline", "eyebrow", "dachzeile",
                                  "roofline", "supertitle", "pretitle", "subject"}) {
      kicker_class = kicker_class || names.find(word) != std::string::npos;
    }
    if (!before_break && !kicker_class && kicker.tag != Tag::kSmall) return full;
    const std::string kicker_text = CleanFieldText(doc_.Text(first));
    const size_t kicker_words = KeyWords(MatchKey(kicker_text));
    if (kicker_words == 0 || kicker_words > 8 || !full.text.starts_with(kicker_text)) return full;
    std::string rest(text::Trim(std::string_view(full.text).substr(kicker_text.size())));
    if (KeyWords(MatchKey(rest)) < 2) return full;
    return ShownText{std::move(rest), kicker_words};
  }

  const Candidate* Choose() {
    if (candidates_.empty()) return nullptr;
    // The heading nearest above the body is where the headline usually
    // is, below the site's banner and section titles; a substantial h1
    // above it still comes first (the nearest may be a "Contents" box).
    const NodeId body = BodyStart(content_);
    Candidate* nearest = nullptr;
    Candidate* h1 = nullptr;
    for (Candidate& c : candidates_) {
      if (body == kNoNode || c.id >= body || !c.heading || !c.plain || IsLabel(c.text)) continue;
      nearest = &c;
      if (c.h1 && h1 == nullptr && text::MeasureText(c.text).words >= 4) h1 = &c;
    }
    if (h1 != nullptr) nearest = h1;
    if (nearest != nullptr) {
      nearest->score += kAboveBodyBonus;
      nearest->above_body = true;
    }
    // Below the first long block come section headings and lists of
    // other stories, which may repeat the title word for word (an h1 is
    // not one of those).
    const NodeId first_long = FirstLongBlock(content_);
    if (first_long != kNoNode) {
      for (Candidate& c : candidates_) {
        if (c.id > first_long && !c.h1) c.score -= kBelowBodyPenalty;
      }
    }
    const Candidate* best = &candidates_.front();
    for (const Candidate& c : candidates_) {
      if (c.score > best->score) best = &c;
    }
    // A confirmed heading or text block after the page's first
    // well-placed h1 is a section that repeats the title's words; the h1
    // is still the headline ("<h1>The beginner's guide</h1>... <h2>What
    // is X?</h2>").
    // (A text block above the body, as old pages have, is not a section.)
    if (!best->h1 && best->match >= kHoldsMatch && (best->heading || best->id > body)) {
      for (const Candidate& c : candidates_) {
        if (c.id >= best->id) break;
        // A short h1 above a confirmed heading that is above the body is
        // a section's name ("Allergies Health Center").
        const bool section_name = text::MeasureText(c.text).words < 4 && best->id < body;
        if (c.h1 && c.match == 0 && c.plain && PlacementScore(c.id) > 0 && !section_name) {
          best = &c;
          break;
        }
      }
    }
    return Acceptable(*best) ? best : nullptr;
  }

  // Headings that label a box rather than name the article.
  static bool IsLabel(std::string_view text) {
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

  // A candidate without evidence is accepted only when it is a
  // well-placed h1, or the heading right above the body.
  bool Acceptable(const Candidate& c) const {
    if (c.score <= 0) return false;
    if (c.match >= kHoldsMatch) return true;
    if (!c.plain) return false;
    if (c.h1) return c.score >= 5 || (h1_count_ == 1 && c.score >= 4);
    return c.above_body && c.score >= 5;
  }

  Headline Fallback() const {
    Headline result;
    std::optional<std::string> chosen;
    const std::optional<std::string_view> og = meta_.Get("og:title");
    if (article_ && article_->headline) {
      chosen = CleanFieldText(*article_->headline);
      // JSON-LD headlines are cut at 110 characters for search engines;
      // og:title then has the whole of it.
      if (og) {
        const std::string og_clean = StripSiteParts(*og, site_);
        if (og_clean.size() > chosen->size() && MatchKey(og_clean).starts_with(MatchKey(*chosen))) {
          chosen = og_clean;
        }
      }
    } else if (og) {
      chosen = std::string(*og);
    } else if (auto tw = meta_.Get("twitter:title")) {
      chosen = std::string(*tw);
    } else if (!meta_.title.empty()) {
      chosen = meta_.title;
    }
    if (chosen) {
      std::string text = StripSiteParts(*chosen, site_);
      if (!MatchKey(text).empty() && !site_.Matches(MatchKey(text))) result.text = std::move(text);
    }
    return result;
  }

  const dom::Document& doc_;
  const classify::Content& content_;
  const PageMeta& meta_;
  const JsonLdArticle* article_;
  SiteNames site_;
  EvidenceSet evidence_;
  std::vector<Candidate> candidates_;
  int h1_count_ = 0;
  // The candidate being matched, for IsCut().
  NodeId cut_node_ = kNoNode;
  size_t cut_offset_ = 0;
  mutable std::vector<size_t> boundaries_;  // ElementBoundaries(cut_node_), when ready
  mutable bool boundaries_ready_ = false;
};

}  // namespace

Headline FindHeadline(const dom::Document& doc, const classify::Content& content,
                      const PageMeta& meta, const JsonLd& json_ld, std::string_view url) {
  return HeadlineFinder(doc, content, meta, json_ld, url).Run();
}

}  // namespace newsift::metadata

#include "newsift/metadata/headline.h"

#include <algorithm>
#include <vector>

#include "headline_element_internal.h"
#include "headline_evidence_internal.h"
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

// For the heading right above the article's first paragraph, and against
// candidates below it.
constexpr int kAboveBodyBonus = 3;
constexpr int kBelowBodyPenalty = 3;
// Longest text a headline candidate may have.
constexpr size_t kMaxHeadlineBytes = 400;

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
          doc_.TextUpTo(best->id, best->text.size() + 16).size() <= best->text.size() + 16) {
        result.node = best->id;
      }
      return result;
    }
    Headline fallback = Fallback();
    if (!fallback.text) fallback = NamedHeadline();
    return fallback;
  }

 private:
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

  Match MatchCandidate(const std::string& key, const std::string& text) const {
    return MatchEvidence(evidence_, key, text, [this](size_t word) { return IsCut(word); });
  }

  // True when word `word` of the candidate's text starts in an element of
  // its own (cut_node_, counting cut_offset_ words of a dropped kicker).
  bool IsCut(size_t word) const {
    if (cut_node_ == kNoNode) return false;
    if (!boundaries_ready_) {
      boundaries_ = ElementBoundaries(doc_, cut_node_);
      boundaries_ready_ = true;
    }
    return std::find(boundaries_.begin(), boundaries_.end(), word + cut_offset_) !=
           boundaries_.end();
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
    if (InPopup(id)) score -= 6;
    return score;
  }

  bool InPopup(NodeId id) const {
    for (NodeId a = id; a != kNoNode; a = doc_.node(a).parent) {
      // Page-wide containers say nothing about one heading ("<body
      // class='has-newsletter-bar'>").
      const Tag tag = doc_.node(a).tag;
      if (tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle) break;
      if (IsPopup(a)) return true;
    }
    return false;
  }

  // A dialog, modal or promo box over or beside the page: a newsletter
  // sign-up's "Get our free morning briefing" is no headline.
  bool IsPopup(NodeId id) const {
    // (Not ad hints: "kt-adv-heading" is a WordPress block's heading.)
    constexpr uint32_t kPromos =
        classify::kHintPromo | classify::kHintConsent | classify::kHintPaywall;
    const uint32_t hints = content_.hints[id];
    if ((hints & kPromos) != 0 && (hints & classify::kHintContent) == 0) return true;
    const dom::Node& node = doc_.node(id);
    if (node.tag == Tag::kDialog) return true;
    if (node.data_size == 0) return false;  // no attributes
    const std::string_view role = doc_.attr(id, "role");
    return text::EqualsIgnoringAsciiCase(role, "dialog") ||
           text::EqualsIgnoringAsciiCase(role, "alertdialog") ||
           text::EqualsIgnoringAsciiCase(doc_.attr(id, "aria-modal"), "true");
  }

  // The text of h1 logos ("<h1><a href='/'>Daily Planet</a></h1>") names
  // the site, in titles too.
  void AddLogoNames() {
    for (NodeId id = 0; id < doc_.size(); ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element() || node.tag != Tag::kH1 || !InLogo(doc_, id)) continue;
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
    const Match match = MatchCandidate(key, text);
    if (kind != Kind::kHeading && match.score < kSegmentMatch) return;
    int score = tag_score + match.score + PlacementScore(id);
    if (site_.Matches(key)) score -= 15;
    if (kind != Kind::kBlock && InLogo(doc_, id)) score -= 6;
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
    const bool plain =
        !site_.Matches(key) && (kind == Kind::kBlock || !InLogo(doc_, id)) && !InPopup(id);
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
      Consider(id, HeadingText(doc_, id), tag_score, hidden ? Kind::kHiddenHeading : Kind::kHeading,
               h1);
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

  const Candidate* Choose() {
    if (candidates_.empty()) return nullptr;
    // The heading nearest above the body is where the headline usually
    // is, below the site's banner and section titles; a substantial h1
    // above it still comes first (the nearest may be a "Contents" box).
    const NodeId body = BodyStart(content_);
    Candidate* nearest = nullptr;
    Candidate* h1 = nullptr;
    for (Candidate& c : candidates_) {
      if (body == kNoNode || c.id >= body || !c.heading || !c.plain || IsHeadingLabel(c.text))
        continue;
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
    // (A second h1 down there is a section's or a pull quote's.)
    const NodeId first_long = FirstLongBlock(content_);
    if (first_long != kNoNode) {
      const Candidate* first_h1 = nullptr;
      for (const Candidate& c : candidates_) {
        if (c.h1 && c.plain) {
          first_h1 = &c;
          break;
        }
      }
      for (Candidate& c : candidates_) {
        if (c.id > first_long && &c != first_h1) c.score -= kBelowBodyPenalty;
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

  // A candidate without evidence is accepted only when it is a
  // well-placed h1, or the heading right above the body.
  bool Acceptable(const Candidate& c) const {
    if (c.score <= 0) return false;
    if (c.match >= kHoldsMatch) return true;
    if (!c.plain) return false;
    // A heading that reads as a paragraph (an SEO blurb in the h1) loses
    // to the title the page states, when it states one.
    if (c.match == 0 && ReadsAsParagraph(c.text) && !evidence_.empty()) return false;
    if (c.h1) return c.score >= 5 || (h1_count_ == 1 && c.score >= 4);
    return c.above_body && c.score >= 5;
  }

  // A page that states no title anywhere (old pages without <title>, h1
  // or og:title) may still name its headline's element: "<b
  // class=Headline>", "<div class=article_headline>", "<td
  // class=story-title>". The first such element above the body, holding a
  // title-sized text that is not a link.
  Headline NamedHeadline() const {
    Headline result;
    const NodeId body = BodyStart(content_);
    const NodeId end = body == kNoNode ? static_cast<NodeId>(doc_.size()) : body;
    for (NodeId id = 0; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element()) continue;
      if (content_.removal[id] != classify::Removal::kKept) {
        id = node.end - 1;
        continue;
      }
      if (!NamesHeadline(doc_.attr(id, "class")) && !NamesHeadline(doc_.attr(id, "id"))) continue;
      if (LinkedShare(doc_, id) > 0.5 || InLogo(doc_, id)) continue;
      std::string text = CleanFieldText(doc_.Text(id));
      const size_t words = text::MeasureText(text).words;
      if (words < 2 || words > 30 || IsHeadingLabel(text)) continue;
      result.text = std::move(text);
      result.node = id;
      return result;
    }
    return result;
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

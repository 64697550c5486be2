// What an element's class, id, role and itemprop say about it. Sites name
// their containers for their own CSS and scripts ("article-body",
// "cookie-banner", "related-stories"), and those names are the strongest
// cheap evidence of what a block is.
//
// Names are split into words at non-alphanumerics and camelCase humps
// ("articleBody" -> article, body); short, ambiguous words must match a
// whole word ("ad", "nav", "share"), distinctive ones may match inside a
// word ("cookiebanner", "newsletterSignup").
#ifndef NEWSIFT_CLASSIFY_HINTS_H_
#define NEWSIFT_CLASSIFY_HINTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsift/dom/document.h"

namespace newsift::classify {

enum Hint : uint32_t {
  kHintNone = 0,
  kHintContent = 1u << 0,      // article, story, entry, post-body, main
  kHintBoilerplate = 1u << 1,  // sidebar, widget, menu, footer, breadcrumb
  kHintNavigation = 1u << 2,   // nav, menu, pagination, skip links
  kHintComments = 1u << 3,     // comments, replies, disqus
  kHintConsent = 1u << 4,      // cookie, consent, GDPR, CMP vendors
  kHintAd = 1u << 5,           // ad slots, sponsored, taboola, outbrain
  kHintPromo = 1u << 6,        // related, recommended, newsletter, trending
  kHintShare = 1u << 7,        // share bars, social buttons
  kHintCaption = 1u << 8,      // caption, figcaption-like, wp-caption-text
  kHintCredit = 1u << 9,       // photo credit, copyright, source
  kHintByline = 1u << 10,      // byline, author, dateline
  kHintKeyPoints = 1u << 11,   // key points, highlights, summary, takeaways
  kHintHidden = 1u << 12,      // hidden, aria-hidden, display:none
  kHintTags = 1u << 13,        // tag and category lists, topics
  kHintPaywall = 1u << 14,     // subscription prompts, paywall, login walls
  kHintBody = 1u << 15,        // the article body itself: article-body, entry-content
  kHintExpander = 1u << 16,    // accordion / collapse / tab panels: hidden until opened
};

// Hints that mark an element as boilerplate (to be dropped with its
// subtree) unless kHintContent also applies.
inline constexpr uint32_t kBoilerplateHints = kHintBoilerplate | kHintNavigation | kHintComments |
                                              kHintConsent | kHintAd | kHintPromo | kHintShare |
                                              kHintTags | kHintPaywall;

// Remembers HintsForName() per class / id value for one page, whose
// elements repeat the same few class lists hundreds of times. The values
// must outlive the cache (they are the Document's strings).
class HintCache {
 public:
  uint32_t ForName(std::string_view name);

 private:
  std::unordered_map<std::string_view, uint32_t> hints_;
};

// The hints of one element, from its own attributes only; `cache`, when
// given, saves analysing a class list twice.
uint32_t ElementHints(const dom::Document& doc, dom::NodeId id, HintCache* cache = nullptr);

// The hints carried by one class / id value ("post-content share-bar").
uint32_t HintsForName(std::string_view name);

// "kHintAd|kHintPromo" style text, for --explain.
std::string HintsToString(uint32_t hints);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_HINTS_H_

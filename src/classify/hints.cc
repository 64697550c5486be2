#include "newsift/classify/hints.h"

#include <algorithm>
#include <array>

#include "newsift/text/utf8.h"

namespace newsift::classify {
namespace {

struct WordHint {
  std::string_view word;
  uint32_t hints;
};

// Whole words (and two adjacent words joined: "key-points" -> "keypoints").
// Sorted by word; tests/classify/hints_test.cc checks the order.
constexpr auto kWords = std::to_array<WordHint>({
    {"aboutauthor", kHintBoilerplate},
    {"accordion", kHintExpander},
    {"account", kHintBoilerplate},
    {"ad", kHintAd},
    {"adbox", kHintAd},
    {"adcontainer", kHintAd},
    {"addthis", kHintShare},
    {"adholder", kHintAd},
    {"ads", kHintAd},
    {"adsense", kHintAd},
    {"adslot", kHintAd},
    {"adunit", kHintAd},
    {"adv", kHintAd},
    {"adwrap", kHintAd},
    {"adwrapper", kHintAd},
    {"alsoread", kHintPromo},
    {"anzeige", kHintAd},
    {"article", kHintContent},
    {"articlebody", kHintContent | kHintBody},
    {"articlecontent", kHintContent | kHintBody},
    {"articletext", kHintContent | kHintBody},
    {"aside", kHintBoilerplate},
    {"auteur", kHintByline},
    {"author", kHintByline},
    {"authorbio", kHintBoilerplate},
    {"authorbox", kHintBoilerplate},
    {"authorinfo", kHintByline},
    {"authorname", kHintByline},
    {"authors", kHintByline},
    {"autor", kHintByline},
    {"autoren", kHintByline},
    {"banner", kHintBoilerplate},
    {"bio", kHintBoilerplate},
    {"blogpost", kHintContent},
    {"bodytext", kHintContent | kHintBody},
    {"bullets", kHintKeyPoints},
    {"byline", kHintByline},
    {"categories", kHintTags},
    {"collapse", kHintExpander},
    {"collapsible", kHintExpander},
    {"content", kHintContent},
    {"copyright", kHintCredit},
    {"credit", kHintCredit},
    {"credits", kHintCredit},
    {"cta", kHintPromo},
    {"dachzeile", kHintBoilerplate},
    {"date", kHintByline},
    {"dateline", kHintByline},
    {"dfp", kHintAd},
    // The site's notices ("As an affiliate we earn...", "The views
    // expressed are not the site's"): on the corpus, 22 pages lost text
    // the truth calls boilerplate under these names, three lost a line of
    // the truth's.
    {"disclaimer", kHintBoilerplate},
    {"disclosure", kHintBoilerplate},
    {"doubleclick", kHintAd},
    {"drawer", kHintBoilerplate},
    {"entry", kHintContent},
    {"entrycontent", kHintContent | kHintBody},
    {"expandable", kHintExpander},
    {"eyebrow", kHintBoilerplate},
    {"follow", kHintShare},
    {"foot", kHintBoilerplate},
    {"highlights", kHintKeyPoints},
    {"inbrief", kHintKeyPoints},
    {"jump", kHintNavigation},
    {"keyfacts", kHintKeyPoints},
    {"keypoints", kHintKeyPoints},
    {"keytakeaways", kHintKeyPoints},
    {"kicker", kHintBoilerplate},
    {"leaderboard", kHintAd},
    {"login", kHintBoilerplate},
    {"logo", kHintBoilerplate},
    {"main", kHintContent},
    {"masthead", kHintBoilerplate},
    {"menu", kHintNavigation},
    {"menubar", kHintNavigation},
    {"meta", kHintByline},
    {"modal", kHintBoilerplate},
    {"morestories", kHintPromo},
    {"mostpopular", kHintPromo},
    {"mostread", kHintPromo},
    {"mpu", kHintAd},
    {"nav", kHintNavigation},
    {"navbar", kHintNavigation},
    {"offcanvas", kHintBoilerplate},
    {"overlay", kHintBoilerplate},
    {"overline", kHintBoilerplate},
    {"pager", kHintNavigation},
    {"photographer", kHintCredit},
    {"popular", kHintPromo},
    {"popup", kHintBoilerplate},
    {"postbody", kHintContent | kHintBody},
    {"postcontent", kHintContent | kHintBody},
    {"postentry", kHintContent | kHintBody},
    {"postmeta", kHintByline},
    {"promo", kHintPromo},
    {"prose", kHintContent},
    {"published", kHintByline},
    {"rail", kHintBoilerplate},
    {"readmore", kHintPromo},
    {"regwall", kHintPaywall},
    {"related", kHintPromo},
    {"replies", kHintComments},
    {"respond", kHintComments},
    {"restricted", kHintPaywall},
    {"rss", kHintPromo},
    {"search", kHintNavigation},
    {"share", kHintShare},
    {"sharebar", kHintShare},
    {"shares", kHintShare},
    {"sharethis", kHintShare},
    {"sharing", kHintShare},
    {"signin", kHintBoilerplate},
    {"signup", kHintPromo},
    {"sitemap", kHintNavigation},
    {"skiplink", kHintNavigation},
    {"skiplinks", kHintNavigation},
    {"skipnav", kHintNavigation},
    {"skipto", kHintNavigation},
    {"skyscraper", kHintAd},
    {"social", kHintShare},
    {"socials", kHintShare},
    {"story", kHintContent},
    {"storybody", kHintContent | kHintBody},
    {"storycontent", kHintContent | kHintBody},
    {"storyhighlights", kHintKeyPoints},
    {"storytext", kHintContent | kHintBody},
    {"summary", kHintKeyPoints},
    {"tabpanel", kHintExpander},
    {"tag", kHintTags},
    {"tagcloud", kHintTags},
    {"tags", kHintTags},
    {"takeaways", kHintKeyPoints},
    {"teaser", kHintPromo},
    {"timestamp", kHintByline},
    {"tldr", kHintKeyPoints},
    {"toolbar", kHintNavigation},
    {"topbar", kHintBoilerplate},
    {"topics", kHintTags},
    {"trending", kHintPromo},
    {"upnext", kHintPromo},
    {"werbung", kHintAd},
    {"widget", kHintBoilerplate},
});

// Distinctive stems that count inside longer words ("cookiebanner",
// "CybotCookiebotDialog", "newsletterSignup").
constexpr WordHint kStems[] = {
    {"advert", kHintAd},
    {"breadcrumb", kHintNavigation},
    {"byline", kHintByline},
    {"caption", kHintCaption},
    {"cmpbox", kHintConsent},
    {"comment", kHintComments},
    {"consent", kHintConsent},
    {"cookie", kHintConsent},
    {"cybot", kHintConsent},
    {"dateline", kHintByline},
    {"didomi", kHintConsent},
    {"disqus", kHintComments},
    {"footer", kHintBoilerplate},
    {"gdpr", kHintConsent},
    {"navigation", kHintNavigation},
    {"newsletter", kHintPromo},
    {"onetrust", kHintConsent},
    {"optanon", kHintConsent},
    {"outbrain", kHintAd},
    {"pagination", kHintNavigation},
    {"paywall", kHintPaywall},
    {"qc-cmp", kHintConsent},
    {"recommend", kHintPromo},
    {"relatedpost", kHintPromo},  // Jetpack's "jp-relatedposts", "relatedposts"
    {"sidebar", kHintBoilerplate},
    {"sp_message", kHintConsent},
    {"sponsor", kHintAd},
    {"subscri", kHintPaywall},
    {"taboola", kHintAd},
    {"truste", kHintConsent},
    {"usercentrics", kHintConsent},
};

struct RoleHint {
  std::string_view role;
  uint32_t hints;
};
constexpr RoleHint kRoles[] = {
    {"alertdialog", kHintBoilerplate},
    {"article", kHintContent},
    {"banner", kHintBoilerplate},
    {"complementary", kHintBoilerplate},
    {"contentinfo", kHintBoilerplate},
    {"dialog", kHintBoilerplate},
    {"main", kHintContent},
    {"menu", kHintNavigation},
    {"meta", kHintByline},
    {"menubar", kHintNavigation},
    {"meta", kHintByline},
    {"navigation", kHintNavigation},
    {"search", kHintNavigation},
    {"tabpanel", kHintExpander},
    {"toolbar", kHintNavigation},
};

uint32_t LookupWord(std::string_view word) {
  const auto it = std::lower_bound(
      kWords.begin(), kWords.end(), word,
      [](const WordHint& entry, std::string_view key) { return entry.word < key; });
  return it != kWords.end() && it->word == word ? it->hints : kHintNone;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "display: none" / "visibility:hidden" in an inline style.
bool StyleHides(std::string_view style) {
  std::string compact;
  compact.reserve(style.size());
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact.push_back(text::AsciiLower(c));
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Class tokens that hide an element whatever the stylesheet says
// (Bootstrap, Tailwind, WordPress, Drupal conventions). Whole tokens only:
// "hidden-xs" and "hidden-print" hide on some screens or on paper, and
// "hide-bottom-border" hides a border.
bool IsHidingClass(std::string_view token) {
  static constexpr std::string_view kClasses[] = {
      "d-none",
      "display-none",
      "element-invisible",
      "hidden",
      "hide",
      "invisible",
      "is-hidden",
      "screen-reader-only",
      "screen-reader-text",
      "sr-only",
      "u-hidden",
      "visually-hidden",
      "visuallyhidden",
      "element-hidden",
      "js-hidden",
      "is-invisible",
  };
  for (std::string_view c : kClasses) {
    if (token == c) return true;
  }
  return false;
}

// A WordPress post_class() list: "post-12 post type-post status-publish
// format-standard hentry category-news tag-cookies".
bool IsWordPressPost(std::string_view lower) {
  return lower.find("hentry") != std::string_view::npos ||
         lower.find("type-post") != std::string_view::npos ||
         lower.find("status-publish") != std::string_view::npos;
}

// "comment" is a strong stem, but "commentary" and "commentator" are
// opinion writing, not reader comments.
bool HasStem(std::string_view token, std::string_view stem) {
  size_t at = token.find(stem);
  while (at != std::string_view::npos) {
    const std::string_view rest = token.substr(at + stem.size());
    if (stem != "comment" || !(rest.starts_with("ary") || rest.starts_with("ator"))) return true;
    at = token.find(stem, at + 1);
  }
  return false;
}

// The hints of one class token; `original` keeps its case for camelCase
// humps ("articleBody" -> article, body).
uint32_t TokenHints(std::string_view lower, std::string_view original) {
  uint32_t hints = kHintNone;
  for (const WordHint& stem : kStems) {
    if (HasStem(lower, stem.word)) hints |= stem.hints;
  }
  // Split into words at non-alphanumerics and lower->upper humps, then
  // look up each word and each pair of adjacent words.
  std::array<char, 64> previous{};
  size_t previous_size = 0;
  std::array<char, 64> word{};
  size_t word_size = 0;
  std::array<char, 128> pair{};
  auto finish_word = [&]() {
    if (word_size == 0) return;
    const std::string_view w(word.data(), word_size);
    hints |= LookupWord(w);
    if (previous_size > 0) {
      std::copy_n(previous.data(), previous_size, pair.data());
      std::copy_n(word.data(), word_size, pair.data() + previous_size);
      hints |= LookupWord(std::string_view(pair.data(), previous_size + word_size));
    }
    std::copy_n(word.data(), word_size, previous.data());
    previous_size = word_size;
    word_size = 0;
  };
  for (size_t i = 0; i < original.size(); ++i) {
    const char c = original[i];
    if (!IsAsciiAlnum(c)) {
      finish_word();
      continue;
    }
    const bool hump =
        c >= 'A' && c <= 'Z' && i > 0 && original[i - 1] >= 'a' && original[i - 1] <= 'z';
    if (hump) finish_word();
    if (word_size < word.size()) word[word_size++] = text::AsciiLower(c);
  }
  finish_word();
  return hints;
}

// "how-to-get-certified-in-social-media": four hyphens or more.
bool IsSlug(std::string_view value) {
  constexpr long kMinSlugHyphens = 4;
  return std::count(value.begin(), value.end(), '-') >= kMinSlugHyphens;
}

bool SaysAbsent(std::string_view token) {
  for (std::string_view prefix : {"no-", "no_", "without-", "without_", "has-no-", "has_no_"}) {
    if (token.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

uint32_t HintsForName(std::string_view name) {
  if (name.empty() || name.size() > 512) return kHintNone;
  // An address, not a name: some archivers put the page's URL in an id
  // ("http://example.com/blog/read-comments-on-mobile").
  if (name.find("://") != std::string_view::npos) return kHintNone;
  uint32_t hints = kHintNone;
  const std::string lower = text::AsciiLower(name);
  const bool wordpress_post = IsWordPressPost(lower);
  size_t pos = 0;
  while (pos < lower.size()) {
    const size_t space = lower.find_first_of(" \t\n\r\f", pos);
    const size_t stop = space == std::string::npos ? lower.size() : space;
    const std::string_view token = std::string_view(lower).substr(pos, stop - pos);
    pos = stop + 1;
    if (token.empty()) continue;
    if (IsHidingClass(token)) {
      hints |= kHintHidden;
      continue;
    }
    // WordPress lists the post's own categories and tags on the post
    // ("category-social-media tag-cookies"): topics, not page parts.
    if (wordpress_post && (token.starts_with("category-") || token.starts_with("tag-") ||
                           token.starts_with("post_tag-") || token.starts_with("format-"))) {
      continue;
    }
    // Elementor (a WordPress page builder) wraps every paragraph of a page
    // in "elementor-widget-wrap", sidebars and articles alike; its other
    // tokens ("elementor-nav-menu", "elementor-location-footer") still say.
    if (token.starts_with("elementor-widget") || token.starts_with("elementor-element")) continue;
    // Drupal names a field's data type beside its name: the body field is
    // "field--type-text-with-summary" (a text that may have a summary),
    // not a summary; the "field--name-..." token says what the field is.
    if (token.starts_with("field--type-") || token.starts_with("field-type-")) continue;
    // A flag that a part is absent names no part: "no_caption" on a list
    // item holding the story's lede (readability buzzfeed-1),
    // "no-sidebar", "has-no-comments" on the <body>.
    if (SaysAbsent(token)) continue;
    const auto offset = static_cast<size_t>(token.data() - lower.data());
    hints |= TokenHints(token, name.substr(offset, token.size()));
  }
  return hints;
}

uint32_t HintCache::ForName(std::string_view name) {
  const auto [it, inserted] = hints_.try_emplace(name, kHintNone);
  if (inserted) it->second = HintsForName(name);
  return it->second;
}

uint32_t ElementHints(const dom::Document& doc, dom::NodeId id, HintCache* cache) {
  auto for_name = [cache](std::string_view value) {
    return cache != nullptr ? cache->ForName(value) : HintsForName(value);
  };
  uint32_t hints = kHintNone;
  for (const dom::Attribute& attribute : doc.attributes(id)) {
    const std::string_view name = doc.attr_name(attribute);
    const std::string_view value = doc.attr_value(attribute);
    if (name == "class") {
      hints |= for_name(value);
    } else if (name == "id") {
      // Headings and long slugs carry their text as an anchor id
      // ("how-to-get-certified-in-social-media"), not a name for a part
      // of the page.
      if (dom::HeadingLevel(doc.node(id).tag) == 0 && !IsSlug(value)) hints |= for_name(value);
    } else if (name == "role") {
      for (const RoleHint& role : kRoles) {
        if (text::EqualsIgnoringAsciiCase(text::Trim(value), role.role)) hints |= role.hints;
      }
    } else if (name == "itemprop") {
      const std::string lower = text::AsciiLower(value);
      if (lower == "articlebody" || lower == "reviewbody") {
        hints |= kHintContent | kHintBody;
      } else if (lower == "text") {
        hints |= kHintContent;
      } else if (lower == "author" || lower == "creator" || lower == "datepublished") {
        hints |= kHintByline;
      } else if (lower == "caption") {
        hints |= kHintCaption;
      }
    } else if (name == "hidden") {
      hints |= kHintHidden;
      // React streams server-rendered parts in <div hidden id="S:1"> and
      // moves them into place: they are the page, not hidden text.
      if (doc.attr(id, "id").starts_with("S:")) hints |= kHintExpander;
    } else if (name == "aria-hidden") {
      if (text::EqualsIgnoringAsciiCase(text::Trim(value), "true")) hints |= kHintHidden;
    } else if (name == "style") {
      if (StyleHides(value)) hints |= kHintHidden;
    }
  }
  // An ad is not a heading: an ad name on one is a false friend
  // (WordPress's Kadence blocks put "kt-adv-heading", an "advanced
  // heading", on section headings), while "adv" on a box is advertising.
  if (dom::HeadingLevel(doc.node(id).tag) > 0) hints &= ~kHintAd;
  return hints;
}

std::string HintsToString(uint32_t hints) {
  static constexpr std::pair<uint32_t, std::string_view> kNames[] = {
      {kHintContent, "content"},       {kHintBoilerplate, "boilerplate"},
      {kHintNavigation, "navigation"}, {kHintComments, "comments"},
      {kHintConsent, "consent"},       {kHintAd, "ad"},
      {kHintPromo, "promo"},           {kHintShare, "share"},
      {kHintCaption, "caption"},       {kHintCredit, "credit"},
      {kHintByline, "byline"},         {kHintKeyPoints, "key-points"},
      {kHintHidden, "hidden"},         {kHintTags, "tags"},
      {kHintPaywall, "paywall"},       {kHintBody, "body"},
      {kHintExpander, "expander"},
  };
  std::string out;
  for (const auto& [bit, name] : kNames) {
    if ((hints & bit) == 0) continue;
    if (!out.empty()) out.push_back('|');
    out.append(name);
  }
  return out;
}

namespace internal {
bool HintTablesAreSorted() {
  return std::is_sorted(kWords.begin(), kWords.end(),
                        [](const WordHint& a, const WordHint& b) { return a.word < b.word; });
}
}  // namespace internal

}  // namespace newsift::classify

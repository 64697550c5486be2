// Reading a page element as a headline candidate: its text without a
// kicker or permalink mark, where its own elements start (to cut off a
// kicker or dateline), whether it is the site's logo, and what its names
// and text say it is (a headline's element, a box's label, a blurb).
// Private to metadata/.
#ifndef NEWSIFT_METADATA_HEADLINE_ELEMENT_INTERNAL_H_
#define NEWSIFT_METADATA_HEADLINE_ELEMENT_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/dom/document.h"

namespace newsift::metadata {

// A candidate's text, and how many words of a kicker were cut from its
// front (so word positions still map onto the element).
struct ShownText {
  std::string text;
  size_t skipped_words = 0;
};

// The heading's text without a kicker in its own leading element
// ("<h1><small>Weekly workout</small><br>Pyramid sets</h1>", span.kicker,
// span.dachzeile) and without trailing permalink marks ("¶").
ShownText HeadingText(const dom::Document& doc, dom::NodeId id);

// The word positions (as MatchKey counts them) at which a text node of
// `id` starts in its own element: a kicker, dateline, source or comment
// count ends at one. Emphasis (<em>, <b>) inside the headline makes none.
std::vector<size_t> ElementBoundaries(const dom::Document& doc, dom::NodeId id);

// A logo or the site's title: a home link inside or around it, or a
// logo / site-title / masthead class on it or close above it.
bool InLogo(const dom::Document& doc, dom::NodeId id);

// "Headline", "article_headline", "story-title", "entry-title": class or
// id names (space-separated) holding a word for the article's headline.
// Not a list of them ("headlines"), a subtitle ("subheadline") or a teaser
// ("mainheadline").
bool NamesHeadline(std::string_view names);

// More than 30 words, or two sentences or more: an SEO blurb, not a title.
bool ReadsAsParagraph(std::string_view text);

// Headings that label a box rather than name an article ("Contents",
// "Key points", "By Jane Doe", "Related:").
bool IsHeadingLabel(std::string_view text);

// The share of `id`'s text inside <a href> links.
double LinkedShare(const dom::Document& doc, dom::NodeId id);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_HEADLINE_ELEMENT_INTERNAL_H_

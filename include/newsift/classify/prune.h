// The first pass of the classifier: subtrees that are never article text,
// removed before blocks are formed.
//
//   - elements that never hold article text (scripts, styles, templates,
//     embedded media, <noscript> duplicates of lazy images) and form
//     controls (buttons, labels, selects);
//   - hidden elements (`hidden`, `aria-hidden="true"`, inline
//     `display:none` / `visibility:hidden`, hiding classes such as
//     `sr-only` or `d-none`);
//   - page structure (nav, aside, header, footer, menu, form, dialog),
//     and a signup or search form's box: the short lines around a form
//     that asks for an e-mail address, a phone number or a search (the
//     pitch, "Thanks for signing up!", the consent fine print), up to 700
//     bytes and one paragraph, never the box of the headline; such a
//     form itself goes whatever share of the page it holds (a <select>'s
//     options are text, not prose), unless it holds prose;
//   - elements whose class, id or role names boilerplate (hints.h): cookie
//     and consent dialogs, comments, ads, share bars, promos, paywalls,
//     navigation, sidebars, tag lists; an author's box (a byline name
//     with a biography of one paragraph).
//
// Markup lies often enough that every rule has a guard measured on the
// subtree's text: an element holding most of the page's text, or running
// prose (several long, unlinked paragraphs), is not removed for its tag,
// its hidden state or a weak hint, and only consent and comment hints
// remove prose. A <button> that the parser never closed (libxml2 2.9 nests
// the rest of the page inside it) holds paragraphs and is kept.
#ifndef NEWSIFT_CLASSIFY_PRUNE_H_
#define NEWSIFT_CLASSIFY_PRUNE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsift/dom/document.h"

namespace newsift::classify {

// Why a node was removed before blocks were formed.
enum class Removal : uint8_t {
  kKept,
  kNonText,    // script, style, form control, embedded media...
  kHidden,     // hidden attribute, aria-hidden, display:none, hiding class
  kStructure,  // nav, aside, header, footer, menu
  kHint,       // class / id / role names boilerplate
  kCaption,    // figcaption and caption-like elements (their own field)
};
std::string_view ToString(Removal removal);

// Text measures of every subtree, in bytes of UTF-8.
struct SubtreeText {
  std::vector<uint32_t> plain;            // text outside links
  std::vector<uint32_t> linked;           // text inside <a href>
  std::vector<uint16_t> long_paragraphs;  // <p>-like elements of prose inside
};

// Measures every subtree under `scope` (text under never-text elements
// does not count).
SubtreeText MeasureSubtrees(const dom::Document& doc, dom::NodeId scope);

// One Removal per node of `doc` (kKept outside `scope`). `hints` holds
// ElementHints() per node.
std::vector<Removal> PruneBoilerplate(const dom::Document& doc, dom::NodeId scope,
                                      const std::vector<uint32_t>& hints, const SubtreeText& text);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_PRUNE_H_

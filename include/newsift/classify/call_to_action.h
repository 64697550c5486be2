// Calls to action: a short pitch over a button ("Get the cash you need
// today" over [Apply now], "Use our calculator to size your system" over
// [Size my system]). The button goes as a link line; the pitch reads like
// a sentence of the article, but the button shows it for what it is: the
// site selling something, not the article's text.
//
// A pitch is a kept heading or short paragraph (up to 160 characters)
// that speaks to the reader or for the site ("you", "our", "Sie",
// "vous"...), directly followed by a button, the two alone in a small box
// of their own (a few levels up, with little more text than theirs).
// What looks the same but is the page's own stays:
//   - the article's last paragraph over a "Print" button: they share the
//     article's container, full of its text;
//   - cards (a feature, a product, a slide): a kept title over the text
//     in the same box;
//   - lists of items each over its button: more than two different
//     pitches on one page.
#ifndef NEWSIFT_CLASSIFY_CALL_TO_ACTION_H_
#define NEWSIFT_CLASSIFY_CALL_TO_ACTION_H_

#include <cstdint>
#include <vector>

#include "newsift/classify/block.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

// Whether `block` is a button: a short line all of links whose element,
// link or close ancestor is a <button> or is named one ("btn",
// "elementor-button", "cta", "action").
bool IsButton(const dom::Document& doc, const TextBlock& block);

// One flag per block: 1 for a kept block that is a call to action.
// `kept[i]` is the decision so far.
std::vector<uint8_t> FindCallsToAction(const dom::Document& doc,
                                       const std::vector<const TextBlock*>& blocks,
                                       const std::vector<uint8_t>& kept);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_CALL_TO_ACTION_H_

// Short lines beside the article core that are the story's after all.
//
// Outside the core, the classifier drops short lines as furniture
// (kickers, datelines, credits, section titles: they sit at the edge of
// the text or in a box of their own, and rarely end a sentence). Some are
// the article's: a short <p> sentence between kept paragraphs of its
// container ("Nothing here can go wrong." between a blog post's photos),
// a list's lead-in ("Here are the principles:"), a subheading over kept
// text of its own section.
#ifndef NEWSIFT_CLASSIFY_BETWEEN_PROSE_H_
#define NEWSIFT_CLASSIFY_BETWEEN_PROSE_H_

#include <string_view>
#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

// The reason the classifier gives a short line beside the core that it
// drops; KeepSentencesBetweenProse looks only at blocks dropped so.
inline constexpr std::string_view kShortBesideCore = "a short line beside the article core";

// Takes back the short lines beside the core that are sentences between
// kept blocks of their container, list lead-ins, or subheadings over kept
// text.
void KeepSentencesBetweenProse(const dom::Document& doc, std::vector<ScoredBlock>* blocks);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_BETWEEN_PROSE_H_

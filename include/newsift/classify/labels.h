// Texts that are boilerplate by what they say, whatever markup carries
// them: ad labels ("Advertisement", "Anzeige", "广告"), promo lines ("Read
// more: ...", "NOW WATCH: ...", "Lesen Sie auch"), share and comment
// widgets ("Share on Facebook", "12 Comments", "4 min read"), video-player
// fallbacks, copyright lines ("© 2024 The Daily Planet").
#ifndef NEWSIFT_CLASSIFY_LABELS_H_
#define NEWSIFT_CLASSIFY_LABELS_H_

#include <string_view>

namespace newsift::classify {

enum class LabelKind {
  kNone,
  kAdLabel,       // the whole block is an ad label
  kPromo,         // a promo line or teaser lead-in
  kWidget,        // share / comment / print buttons and counts
  kPlayerNotice,  // video or audio player fallback text
  kLegal,         // a copyright line
  kDateline,      // "Published: 12/03/2009", "Posted by Jo at 10:15"
  kCredit,        // "Photo: Lena Berg", "Jane Doe/Getty Images"
  kMarkup,        // markup or data shown as text (LooksLikeMarkup)
  kPictographs,   // only emoji or symbols: rating stars, a callout's icon
};
std::string_view ToString(LabelKind kind);

// Classifies one block's whole text (whitespace already collapsed).
// Long texts are never labels: a paragraph that starts with "Related" is
// still a paragraph.
LabelKind ClassifyLabel(std::string_view text);

// Whether a short text heads an author's box ("About the author", "Über
// den Autor"): what follows it in its container is a biography, prose
// that is not the article's.
bool IsAuthorBoxHeading(std::string_view text);

// Whether a long text is markup or data that a broken page shows as text
// (an attribute's JSON after a stray quote, a script outside <script>):
// brackets, braces, colons and quotes make up a large share of it. Prose
// and even a paragraph quoting a line of code stay far below. Texts under
// 200 bytes are never markup, nor are texts whose first 200 bytes read
// as prose.
bool LooksLikeMarkup(std::string_view text);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_LABELS_H_

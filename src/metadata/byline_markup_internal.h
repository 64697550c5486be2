// What a page's markup says about an element that may be a byline: links
// to an author's page, person icons, author and writer class names, and
// the text a byline element shows. Shared by byline_candidates.cc and
// visible_byline.cc. Private to metadata/.
#ifndef NEWSIFT_METADATA_BYLINE_MARKUP_INTERNAL_H_
#define NEWSIFT_METADATA_BYLINE_MARKUP_INTERNAL_H_

#include <string>
#include <string_view>

#include "newsift/dom/document.h"

namespace newsift::metadata {

// A link to an author's page: "/author/jdoe/" (WordPress), "/autor/...",
// "/authors/...".
bool IsAuthorPageLink(std::string_view href);

// An icon of a person before an author's name: Bootstrap's "bi-person",
// Font Awesome's "fa-user", "icon-author".
bool HasPersonIconClass(std::string_view names);

// `names` (class and id, lower case) name a byline or an author ("byline",
// "author-name", "autor"), not a biography, an avatar or a description.
bool NamesAuthorClass(std::string_view names);

// `names` (lower case) name one writer ("writer", "writer_name"), not a
// footer's "writers" link, a CSS "writer-editor", a biography or an
// avatar.
bool NamesWriterClass(std::string_view names);

// `names` (lower case) name an author's description or biography
// ("author-description", "author_bio").
bool NamesAuthorDescription(std::string_view names);

// `lower` (a text in lower case) names someone who did something else
// than write: "reviewed by", "medically reviewed by", "fact-checked
// by", "edited by", "photos by", "illustration by".
bool StartsWithOtherRole(std::string_view lower);

// The text a byline element shows: an itemprop=name inside it, else all
// of it, with a space between the texts of different elements.
std::string BylineText(const dom::Document& doc, dom::NodeId id);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_BYLINE_MARKUP_INTERNAL_H_

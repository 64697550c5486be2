// The date a page gives its own article in a list of stories: a "Latest
// news" box or a "Recent posts" sidebar that links to the page itself
// beside a date ("<a href='/harbour-fees'><div class=date>10.11.2021</div>
// <h2>Harbour fees</h2></a>"). A last resort for pages that date their
// article nowhere else. Private to metadata/.
#ifndef NEWSIFT_METADATA_SELF_LINK_DATE_INTERNAL_H_
#define NEWSIFT_METADATA_SELF_LINK_DATE_INTERNAL_H_

#include <optional>
#include <string_view>

#include "newsift/dom/document.h"
#include "newsift/metadata/date.h"
#include "newsift/metadata/date_text.h"

namespace newsift::metadata {

// The one date (within `bounds`) that the links to `page_url` carry in
// their own text or in a small element around them, or nullopt when none
// does, when they disagree, or when `page_url` is a site's home page.
std::optional<DateTime> SelfLinkDate(const dom::Document& doc, std::string_view page_url,
                                     const TextDateOptions& options, const DateBounds& bounds);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_SELF_LINK_DATE_INTERNAL_H_

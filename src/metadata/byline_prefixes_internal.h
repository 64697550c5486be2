// Byline prefixes ("By", "Von", "Written by", "作者：") at the front of a
// text: recognising and removing them. Private to metadata/; the public
// HasBylinePrefix() and IsBylineLabel() of byline.h are defined with them.
#ifndef NEWSIFT_METADATA_BYLINE_PREFIXES_INTERNAL_H_
#define NEWSIFT_METADATA_BYLINE_PREFIXES_INTERNAL_H_

#include <string_view>

namespace newsift::metadata::byline_prefixes {

// A cheap test before comparing a text with every prefix.
bool MayStartWithPrefix(std::string_view s);

// Removes one byline prefix from the front of `*s`; true when there was one.
bool StripOnePrefix(std::string_view* s);

// `s` trimmed, without up to three prefixes ("By: Written by Jane").
std::string_view StripPrefixes(std::string_view s);

}  // namespace newsift::metadata::byline_prefixes

#endif  // NEWSIFT_METADATA_BYLINE_PREFIXES_INTERNAL_H_

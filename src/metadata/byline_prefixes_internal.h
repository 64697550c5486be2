// Byline prefixes ("By", "Von", "Written by", "作者：") at the front of a
// text: recognising and removing them; and the lines that say "byline"
// without one (a Korean role after the name, a name before a date). Private to metadata/; the
// public HasBylinePrefix() and IsBylineLabel() of byline.h are defined with them.
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

// A short line whose name is followed by a Korean reporter's role ("김지현
// 기자", "김지현기자 jh@example.kr"): Korean puts the role where other
// languages put "By", after the name.
bool HasKoreanReporterRole(std::string_view s);

// A meta line of a name, then " | ", " · " or " • " and a date: "Lucía
// Fernández | Cádiz | 05 mar 2024 - 09:15". Many sites print the writer's
// name with no "By" there.
bool IsNameThenDateLine(std::string_view t);

// What follows "© 2019" or "(c) 2006-2019" at the front of `line`,
// trimmed ("Jane Doe"); empty when `line` does not start so.
std::string_view StripCopyrightYears(std::string_view line);

}  // namespace newsift::metadata::byline_prefixes

#endif  // NEWSIFT_METADATA_BYLINE_PREFIXES_INTERNAL_H_

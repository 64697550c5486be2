// Which <meta> and itemprop names hold an article's publication or update
// date: the known names, strongest first ("article:published_time",
// "pubdate", "dc.date", "sailthru.date", ...; "article:modified_time",
// "og:updated_time", ...), and what an unlisted name says by its words
// ("cludo:date", "published-date", "bt:moddate"; not "publisher",
// "expires", "birthDate", "startDate"). Names are lower case, as PageMeta
// keeps them. Private to metadata/.
#ifndef NEWSIFT_METADATA_DATE_META_NAMES_INTERNAL_H_
#define NEWSIFT_METADATA_DATE_META_NAMES_INTERNAL_H_

#include <span>
#include <string_view>

namespace newsift::metadata {

enum class DateNameKind { kOther, kPublished, kModified };

// <meta> names for the publication date, strongest first.
std::span<const std::string_view> PublishedMetaNames();

// <meta> names for the update date, strongest first.
std::span<const std::string_view> ModifiedMetaNames();

// True when `key` is in one of the two lists above.
bool IsListedDateName(std::string_view key);

// What a <meta> or itemprop name not in the lists says it holds, by its
// words (any case).
DateNameKind KindOfDateName(std::string_view name);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_META_NAMES_INTERNAL_H_

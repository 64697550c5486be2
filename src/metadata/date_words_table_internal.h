// The table of month and weekday names behind LookupFoldedDateWord(),
// written at build time by date_words_gen.cc from ICU's locale data (see
// date_words.h), so that no process pays for loading seventy locales.
// Private to metadata/.
#ifndef NEWSIFT_METADATA_DATE_WORDS_TABLE_INTERNAL_H_
#define NEWSIFT_METADATA_DATE_WORDS_TABLE_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsift::metadata::internal {

// One meaning of one folded word (FoldDateWord()).
struct DateWordEntry {
  std::string_view folded;
  uint8_t language;  // index into kDateWordLanguages
  int8_t value;      // 1..12 month, 13..24 Persian month, -1 weekday
};

// Primary language subtags, most common first.
extern const std::string_view kDateWordLanguages[];
extern const size_t kDateWordLanguageCount;

// Sorted by `folded` (byte order); a word's meanings keep the order of
// their languages, so the first is the word's meaning when the page's
// language does not settle it.
extern const DateWordEntry kDateWordEntries[];
extern const size_t kDateWordEntryCount;

}  // namespace newsift::metadata::internal

#endif  // NEWSIFT_METADATA_DATE_WORDS_TABLE_INTERNAL_H_

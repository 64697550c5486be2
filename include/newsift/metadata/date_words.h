// Month and weekday names of the languages news is written in, taken from
// ICU's locale data: wide and abbreviated, format and stand-alone forms,
// so that genitive months ("października", "октября") and abbreviations
// ("Okt.", "févr.", "Sept.") are found as well as the plain names.
// Persian pages also name the months of their own (Solar Hijri) calendar.
//
// Words are compared case-folded and without accents ("MÄRZ" = "marz"),
// so a page that drops its accents still matches.
#ifndef NEWSIFT_METADATA_DATE_WORDS_H_
#define NEWSIFT_METADATA_DATE_WORDS_H_

#include <string>
#include <string_view>

namespace newsift::metadata {

struct DateWord {
  int month = 0;         // 1..12 when the word names a month
  bool persian = false;  // `month` is a month of the Solar Hijri calendar
  bool weekday = false;  // the word names a day of the week
};

// Looks up one word, as written and without a trailing period ("Oktober",
// "févr", "октября", "Tue"). `language`, the page's primary language
// subtag, settles words that mean different things in different languages
// ("mar" is March in English and Spanish but Tuesday in French). The
// tables are built on first use; thread-safe.
DateWord LookupDateWord(std::string_view word, std::string_view language);

// As LookupDateWord(), for a word already passed through FoldDateWord().
DateWord LookupFoldedDateWord(const std::string& folded, std::string_view language);

// The comparison form of a word: Unicode case folding, accents removed.
std::string FoldDateWord(std::string_view word);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_WORDS_H_

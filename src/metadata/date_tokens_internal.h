// The tokens date_text.cc matches dates on: numbers (digits of any
// script, as values), words classified by what they are in dates (month,
// weekday, am/pm, zone name, filler such as "de" or "um", ordinal suffix),
// CJK and Korean unit characters ("年", "월"), and punctuation. White space
// is not a token; each token records whether some came before it.
// Private to metadata/.
#ifndef NEWSIFT_METADATA_DATE_TOKENS_INTERNAL_H_
#define NEWSIFT_METADATA_DATE_TOKENS_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsift::metadata {

enum class Tok : uint8_t {
  kNumber,
  kWord,        // a word that plays no part in dates
  kMonth,       // value = 1..12
  kWeekday,     // "Tuesday", "Di."
  kAmPm,        // value = 0 (am) or 12 (pm)
  kZone,        // an upper-case zone name ("IST"); the text is the name
  kFiller,      // "de", "of", "at", "um", "à": may sit between date parts
  kOrdinal,     // "st", "th", "er" right after a number
  kHourMark,    // "h" / "Uhr" / "時" / "시" after an hour
  kMinuteMark,  // "分" / "분" after minutes
  kYearMark,    // "年" / "년"
  kMonthMark,   // "月" / "월"
  kDayMark,     // "日" / "일"
  kPunct,       // value = the code point
};

// One token; `begin`/`end` are byte offsets into the text.
struct Token {
  Tok kind = Tok::kPunct;
  int value = 0;
  int digits = 0;  // numbers: how many digits
  bool space_before = false;
  bool persian = false;  // months: a Solar Hijri month
  size_t begin = 0;
  size_t end = 0;
};

// `language` (primary subtag) settles month and weekday names that differ
// between languages.
std::vector<Token> Tokenize(std::string_view text, std::string_view language);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DATE_TOKENS_INTERNAL_H_
